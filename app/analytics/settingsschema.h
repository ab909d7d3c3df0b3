#pragma once
// Settings schema of an analytics plugin, declared as data in its manifest ("settings": [...]),
// and the validator that checks a user's settings object against it.
//
// Value formats (all coordinates normalized 0..1, origin top-left):
//   number          JSON number in [min, max]; "integer": true forbids fractions
//   duration        JSON number of seconds in [min, max]
//   enum            one of the strings in "values"
//   objectClassList array of strings, each one of "classes"
//   polygonList     array of {"name": optional string, "points": [[x, y], ...] (3 or more)}
//   lineList        array of {"name": optional string, "points": [[x, y], ...] (2 or more),
//                   "direction": "leftToRight" | "rightToLeft" | "both"}, sides as seen walking
//                   from the first point to the last
//   path            JSON string, a file path; "" = the plugin's default. Optional "fileFilter"
//                   ("ONNX models (*.onnx)") for the file dialog of the settings form
//
// Thread contract: plain value types and pure functions; callable from any thread.

#include "analytics/fielderror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigil {

enum class SettingType
{
    Number,
    Duration,
    Enum,
    ObjectClassList,
    PolygonList,
    LineList,
    Path
};

QString settingTypeKey(SettingType type); // "number", "duration", ...
std::optional<SettingType> settingTypeFromKey(const QString &key);

struct LocalizedText
{
    QString zhCN;
    QString en;
    // The text for a UI language ("zh_CN", "en", ...); falls back to English.
    QString text(const QString &language) const
    {
        return language.startsWith(QStringLiteral("zh")) && !zhCN.isEmpty() ? zhCN : en;
    }
};

// Reads {"zh_CN": "...", "en": "..."}; both are required.
LocalizedText parseLocalizedText(const QJsonValue &value, const QString &path,
                                 QList<FieldError> *errors);

struct SettingDescriptor
{
    QString id;
    SettingType type = SettingType::Number;
    LocalizedText name;
    double minimum = 0;   // number, duration
    double maximum = 0;   // number, duration
    bool integer = false; // number
    QStringList values;   // enum: allowed values; objectClassList: allowed classes
    QString fileFilter;   // path: file dialog filter
    int maxItems = -1;    // list types; -1 = unlimited
    QJsonValue defaultValue;
};

struct SettingsSchema
{
    QList<SettingDescriptor> fields;
    const SettingDescriptor *field(const QString &id) const;
};

// Parses the manifest's "settings" array. Errors are reported under `path` ("settings[1].min").
// Every field's default is itself validated against the field.
SettingsSchema parseSettingsSchema(const QJsonValue &value, const QString &path,
                                   QList<FieldError> *errors);

struct SettingsValidation
{
    QJsonObject effective; // the input with a default for every field left out
    QList<FieldError> errors;
    bool ok() const { return errors.isEmpty(); }
};

// Checks every field of `settings`: unknown fields, wrong types, out-of-range numbers, malformed
// polygons and lines are each reported by field path. Nothing stops at the first error.
SettingsValidation validateSettings(const SettingsSchema &schema, const QJsonObject &settings);

// Checks one value against one descriptor; used for user values and manifest defaults alike.
void validateSettingValue(const SettingDescriptor &descriptor, const QJsonValue &value,
                          const QString &path, QList<FieldError> *errors);

} // namespace vigil
