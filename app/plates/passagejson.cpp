#include "plates/passagejson.h"

#include "plates/passageevents.h"
#include "plates/platepattern.h"

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

std::optional<EventJsonResult> readString(const QJsonObject &object, const QString &field,
                                          int maxLength, QString *out)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isString())
        return failure(field, QStringLiteral("must be a string"));
    if (value.toString().size() > maxLength)
        return failure(field, QStringLiteral("longer than %1 characters").arg(maxLength));
    *out = value.toString();
    return std::nullopt;
}

std::optional<EventJsonResult> readJpeg(const QJsonObject &object, const QString &field,
                                        QString *base64)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isString())
        return failure(field, QStringLiteral("must be a base64 string"));
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return failure(field, QStringLiteral("is not valid base64"));
    if (!decoded.decoded.startsWith("\xff\xd8"))
        return failure(field, QStringLiteral("is not a JPEG image"));
    *base64 = value.toString();
    return std::nullopt;
}

} // namespace

EventJsonResult parseExternalPassage(const QByteArray &body, const QDateTime &arrival)
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
    static const QSet<QString> known{QStringLiteral("plate"),
                                     QStringLiteral("plate_display"),
                                     QStringLiteral("checkpoint_id"),
                                     QStringLiteral("camera_id"),
                                     QStringLiteral("time"),
                                     QStringLiteral("confidence"),
                                     QStringLiteral("kind"),
                                     QStringLiteral("lane"),
                                     QStringLiteral("direction"),
                                     QStringLiteral("valid"),
                                     QStringLiteral("flag"),
                                     QStringLiteral("plate_crop_jpeg"),
                                     QStringLiteral("vehicle_snapshot_jpeg")};
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!known.contains(it.key()))
            return failure(it.key(), QStringLiteral("unknown field"));

    Event event;
    event.source = EventSource::External;
    event.type = kPlateReadType;
    // As the plate reader's manifest declares it: the passage store keeps the record, the alert
    // service neither stores nor alerts it (a site may turn alerts on in alerts.json).
    event.informational = true;
    event.storeEvent = false;
    QString plateText, display, kind, lane, direction, flag, crop, snapshot;
    if (!object.contains(QStringLiteral("plate")))
        return failure(QStringLiteral("plate"), QStringLiteral("is required"));
    for (const auto &[field, length, out] :
         {std::tuple{QStringLiteral("plate"), 32, &plateText},
          std::tuple{QStringLiteral("plate_display"), 32, &display},
          std::tuple{QStringLiteral("checkpoint_id"), 64, &event.checkpointId},
          std::tuple{QStringLiteral("camera_id"), 64, &event.cameraId},
          std::tuple{QStringLiteral("kind"), 32, &kind},
          std::tuple{QStringLiteral("lane"), 64, &lane},
          std::tuple{QStringLiteral("direction"), 8, &direction},
          std::tuple{QStringLiteral("flag"), 16, &flag}}) {
        if (auto failed = readString(object, field, length, out))
            return *failed;
    }
    const QString plate = normalizePlate(plateText);
    const PlatePatternCheck check = checkPlatePattern(plate, false);
    if (!check.ok)
        return failure(QStringLiteral("plate"), check.error);
    if (event.cameraId.trimmed().isEmpty() && event.checkpointId.trimmed().isEmpty())
        return failure(QStringLiteral("checkpoint_id"),
                       QStringLiteral("checkpoint_id or camera_id is required"));
    if (!direction.isEmpty() && direction != QLatin1String("in") &&
        direction != QLatin1String("out"))
        return failure(QStringLiteral("direction"),
                       QStringLiteral("must be \"in\", \"out\" or \"\""));
    static const QSet<QString> flags{QString(), QStringLiteral("police"),
                                     QStringLiteral("military"), QStringLiteral("embassy")};
    if (!flags.contains(flag))
        return failure(QStringLiteral("flag"),
                       QStringLiteral("must be \"police\", \"military\", \"embassy\" or \"\""));

    event.time = arrival.toUTC();
    const QJsonValue time = object.value(QStringLiteral("time"));
    if (!time.isUndefined()) {
        const QString text = time.toString();
        const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        static const QRegularExpression offset(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
        if (!time.isString() || !parsed.isValid() || !offset.match(text).hasMatch())
            return failure(QStringLiteral("time"),
                           QStringLiteral("must be ISO 8601 with a UTC offset, e.g. "
                                          "2026-03-04T10:00:00+08:00"));
        event.time = parsed.toUTC();
    }
    double confidence = 1;
    const QJsonValue confidenceValue = object.value(QStringLiteral("confidence"));
    if (!confidenceValue.isUndefined()) {
        confidence = confidenceValue.toDouble(-1);
        if (!confidenceValue.isDouble() || confidence < 0 || confidence > 1)
            return failure(QStringLiteral("confidence"),
                           QStringLiteral("must be a number from 0 to 1"));
    }
    bool valid = true;
    const QJsonValue validValue = object.value(QStringLiteral("valid"));
    if (!validValue.isUndefined()) {
        if (!validValue.isBool())
            return failure(QStringLiteral("valid"), QStringLiteral("must be true or false"));
        valid = validValue.toBool();
    }
    if (auto failed = readJpeg(object, QStringLiteral("plate_crop_jpeg"), &crop))
        return *failed;
    if (auto failed = readJpeg(object, QStringLiteral("vehicle_snapshot_jpeg"), &snapshot))
        return *failed;

    event.summary = display.isEmpty() ? plate : display;
    event.details = QJsonObject{
        {QStringLiteral("plate"), plate},        {QStringLiteral("plateDisplay"), display},
        {QStringLiteral("kind"), kind},          {QStringLiteral("valid"), valid},
        {QStringLiteral("flag"), flag},          {QStringLiteral("confidence"), confidence},
        {QStringLiteral("lane"), lane},          {QStringLiteral("direction"), direction},
        {QStringLiteral("plateCropJpeg"), crop}, {QStringLiteral("vehicleSnapshotJpeg"), snapshot}};
    EventJsonResult result;
    result.event = event;
    return result;
}

} // namespace vigil
