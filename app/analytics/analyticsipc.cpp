#include "analytics/analyticsipc.h"

#include "analytics/pluginmanifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QtEndian>

namespace vigil::ipc {

namespace {

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

QByteArray encodeMessage(const QJsonObject &message)
{
    const QByteArray body = QJsonDocument(message).toJson(QJsonDocument::Compact);
    QByteArray framed(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(body.size()), framed.data());
    framed.append(body);
    return framed;
}

void MessageReader::append(const QByteArray &bytes)
{
    if (failed())
        return;
    if (m_read > 0) { // drop what was parsed once per read, not once per message
        m_buffer.remove(0, m_read);
        m_read = 0;
    }
    m_buffer.append(bytes);
}

std::optional<Message> MessageReader::next()
{
    const qsizetype available = m_buffer.size() - m_read;
    if (failed() || available < 4)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData() + m_read);
    if (length == 0 || length > quint32(kMaxMessageBytes)) {
        m_error = QStringLiteral("message at byte %1: length %2 out of range 1..%3")
                      .arg(m_consumed)
                      .arg(length)
                      .arg(kMaxMessageBytes);
        m_buffer.clear();
        m_read = 0;
        return std::nullopt;
    }
    if (available < qsizetype(4 + length))
        return std::nullopt;
    const QByteArray body =
        QByteArray::fromRawData(m_buffer.constData() + m_read + 4, qsizetype(length));
    const qint64 at = m_consumed;
    Message message;
    const quint8 kind = quint8(body.at(0));
    if (kind == kResultsKind) {
        message.type = str(kResults);
        message.binary = true;
        decodeResults(body, at, &message.results, &m_error);
    } else if (kind == kFrameKind) {
        message.type = str(kFrame);
        message.binary = true;
        decodeFrameNotice(body, at, &message.frame, &m_error);
    } else {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            m_error = QStringLiteral("message at byte %1: invalid JSON at offset %2: %3")
                          .arg(at)
                          .arg(parseError.offset)
                          .arg(parseError.errorString());
        } else if (!document.isObject()) {
            m_error = QStringLiteral("message at byte %1: not a JSON object").arg(at);
        } else if (!document.object().value(QStringLiteral("type")).isString()) {
            m_error = QStringLiteral("message at byte %1: type: missing or not a string").arg(at);
        } else {
            message.json = document.object();
            message.type = message.json.value(QStringLiteral("type")).toString();
        }
    }
    m_consumed += 4 + length;
    m_read += qsizetype(4 + length);
    if (failed()) {
        m_buffer.clear();
        m_read = 0;
        return std::nullopt;
    }
    return message;
}

QString eventPhaseKey(EventPhase phase)
{
    switch (phase) {
    case EventPhase::Instant:
        return QStringLiteral("instant");
    case EventPhase::Started:
        return QStringLiteral("started");
    case EventPhase::Ended:
        return QStringLiteral("ended");
    }
    return {};
}

std::optional<EventPhase> eventPhaseFromKey(const QString &key)
{
    for (EventPhase phase : {EventPhase::Instant, EventPhase::Started, EventPhase::Ended}) {
        if (eventPhaseKey(phase) == key)
            return phase;
    }
    return std::nullopt;
}

std::optional<PixelFormat> pixelFormatFromKey(const QString &key)
{
    for (PixelFormat format : {PixelFormat::Gray8, PixelFormat::Bgr24, PixelFormat::Yuv420p}) {
        if (pixelFormatKey(format) == key)
            return format;
    }
    return std::nullopt;
}

QJsonObject rectToJson(const NormalizedRect &rect)
{
    return {
        {str("x"), rect.x}, {str("y"), rect.y}, {str("w"), rect.width}, {str("h"), rect.height}};
}

NormalizedRect rectFromJson(const QJsonObject &json)
{
    return {json.value(str("x")).toDouble(), json.value(str("y")).toDouble(),
            json.value(str("w")).toDouble(), json.value(str("h")).toDouble()};
}

QJsonObject eventToJson(const AnalyticsEvent &event)
{
    QJsonArray boxes;
    for (const NormalizedRect &box : event.boxes)
        boxes.append(rectToJson(box));
    return {{str("typeId"), event.typeId},
            {str("phase"), eventPhaseKey(event.phase)},
            {str("eventId"), QString::number(event.eventId)},
            {str("timestampUs"), QString::number(event.timestampUs)},
            {str("startTimestampUs"), QString::number(event.startTimestampUs)},
            {str("boxes"), boxes},
            {str("confidence"), event.confidence},
            {str("description"), event.description},
            {str("details"), event.details}};
}

std::optional<AnalyticsEvent> eventFromJson(const QJsonObject &json, QString *error)
{
    AnalyticsEvent event;
    event.typeId = json.value(str("typeId")).toString();
    if (event.typeId.isEmpty()) {
        *error = QStringLiteral("event.typeId: missing or empty");
        return std::nullopt;
    }
    const auto phase = eventPhaseFromKey(json.value(str("phase")).toString());
    if (!phase) {
        *error = QStringLiteral("event.phase: must be instant, started or ended");
        return std::nullopt;
    }
    event.phase = *phase;
    bool ok = false;
    event.eventId = json.value(str("eventId")).toString().toULongLong(&ok);
    if (!ok) {
        *error = QStringLiteral("event.eventId: missing or not a number");
        return std::nullopt;
    }
    event.timestampUs = json.value(str("timestampUs")).toString().toLongLong(&ok);
    if (!ok) {
        *error = QStringLiteral("event.timestampUs: missing or not a number");
        return std::nullopt;
    }
    event.startTimestampUs = json.value(str("startTimestampUs")).toString().toLongLong(&ok);
    if (!ok)
        event.startTimestampUs = event.timestampUs;
    for (const QJsonValue &box : json.value(str("boxes")).toArray())
        event.boxes.append(rectFromJson(box.toObject()));
    event.confidence = json.value(str("confidence")).toDouble(1.0);
    event.description = json.value(str("description")).toString();
    event.details = json.value(str("details")).toObject();
    return event;
}

QJsonObject objectToJson(const ObjectMetadata &object)
{
    return {{str("box"), rectToJson(object.box)},
            {str("classId"), object.classId},
            {str("trackId"), double(object.trackId)},
            {str("confidence"), object.confidence}};
}

std::optional<ObjectMetadata> objectFromJson(const QJsonObject &json, QString *error)
{
    if (!json.value(str("box")).isObject()) {
        *error = QStringLiteral("object.box: missing or not an object");
        return std::nullopt;
    }
    ObjectMetadata object;
    object.box = rectFromJson(json.value(str("box")).toObject());
    object.classId = json.value(str("classId")).toString();
    object.trackId = qint64(json.value(str("trackId")).toDouble(-1));
    object.confidence = json.value(str("confidence")).toDouble(1.0);
    return object;
}

QJsonObject externalEventToJson(const QString &cameraId, const ExternalEvent &event)
{
    return {{str("type"), str(kExternal)},
            {str("cameraId"), cameraId},
            {str("typeId"), event.typeId},
            {str("sourceId"), event.sourceId},
            {str("timestampUs"), QString::number(event.timestampUs)},
            {str("details"), event.details}};
}

} // namespace vigil::ipc
