// The "path" settings type (a file path string) and the detector's custom model path setting.
#include "analytics/settingsschema.h"
#include "detectorsettings.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace vigil;

TEST_CASE("path settings: parsed with a file filter, strings only", "[settings][plates]")
{
    QList<FieldError> errors;
    const QJsonArray manifest = QJsonDocument::fromJson(R"json([{
        "id": "customModelPath", "type": "path", "fileFilter": "ONNX models (*.onnx)",
        "name": {"zh_CN": "模型", "en": "Model"}, "default": ""
}])json")
                                    .array();
    const SettingsSchema schema =
        parseSettingsSchema(manifest, QStringLiteral("settings"), &errors);
    REQUIRE(errors.isEmpty());
    REQUIRE(schema.fields.size() == 1);
    CHECK(schema.fields[0].type == SettingType::Path);
    CHECK(schema.fields[0].fileFilter == QStringLiteral("ONNX models (*.onnx)"));
    CHECK(settingTypeKey(SettingType::Path) == QStringLiteral("path"));

    CHECK(validateSettings(schema, {{QStringLiteral("customModelPath"), QStringLiteral("/m.onnx")}})
              .ok());
    const SettingsValidation bad =
        validateSettings(schema, {{QStringLiteral("customModelPath"), 3}});
    REQUIRE(bad.errors.size() == 1);
    CHECK(bad.errors[0].field == QStringLiteral("customModelPath"));
    CHECK(bad.errors[0].message.contains(QStringLiteral("file path")));
    // A default that is no string is a manifest error naming the field.
    errors.clear();
    parseSettingsSchema(QJsonDocument::fromJson(R"json([{"id": "p", "type": "path",
        "name": {"zh_CN": "p", "en": "p"}, "default": 1}])json")
                            .array(),
                        QStringLiteral("settings"), &errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].field == QStringLiteral("settings[0].default"));
}

TEST_CASE("detector: the custom model path setting picks the user's ONNX file",
          "[settings][plates]")
{
    detector::DetectorSettings settings;
    QString error;
    REQUIRE(detector::parseDetectorSettings(
        {{QStringLiteral("model"), QStringLiteral("custom")},
         {QStringLiteral("customModelPath"), QStringLiteral("/data/yolov8n.onnx")}},
        QStringLiteral("/models"), &settings, &error));
    CHECK(settings.model.kind == vision::ModelKind::Yolo);
    CHECK(settings.model.path == QStringLiteral("/data/yolov8n.onnx"));
    // Empty: the default place (or $VIGIL_DETECTOR_MODEL).
    REQUIRE(detector::parseDetectorSettings({{QStringLiteral("model"), QStringLiteral("custom")}},
                                            QStringLiteral("/models"), &settings, &error));
    CHECK(settings.model.path == vision::customModelPath(QStringLiteral("/models")));
}
