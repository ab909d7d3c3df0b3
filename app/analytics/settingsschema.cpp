#include "analytics/settingsschema.h"

#include <QJsonArray>

#include <cmath>

namespace vigil {

namespace {

QString at(const QString &path, int index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString dot(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return u'"' + value.toString() + u'"';
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

void validateRange(const SettingDescriptor &d, const QJsonValue &value, const QString &path,
                   QList<FieldError> *errors)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        const QString what = d.type == SettingType::Duration ? QStringLiteral("a number of seconds")
                                                             : QStringLiteral("a number");
        errors->append({path, QStringLiteral("must be %1, got %2").arg(what, describe(value))});
        return;
    }
    const double v = value.toDouble();
    if (v < d.minimum || v > d.maximum) {
        errors->append({path, QStringLiteral("must be between %1 and %2, got %3")
                                  .arg(d.minimum)
                                  .arg(d.maximum)
                                  .arg(v)});
    } else if (d.integer && v != std::floor(v)) {
        errors->append({path, QStringLiteral("must be a whole number, got %1").arg(v)});
    }
}

void validatePoints(const QJsonValue &value, int minPoints, const QString &path,
                    QList<FieldError> *errors)
{
    if (!value.isArray()) {
        errors->append(
            {path,
             QStringLiteral("must be an array of [x, y] points, got %1").arg(describe(value))});
        return;
    }
    const QJsonArray points = value.toArray();
    if (points.size() < minPoints) {
        errors->append(
            {path,
             QStringLiteral("needs at least %1 points, got %2").arg(minPoints).arg(points.size())});
    }
    for (int i = 0; i < points.size(); ++i) {
        const QJsonArray xy = points.at(i).toArray();
        const bool numbers =
            points.at(i).isArray() && xy.size() == 2 && xy.at(0).isDouble() && xy.at(1).isDouble();
        if (!numbers) {
            errors->append({at(path, i), QStringLiteral("must be a point [x, y] of two numbers")});
            continue;
        }
        const double x = xy.at(0).toDouble();
        const double y = xy.at(1).toDouble();
        if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
            errors->append({at(path, i), QStringLiteral("point (%1, %2) lies outside the frame; "
                                                        "coordinates are normalized 0..1")
                                             .arg(x)
                                             .arg(y)});
        }
    }
}

void validateShape(const SettingDescriptor &d, const QJsonValue &item, const QString &path,
                   QList<FieldError> *errors)
{
    if (!item.isObject()) {
        errors->append(
            {path,
             QStringLiteral("must be an object with \"points\", got %1").arg(describe(item))});
        return;
    }
    const QJsonObject shape = item.toObject();
    const bool line = d.type == SettingType::LineList;
    for (auto it = shape.begin(); it != shape.end(); ++it) {
        const QString &key = it.key();
        if (key != QStringLiteral("name") && key != QStringLiteral("points") &&
            !(line && key == QStringLiteral("direction"))) {
            errors->append({dot(path, key), QStringLiteral("unknown field")});
        }
    }
    if (shape.contains(QStringLiteral("name")) && !shape.value(QStringLiteral("name")).isString())
        errors->append({dot(path, QStringLiteral("name")), QStringLiteral("must be a string")});
    if (!shape.contains(QStringLiteral("points")))
        errors->append({dot(path, QStringLiteral("points")), QStringLiteral("missing")});
    else
        validatePoints(shape.value(QStringLiteral("points")), line ? 2 : 3,
                       dot(path, QStringLiteral("points")), errors);
    if (line) {
        static const QStringList directions = {
            QStringLiteral("leftToRight"), QStringLiteral("rightToLeft"), QStringLiteral("both")};
        const QJsonValue direction = shape.value(QStringLiteral("direction"));
        if (!directions.contains(direction.toString())) {
            errors->append({dot(path, QStringLiteral("direction")),
                            QStringLiteral("must be one of %1, got %2")
                                .arg(directions.join(QStringLiteral(", ")), describe(direction))});
        }
    }
}

void validateList(const SettingDescriptor &d, const QJsonValue &value, const QString &path,
                  QList<FieldError> *errors)
{
    if (!value.isArray()) {
        errors->append({path, QStringLiteral("must be an array, got %1").arg(describe(value))});
        return;
    }
    const QJsonArray items = value.toArray();
    if (d.maxItems >= 0 && items.size() > d.maxItems) {
        errors->append({path, QStringLiteral("at most %1 entries allowed, got %2")
                                  .arg(d.maxItems)
                                  .arg(items.size())});
    }
    for (int i = 0; i < items.size(); ++i) {
        if (d.type == SettingType::ObjectClassList) {
            if (!d.values.contains(items.at(i).toString())) {
                errors->append({at(path, i), QStringLiteral("must be one of %1, got %2")
                                                 .arg(d.values.join(QStringLiteral(", ")),
                                                      describe(items.at(i)))});
            }
        } else {
            validateShape(d, items.at(i), at(path, i), errors);
        }
    }
}

QStringList parseStringList(const QJsonValue &value, const QString &path, QList<FieldError> *errors)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.isEmpty()) {
        errors->append({path, QStringLiteral("must be a non-empty array of strings")});
        return result;
    }
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || array.at(i).toString().isEmpty())
            errors->append({at(path, i), QStringLiteral("must be a non-empty string")});
        else
            result << array.at(i).toString();
    }
    return result;
}

SettingDescriptor parseDescriptor(const QJsonObject &object, const QString &path,
                                  QList<FieldError> *errors)
{
    SettingDescriptor d;
    const int errorsBefore = int(errors->size());
    d.id = object.value(QStringLiteral("id")).toString();
    if (d.id.isEmpty())
        errors->append({dot(path, QStringLiteral("id")), QStringLiteral("missing or empty")});
    d.name = parseLocalizedText(object.value(QStringLiteral("name")),
                                dot(path, QStringLiteral("name")), errors);

    const QString typeKey = object.value(QStringLiteral("type")).toString();
    const std::optional<SettingType> type = settingTypeFromKey(typeKey);
    if (!type) {
        errors->append({dot(path, QStringLiteral("type")),
                        QStringLiteral("must be one of number, duration, enum, objectClassList, "
                                       "polygonList, lineList, path, got %1")
                            .arg(describe(object.value(QStringLiteral("type"))))});
        return d;
    }
    d.type = *type;

    switch (d.type) {
    case SettingType::Number:
    case SettingType::Duration: {
        const QJsonValue min = object.value(QStringLiteral("min"));
        const QJsonValue max = object.value(QStringLiteral("max"));
        if (!min.isDouble())
            errors->append({dot(path, QStringLiteral("min")), QStringLiteral("must be a number")});
        if (!max.isDouble())
            errors->append({dot(path, QStringLiteral("max")), QStringLiteral("must be a number")});
        d.minimum = min.toDouble();
        d.maximum = max.toDouble();
        if (min.isDouble() && max.isDouble() && d.minimum > d.maximum)
            errors->append({dot(path, QStringLiteral("max")), QStringLiteral("is below min")});
        d.integer = object.value(QStringLiteral("integer")).toBool(false);
        if (d.type == SettingType::Duration && d.minimum < 0)
            errors->append({dot(path, QStringLiteral("min")), QStringLiteral("must be >= 0")});
        break;
    }
    case SettingType::Enum:
        d.values = parseStringList(object.value(QStringLiteral("values")),
                                   dot(path, QStringLiteral("values")), errors);
        break;
    case SettingType::ObjectClassList:
        d.values = parseStringList(object.value(QStringLiteral("classes")),
                                   dot(path, QStringLiteral("classes")), errors);
        break;
    case SettingType::PolygonList:
    case SettingType::LineList:
        break;
    case SettingType::Path:
        d.fileFilter = object.value(QStringLiteral("fileFilter")).toString();
        break;
    }
    const bool isList = d.type == SettingType::ObjectClassList ||
                        d.type == SettingType::PolygonList || d.type == SettingType::LineList;
    if (isList && object.contains(QStringLiteral("maxItems"))) {
        const QJsonValue maxItems = object.value(QStringLiteral("maxItems"));
        d.maxItems = maxItems.toInt(-1);
        if (!maxItems.isDouble() || d.maxItems < 0)
            errors->append({dot(path, QStringLiteral("maxItems")),
                            QStringLiteral("must be a whole number >= 0")});
    }

    d.defaultValue = object.value(QStringLiteral("default"));
    if (d.defaultValue.isUndefined() && isList)
        d.defaultValue = QJsonArray();
    if (d.defaultValue.isUndefined()) {
        errors->append({dot(path, QStringLiteral("default")), QStringLiteral("missing")});
    } else if (errors->size() == errorsBefore) {
        // Only judge the default once the descriptor itself is sound.
        validateSettingValue(d, d.defaultValue, dot(path, QStringLiteral("default")), errors);
    }
    return d;
}

} // namespace

LocalizedText parseLocalizedText(const QJsonValue &value, const QString &path,
                                 QList<FieldError> *errors)
{
    LocalizedText text;
    if (!value.isObject()) {
        errors->append(
            {path, value.isUndefined()
                       ? QStringLiteral("missing")
                       : QStringLiteral("must be an object {\"zh_CN\": ..., \"en\": ...}")});
        return text;
    }
    const QJsonObject object = value.toObject();
    text.zhCN = object.value(QStringLiteral("zh_CN")).toString();
    text.en = object.value(QStringLiteral("en")).toString();
    if (text.zhCN.isEmpty())
        errors->append({dot(path, QStringLiteral("zh_CN")), QStringLiteral("missing or empty")});
    if (text.en.isEmpty())
        errors->append({dot(path, QStringLiteral("en")), QStringLiteral("missing or empty")});
    return text;
}

QString settingTypeKey(SettingType type)
{
    switch (type) {
    case SettingType::Number:
        return QStringLiteral("number");
    case SettingType::Duration:
        return QStringLiteral("duration");
    case SettingType::Enum:
        return QStringLiteral("enum");
    case SettingType::ObjectClassList:
        return QStringLiteral("objectClassList");
    case SettingType::PolygonList:
        return QStringLiteral("polygonList");
    case SettingType::LineList:
        return QStringLiteral("lineList");
    case SettingType::Path:
        return QStringLiteral("path");
    }
    return {};
}

std::optional<SettingType> settingTypeFromKey(const QString &key)
{
    for (SettingType type : {SettingType::Number, SettingType::Duration, SettingType::Enum,
                             SettingType::ObjectClassList, SettingType::PolygonList,
                             SettingType::LineList, SettingType::Path}) {
        if (settingTypeKey(type) == key)
            return type;
    }
    return std::nullopt;
}

const SettingDescriptor *SettingsSchema::field(const QString &id) const
{
    for (const SettingDescriptor &descriptor : fields) {
        if (descriptor.id == id)
            return &descriptor;
    }
    return nullptr;
}

SettingsSchema parseSettingsSchema(const QJsonValue &value, const QString &path,
                                   QList<FieldError> *errors)
{
    SettingsSchema schema;
    if (value.isUndefined())
        return schema; // a plugin without settings
    if (!value.isArray()) {
        errors->append({path, QStringLiteral("must be an array of setting descriptions")});
        return schema;
    }
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            errors->append({at(path, i), QStringLiteral("must be an object")});
            continue;
        }
        SettingDescriptor d = parseDescriptor(array.at(i).toObject(), at(path, i), errors);
        if (!d.id.isEmpty() && schema.field(d.id)) {
            errors->append({dot(at(path, i), QStringLiteral("id")),
                            QStringLiteral("\"%1\" is declared twice").arg(d.id)});
            continue;
        }
        schema.fields.append(std::move(d));
    }
    return schema;
}

void validateSettingValue(const SettingDescriptor &d, const QJsonValue &value, const QString &path,
                          QList<FieldError> *errors)
{
    switch (d.type) {
    case SettingType::Number:
    case SettingType::Duration:
        validateRange(d, value, path, errors);
        break;
    case SettingType::Enum:
        if (!d.values.contains(value.toString()) || !value.isString()) {
            errors->append({path, QStringLiteral("must be one of %1, got %2")
                                      .arg(d.values.join(QStringLiteral(", ")), describe(value))});
        }
        break;
    case SettingType::ObjectClassList:
    case SettingType::PolygonList:
    case SettingType::LineList:
        validateList(d, value, path, errors);
        break;
    case SettingType::Path:
        if (!value.isString())
            errors->append(
                {path,
                 QStringLiteral("must be a string (a file path), got %1").arg(describe(value))});
        break;
    }
}

SettingsValidation validateSettings(const SettingsSchema &schema, const QJsonObject &settings)
{
    SettingsValidation result;
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        const SettingDescriptor *d = schema.field(it.key());
        if (!d) {
            result.errors.append({it.key(), QStringLiteral("unknown field")});
            continue;
        }
        validateSettingValue(*d, it.value(), it.key(), &result.errors);
    }
    result.effective = settings;
    for (const SettingDescriptor &d : schema.fields) {
        if (!result.effective.contains(d.id))
            result.effective.insert(d.id, d.defaultValue);
    }
    return result;
}

} // namespace vigil
