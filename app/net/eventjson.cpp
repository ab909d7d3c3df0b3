#include "net/eventjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace vigil {

namespace {

EventJsonResult failure(const QString &field, const QString &error)
{
    EventJsonResult result;
    result.field = field;
    result.error = error;
    return result;
}

// Reads an optional string field; returns false (and fills `result`) when it is not a string or
// is too long.
bool optionalString(const QJsonObject &object, const QString &field, int maxLength, QString *out,
                    EventJsonResult *result)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined())
        return true;
    if (!value.isString()) {
        *result = failure(field, QStringLiteral("must be a string"));
        return false;
    }
    if (value.toString().size() > maxLength) {
        *result = failure(field, QStringLiteral("longer than %1 characters").arg(maxLength));
        return false;
    }
    *out = value.toString();
    return true;
}

} // namespace

EventJsonResult parseExternalEvent(const QByteArray &body, const QDateTime &arrival)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(QString(), QStringLiteral("invalid JSON at offset %1: %2")
                                      .arg(parseError.offset)
                                      .arg(parseError.errorString()));
    if (!document.isObject())
        return failure(QString(), QStringLiteral("the body must be a JSON object"));
    const QJsonObject object = document.object();

    static const QSet<QString> known{
        QStringLiteral("type"),    QStringLiteral("camera_id"), QStringLiteral("checkpoint_id"),
        QStringLiteral("time"),    QStringLiteral("severity"),  QStringLiteral("area"),
        QStringLiteral("summary"), QStringLiteral("snapshot"),  QStringLiteral("clip_ref"),
        QStringLiteral("box"),     QStringLiteral("details")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return failure(it.key(), QStringLiteral("unknown field"));
    }

    Event event;
    event.source = EventSource::External;
    EventJsonResult result;

    const QJsonValue type = object.value(QStringLiteral("type"));
    if (type.isUndefined())
        return failure(QStringLiteral("type"), QStringLiteral("is required"));
    static const QRegularExpression typePattern(QStringLiteral("^[a-z0-9_]{1,64}$"));
    if (!type.isString())
        return failure(QStringLiteral("type"), QStringLiteral("must be a string"));
    if (!typePattern.match(type.toString()).hasMatch())
        return failure(QStringLiteral("type"),
                       QStringLiteral("must be 1-64 characters of a-z, 0-9 and _"));
    event.type = type.toString();

    if (!optionalString(object, QStringLiteral("camera_id"), 64, &event.cameraId, &result) ||
        !optionalString(object, QStringLiteral("checkpoint_id"), 64, &event.checkpointId,
                        &result) ||
        !optionalString(object, QStringLiteral("area"), 64, &event.area, &result) ||
        !optionalString(object, QStringLiteral("summary"), 500, &event.summary, &result) ||
        !optionalString(object, QStringLiteral("snapshot"), 1024, &event.snapshotPath, &result) ||
        !optionalString(object, QStringLiteral("clip_ref"), 1024, &event.clipRef, &result))
        return result;
    if (event.cameraId.trimmed().isEmpty() && event.checkpointId.trimmed().isEmpty())
        return failure(QStringLiteral("camera_id"),
                       QStringLiteral("camera_id or checkpoint_id is required"));

    event.time = arrival.toUTC();
    const QJsonValue time = object.value(QStringLiteral("time"));
    if (!time.isUndefined()) {
        if (!time.isString())
            return failure(QStringLiteral("time"), QStringLiteral("must be an ISO 8601 string"));
        const QDateTime parsed = QDateTime::fromString(time.toString(), Qt::ISODateWithMs);
        // A time without offset would be read as local time: refuse the ambiguity.
        const QString text = time.toString();
        const bool hasOffset =
            text.endsWith(QLatin1Char('Z')) ||
            QRegularExpression(QStringLiteral("[+-]\\d\\d:?\\d\\d$")).match(text).hasMatch();
        if (!parsed.isValid() || !hasOffset)
            return failure(QStringLiteral("time"),
                           QStringLiteral("must be ISO 8601 with a UTC offset, e.g. "
                                          "2026-03-04T10:00:00+08:00"));
        event.time = parsed.toUTC();
    }

    event.severity = 50;
    const QJsonValue severity = object.value(QStringLiteral("severity"));
    if (!severity.isUndefined()) {
        const double value = severity.toDouble(-1);
        if (!severity.isDouble() || value != std::floor(value) || value < 0 || value > 100)
            return failure(QStringLiteral("severity"),
                           QStringLiteral("must be an integer from 0 to 100"));
        event.severity = int(value);
    }

    const QJsonValue box = object.value(QStringLiteral("box"));
    if (!box.isUndefined()) {
        const QJsonArray values = box.toArray();
        bool ok = box.isArray() && values.size() == 4;
        for (const QJsonValue &value : values)
            ok = ok && value.isDouble() && value.toDouble() >= 0 && value.toDouble() <= 1;
        if (!ok)
            return failure(QStringLiteral("box"),
                           QStringLiteral("must be [x, y, width, height] with numbers in 0..1"));
        event.detectionBox = QRectF(values[0].toDouble(), values[1].toDouble(),
                                    values[2].toDouble(), values[3].toDouble());
    }

    const QJsonValue details = object.value(QStringLiteral("details"));
    if (!details.isUndefined()) {
        if (!details.isObject())
            return failure(QStringLiteral("details"), QStringLiteral("must be an object"));
        event.details = details.toObject();
    }
    result.event = event;
    return result;
}

} // namespace vigil
