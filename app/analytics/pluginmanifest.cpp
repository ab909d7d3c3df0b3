#include "analytics/pluginmanifest.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace vigil {

namespace {

QString requireString(const QJsonObject &object, const QString &key, const QString &path,
                      QList<FieldError> *errors)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().isEmpty()) {
        errors->append({path, value.isUndefined() ? QStringLiteral("missing")
                                                  : QStringLiteral("must be a non-empty string")});
        return {};
    }
    return value.toString();
}

// Optional "alert" and "storeEvent" booleans of one event type (SDK 1.2).
void parseAlerting(const QJsonObject &object, const QString &itemPath, EventTypeDescriptor *type,
                   QList<FieldError> *errors)
{
    const QJsonValue alert = object.value(QStringLiteral("alert"));
    if (!alert.isUndefined() && !alert.isBool())
        errors->append({itemPath + QStringLiteral(".alert"),
                        QStringLiteral("must be true or false (false: informational, recorded but "
                                       "never raised as an alert)")});
    else
        type->alert = alert.toBool(true);
    const QJsonValue store = object.value(QStringLiteral("storeEvent"));
    if (!store.isUndefined() && !store.isBool()) {
        errors->append(
            {itemPath + QStringLiteral(".storeEvent"), QStringLiteral("must be true or false")});
        return;
    }
    type->storeEvent = store.toBool(true);
    if (!type->storeEvent && type->alert)
        errors->append({itemPath + QStringLiteral(".storeEvent"),
                        QStringLiteral("false needs \"alert\": false (an alert keeps its event)")});
}

QList<EventTypeDescriptor> parseEventTypes(const QJsonValue &value, QList<FieldError> *errors)
{
    QList<EventTypeDescriptor> types;
    const QString path = QStringLiteral("eventTypes");
    if (!value.isArray()) {
        errors->append({path, value.isUndefined() ? QStringLiteral("missing")
                                                  : QStringLiteral("must be an array")});
        return types;
    }
    const QJsonArray array = value.toArray();
    QSet<QString> seen;
    for (int i = 0; i < array.size(); ++i) {
        const QString itemPath = path + u'[' + QString::number(i) + u']';
        const QJsonObject object = array.at(i).toObject();
        EventTypeDescriptor type;
        type.id =
            requireString(object, QStringLiteral("id"), itemPath + QStringLiteral(".id"), errors);
        if (!type.id.isEmpty() && seen.contains(type.id)) {
            errors->append({itemPath + QStringLiteral(".id"),
                            QStringLiteral("\"%1\" is declared twice").arg(type.id)});
        }
        seen.insert(type.id);
        type.name = parseLocalizedText(object.value(QStringLiteral("name")),
                                       itemPath + QStringLiteral(".name"), errors);
        static const QRegularExpression priorityPattern(QStringLiteral("^P([1-4])$"));
        const QJsonValue priority = object.value(QStringLiteral("defaultPriority"));
        const QRegularExpressionMatch match = priorityPattern.match(priority.toString());
        if (!priority.isString() || !match.hasMatch()) {
            errors->append({itemPath + QStringLiteral(".defaultPriority"),
                            QStringLiteral("must be one of \"P1\", \"P2\", \"P3\", \"P4\"")});
        } else {
            type.defaultPriority = match.captured(1).toInt();
        }
        parseAlerting(object, itemPath, &type, errors);
        types.append(type);
    }
    return types;
}

StreamRequirement parseStream(const QJsonValue &value, QList<FieldError> *errors)
{
    StreamRequirement stream;
    if (!value.isObject()) {
        errors->append({QStringLiteral("stream"), value.isUndefined()
                                                      ? QStringLiteral("missing")
                                                      : QStringLiteral("must be an object")});
        return stream;
    }
    const QJsonObject object = value.toObject();
    const QString profile = object.value(QStringLiteral("profile")).toString();
    if (profile == QStringLiteral("sub"))
        stream.profile = StreamProfile::Sub;
    else if (profile == QStringLiteral("main"))
        stream.profile = StreamProfile::Main;
    else
        errors->append(
            {QStringLiteral("stream.profile"), QStringLiteral("must be \"sub\" or \"main\"")});

    const QJsonValue rate = object.value(QStringLiteral("frameRate"));
    stream.frameRate = rate.toDouble(-1);
    if (!rate.isDouble() || stream.frameRate <= 0 || stream.frameRate > 60)
        errors->append({QStringLiteral("stream.frameRate"),
                        QStringLiteral("must be a number of frames per second in (0, 60]")});

    const QString format = object.value(QStringLiteral("pixelFormat")).toString();
    bool known = false;
    for (PixelFormat candidate : {PixelFormat::Gray8, PixelFormat::Bgr24, PixelFormat::Yuv420p}) {
        if (pixelFormatKey(candidate) == format) {
            stream.pixelFormat = candidate;
            known = true;
        }
    }
    if (!known)
        errors->append({QStringLiteral("stream.pixelFormat"),
                        QStringLiteral("must be \"gray8\", \"bgr24\" or \"yuv420p\"")});
    return stream;
}

} // namespace

QString pixelFormatKey(PixelFormat format)
{
    switch (format) {
    case PixelFormat::Gray8:
        return QStringLiteral("gray8");
    case PixelFormat::Bgr24:
        return QStringLiteral("bgr24");
    case PixelFormat::Yuv420p:
        return QStringLiteral("yuv420p");
    }
    return {};
}

bool parseSdkVersion(const QString &text, int *major, int *minor)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)\\.(\\d+)$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    *major = match.captured(1).toInt();
    *minor = match.captured(2).toInt();
    return true;
}

const EventTypeDescriptor *PluginManifest::eventType(const QString &id) const
{
    for (const EventTypeDescriptor &type : eventTypes) {
        if (type.id == id)
            return &type;
    }
    return nullptr;
}

ManifestParse parsePluginManifest(const QJsonObject &json)
{
    ManifestParse result;
    PluginManifest &m = result.manifest;
    QList<FieldError> &errors = result.errors;

    m.id = requireString(json, QStringLiteral("id"), QStringLiteral("id"), &errors);
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    if (!m.id.isEmpty() && !idPattern.match(m.id).hasMatch())
        errors.append({QStringLiteral("id"),
                       QStringLiteral("may contain only letters, digits, '.', '_' and '-'")});
    m.name =
        parseLocalizedText(json.value(QStringLiteral("name")), QStringLiteral("name"), &errors);
    m.version = requireString(json, QStringLiteral("version"), QStringLiteral("version"), &errors);
    m.sdkVersion =
        requireString(json, QStringLiteral("sdkVersion"), QStringLiteral("sdkVersion"), &errors);
    if (!m.sdkVersion.isEmpty() && !parseSdkVersion(m.sdkVersion, &m.sdkMajor, &m.sdkMinor))
        errors.append({QStringLiteral("sdkVersion"),
                       QStringLiteral("must look like \"1.0\", got \"%1\"").arg(m.sdkVersion)});
    m.eventTypes = parseEventTypes(json.value(QStringLiteral("eventTypes")), &errors);
    m.stream = parseStream(json.value(QStringLiteral("stream")), &errors);
    m.settings = parseSettingsSchema(json.value(QStringLiteral("settings")),
                                     QStringLiteral("settings"), &errors);
    return result;
}

} // namespace vigil
