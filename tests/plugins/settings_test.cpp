// Settings validation against a plugin's schema: every problem reported by field name.
#include "analytics/pluginmanifest.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QPluginLoader>

using namespace vigil;

namespace {

// The real motion manifest, read from the built plugin without loading it.
PluginManifest motionManifest()
{
    QPluginLoader loader(QStringLiteral(VIGIL_PLUGIN_BUILD_DIR "/libvigil_motion.so"));
    const ManifestParse parsed =
        parsePluginManifest(loader.metaData().value(QStringLiteral("MetaData")).toObject());
    INFO(joinFieldErrors(parsed.errors, QStringLiteral("; ")).toStdString());
    REQUIRE(parsed.ok());
    return parsed.manifest;
}

QJsonObject polygon(std::initializer_list<QJsonArray> points)
{
    QJsonArray array;
    for (const QJsonArray &p : points)
        array.append(p);
    return {{QStringLiteral("points"), array}};
}

QStringList fieldsOf(const SettingsValidation &validation)
{
    QStringList fields;
    for (const FieldError &error : validation.errors)
        fields << error.field;
    return fields;
}

} // namespace

TEST_CASE("good settings are accepted and completed with defaults", "[plugins][settings]")
{
    const PluginManifest manifest = motionManifest();
    const QJsonObject settings{{QStringLiteral("sensitivity"), 80},
                               {QStringLiteral("exclusionZones"),
                                QJsonArray{polygon({{0.0, 0.0}, {0.5, 0.0}, {0.5, 0.5}})}}};
    const SettingsValidation validation = validateSettings(manifest.settings, settings);
    INFO(joinFieldErrors(validation.errors, QStringLiteral("; ")).toStdString());
    CHECK(validation.ok());
    CHECK(validation.effective.value(QStringLiteral("sensitivity")).toInt() == 80);
    CHECK(validation.effective.value(QStringLiteral("holdTime")).toDouble() == 3.0);
    CHECK(validation.effective.value(QStringLiteral("minBlobAreaPercent")).toDouble() == 0.5);
    CHECK(validation.effective.value(QStringLiteral("exclusionZones")).toArray().size() == 1);
}

TEST_CASE("out-of-range threshold, bad polygon and unknown field are each reported by name",
          "[plugins][settings]")
{
    const PluginManifest manifest = motionManifest();
    const QJsonObject settings{
        {QStringLiteral("sensitivity"), 250},
        {QStringLiteral("exclusionZones"),
         QJsonArray{polygon({{0.1, 0.1}, {0.9, 0.1}, {0.5, 0.9}}),
                    polygon({{0.1, 0.1}, {1.7, 0.2}}),
                    QJsonObject{{QStringLiteral("points"), QStringLiteral("everywhere")}}}},
        {QStringLiteral("colour"), QStringLiteral("red")}};
    const SettingsValidation validation = validateSettings(manifest.settings, settings);
    const QStringList fields = fieldsOf(validation);
    INFO(joinFieldErrors(validation.errors, QStringLiteral("\n")).toStdString());
    CHECK_FALSE(validation.ok());
    CHECK(validation.errors.size() == 5);
    CHECK(fields.contains(QStringLiteral("sensitivity")));
    CHECK(fields.contains(QStringLiteral("exclusionZones[1].points")));    // only 2 points
    CHECK(fields.contains(QStringLiteral("exclusionZones[1].points[1]"))); // x = 1.7
    CHECK(fields.contains(QStringLiteral("exclusionZones[2].points")));    // not an array
    CHECK(fields.contains(QStringLiteral("colour")));
    CHECK(joinFieldErrors(validation.errors, QStringLiteral("\n"))
              .contains(QStringLiteral("colour: unknown field")));
}

TEST_CASE("whole numbers, durations, enums, classes and directed lines are checked",
          "[plugins][settings]")
{
    const QByteArray schemaJson = R"([
        {"id": "count", "type": "number", "integer": true, "min": 1, "max": 10, "default": 2,
         "name": {"zh_CN": "数量", "en": "Count"}},
        {"id": "dwell", "type": "duration", "min": 0, "max": 600, "default": 10,
         "name": {"zh_CN": "停留", "en": "Dwell"}},
        {"id": "mode", "type": "enum", "values": ["fast", "accurate"], "default": "fast",
         "name": {"zh_CN": "模式", "en": "Mode"}},
        {"id": "classes", "type": "objectClassList", "classes": ["person", "vehicle"],
         "default": ["person"], "name": {"zh_CN": "类别", "en": "Classes"}},
        {"id": "lines", "type": "lineList", "maxItems": 1,
         "name": {"zh_CN": "线", "en": "Lines"}}
    ])";
    QList<FieldError> schemaErrors;
    const SettingsSchema schema = parseSettingsSchema(QJsonDocument::fromJson(schemaJson).array(),
                                                      QStringLiteral("settings"), &schemaErrors);
    INFO(joinFieldErrors(schemaErrors, QStringLiteral("; ")).toStdString());
    REQUIRE(schemaErrors.isEmpty());
    REQUIRE(schema.fields.size() == 5);

    const QJsonObject line{
        {QStringLiteral("points"), QJsonArray{QJsonArray{0.1, 0.5}, QJsonArray{0.9, 0.5}}},
        {QStringLiteral("direction"), QStringLiteral("leftToRight")}};
    CHECK(validateSettings(schema, {{QStringLiteral("lines"), QJsonArray{line}}}).ok());

    QJsonObject badLine = line;
    badLine.insert(QStringLiteral("direction"), QStringLiteral("upwards"));
    const SettingsValidation validation =
        validateSettings(schema, {{QStringLiteral("count"), 2.5},
                                  {QStringLiteral("dwell"), QStringLiteral("10s")},
                                  {QStringLiteral("mode"), QStringLiteral("turbo")},
                                  {QStringLiteral("classes"),
                                   QJsonArray{QStringLiteral("person"), QStringLiteral("dragon")}},
                                  {QStringLiteral("lines"), QJsonArray{line, badLine}}});
    INFO(joinFieldErrors(validation.errors, QStringLiteral("\n")).toStdString());
    const QStringList fields = fieldsOf(validation);
    CHECK(fields.contains(QStringLiteral("count")));
    CHECK(fields.contains(QStringLiteral("dwell")));
    CHECK(fields.contains(QStringLiteral("mode")));
    CHECK(fields.contains(QStringLiteral("classes[1]")));
    CHECK(fields.contains(QStringLiteral("lines")));              // 2 entries, at most 1
    CHECK(fields.contains(QStringLiteral("lines[1].direction"))); // "upwards"
    CHECK(validation.errors.size() == 6);
}

TEST_CASE("a schema whose default breaks its own rules is rejected", "[plugins][settings]")
{
    const QByteArray schemaJson = R"([
        {"id": "level", "type": "number", "min": 0, "max": 10, "default": 11,
         "name": {"zh_CN": "级别", "en": "Level"}},
        {"id": "shape", "type": "circle", "name": {"zh_CN": "形状", "en": "Shape"}}
    ])";
    QList<FieldError> errors;
    parseSettingsSchema(QJsonDocument::fromJson(schemaJson).array(), QStringLiteral("settings"),
                        &errors);
    QStringList fields;
    for (const FieldError &error : errors)
        fields << error.field;
    INFO(joinFieldErrors(errors, QStringLiteral("\n")).toStdString());
    CHECK(fields ==
          QStringList{QStringLiteral("settings[0].default"), QStringLiteral("settings[1].type")});
}
