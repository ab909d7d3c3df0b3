#include "analytics/analyticsevents.h"

#include "analytics/analyticsipc.h"

#include <QJsonArray>

namespace vigil {

int severityOfPriority(int priority)
{
    switch (priority) {
    case 1:
        return 90;
    case 2:
        return 70;
    case 3:
        return 45;
    default:
        return 20;
    }
}

Event eventFromPlugin(const AnalyticsEvent &event, const QString &cameraId, const QString &pluginId,
                      int priority)
{
    Event out;
    out.source = EventSource::Analytics;
    out.type = event.typeId;
    out.cameraId = cameraId;
    out.time = QDateTime::fromMSecsSinceEpoch(event.timestampUs / 1000, Qt::UTC);
    out.severity = severityOfPriority(priority);
    out.summary = event.description;
    if (!event.boxes.isEmpty()) {
        const NormalizedRect &box = event.boxes.first();
        out.detectionBox = QRectF(box.x, box.y, box.width, box.height);
    }
    QJsonObject details = event.details;
    QJsonArray boxes;
    for (const NormalizedRect &box : event.boxes)
        boxes.append(ipc::rectToJson(box));
    details.insert(QStringLiteral("pluginId"), pluginId);
    details.insert(QStringLiteral("phase"), ipc::eventPhaseKey(event.phase));
    details.insert(QStringLiteral("eventId"), QString::number(event.eventId));
    details.insert(QStringLiteral("startTimestampUs"), QString::number(event.startTimestampUs));
    details.insert(QStringLiteral("confidence"), event.confidence);
    details.insert(QStringLiteral("boxes"), boxes);
    out.details = details;
    return out;
}

Event analyticsFailureEvent(const QString &cameraId, const QString &pluginId, const QString &reason,
                            const QString &summary, QJsonObject details)
{
    Event event;
    event.source = EventSource::Analytics;
    event.type = kAnalyticsFailureType;
    event.cameraId = cameraId;
    event.time = QDateTime::currentDateTimeUtc();
    event.severity = severityOfPriority(2);
    event.summary = summary;
    details.insert(QStringLiteral("reason"), reason);
    if (!pluginId.isEmpty())
        details.insert(QStringLiteral("pluginId"), pluginId);
    event.details = details;
    return event;
}

QList<CameraExternalEvent> externalEventsFromBus(const Event &event)
{
    QList<CameraExternalEvent> out;
    if (event.source != EventSource::External || event.type.isEmpty())
        return out;
    const QJsonObject door = event.details.value(QStringLiteral("door")).toObject();
    if (door.isEmpty()) {
        if (std::optional<ExternalEvent> external = externalEventFromBus(event))
            out.append({event.cameraId, *external});
        return out;
    }
    const QString doorId = door.value(QStringLiteral("id")).toString();
    QJsonObject details = event.details;
    details.remove(QStringLiteral("door"));
    details.insert(QStringLiteral("doorId"), doorId);
    for (const QJsonValue &camera : door.value(QStringLiteral("cameras")).toArray()) {
        const QString cameraId = camera[QStringLiteral("camera")].toString();
        if (cameraId.isEmpty())
            continue;
        QJsonObject perCamera = details;
        perCamera.insert(QStringLiteral("doorZone"), camera[QStringLiteral("zone")].toString());
        // The access-control system's reader id, or the door when it sent none.
        QString sourceId = details.value(QStringLiteral("sourceId")).toString();
        if (sourceId.isEmpty())
            sourceId = doorId;
        out.append({cameraId, ExternalEvent{event.type, sourceId,
                                            event.time.toMSecsSinceEpoch() * 1000, perCamera}});
    }
    return out;
}

std::optional<ExternalEvent> externalEventFromBus(const Event &event)
{
    if (event.source != EventSource::External || event.cameraId.isEmpty() || event.type.isEmpty())
        return std::nullopt;
    return ExternalEvent{event.type, event.details.value(QStringLiteral("sourceId")).toString(),
                         event.time.toMSecsSinceEpoch() * 1000, event.details};
}

} // namespace vigil
