#include "net/eventjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

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

// details.door of an event that names a door: what the analytics need to reach its cameras.
QJsonObject doorDetails(const Door &door)
{
    QJsonArray cameras;
    for (const DoorCamera &camera : door.cameras)
        cameras.append(QJsonObject{{QStringLiteral("camera"), camera.cameraId},
                                   {QStringLiteral("zone"), camera.doorZone}});
    return {{QStringLiteral("id"), door.id},
            {QStringLiteral("name"), door.name},
            {QStringLiteral("cameras"), cameras}};
}

} // namespace

EventJsonResult parseExternalEvent(const QByteArray &body, const QDateTime &arrival,
                                   const DoorMap &doors)
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
        QStringLiteral("box"),     QStringLiteral("details"),   QStringLiteral("door_id")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QStringLiteral("doorId"))
            return failure(it.key(), QStringLiteral("unknown field (did you mean door_id?)"));
        if (!known.contains(it.key()))
            return failure(it.key(), QStringLiteral("unknown field"));
    }

    Event event;
    event.source = EventSource::External;
    EventJsonResult result;

    const QJsonValue type = object.value(QStringLiteral("type"));
    if (type.isUndefined())
        return failure(QStringLiteral("type"), QStringLiteral("is required"));
    // Words of a-z, 0-9 and _, joined by dots: "intrusion", "access.granted".
    static const QRegularExpression typePattern(QStringLiteral("^[a-z0-9_]+(\\.[a-z0-9_]+)*$"));
    if (!type.isString())
        return failure(QStringLiteral("type"), QStringLiteral("must be a string"));
    if (type.toString().size() > 64 || !typePattern.match(type.toString()).hasMatch())
        return failure(QStringLiteral("type"),
                       QStringLiteral("must be 1-64 characters of a-z, 0-9 and _, words joined "
                                      "by dots (e.g. access.granted)"));
    event.type = type.toString();

    if (!optionalString(object, QStringLiteral("camera_id"), 64, &event.cameraId, &result) ||
        !optionalString(object, QStringLiteral("checkpoint_id"), 64, &event.checkpointId,
                        &result) ||
        !optionalString(object, QStringLiteral("area"), 64, &event.area, &result) ||
        !optionalString(object, QStringLiteral("summary"), 500, &event.summary, &result) ||
        !optionalString(object, QStringLiteral("snapshot"), 1024, &event.snapshotPath, &result) ||
        !optionalString(object, QStringLiteral("clip_ref"), 1024, &event.clipRef, &result))
        return result;
    QString doorId;
    if (!optionalString(object, QStringLiteral("door_id"), 64, &doorId, &result))
        return result;
    if (event.cameraId.trimmed().isEmpty() && event.checkpointId.trimmed().isEmpty() &&
        doorId.isEmpty())
        return failure(QStringLiteral("camera_id"),
                       QStringLiteral("camera_id, checkpoint_id or door_id is required"));
    const Door *door = nullptr;
    if (!doorId.isEmpty()) {
        const auto found = doors.constFind(doorId);
        if (found == doors.constEnd()) {
            result = failure(QStringLiteral("door_id"),
                             doors.isEmpty()
                                 ? QStringLiteral("unknown door \"%1\": the site defines no doors "
                                                  "(add them to the site file's \"doors\")")
                                       .arg(doorId)
                                 : QStringLiteral("unknown door \"%1\": not in the site file's "
                                                  "\"doors\"")
                                       .arg(doorId));
            result.status = 422;
            return result;
        }
        door = &found.value();
        if (event.cameraId.isEmpty() && !door->cameras.isEmpty()) {
            event.cameraId = door->cameras.first().cameraId; // its alert shows that camera
        } else if (!event.cameraId.isEmpty() &&
                   std::none_of(
                       door->cameras.cbegin(), door->cameras.cend(),
                       [&](const DoorCamera &c) { return c.cameraId == event.cameraId; })) {
            result = failure(QStringLiteral("camera_id"),
                             QStringLiteral("camera \"%1\" is not bound to door \"%2\"")
                                 .arg(event.cameraId, doorId));
            result.status = 422;
            return result;
        }
    }

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
        if (event.details.contains(QStringLiteral("door")))
            return failure(QStringLiteral("details.door"),
                           QStringLiteral("is set by the server from door_id; leave it out"));
    }
    if (door)
        event.details.insert(QStringLiteral("door"), doorDetails(*door));
    result.event = event;
    return result;
}

} // namespace vigil
