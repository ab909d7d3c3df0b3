#pragma once
// How analytics results become vigil Events on the bus: a plugin's AnalyticsEvent, and the
// runtime's own `analytics_failure` diagnostics; and the reverse for external events (access
// control through the event API) that plugins such as tailgating consume.
//
// Thread contract: pure functions; callable from any thread.

#include "events/event.h"

#include <vigil/analyticsresult.h>
#include <vigil/externalevent.h>

#include <QJsonObject>
#include <QString>

#include <optional>

namespace vigil {

inline const QString kAnalyticsFailureType = QStringLiteral("analytics_failure");

// P1 (most urgent) .. P4 → the 0..100 severity that the alert rules map back to a priority.
int severityOfPriority(int priority);

// type = the plugin's event type, time = the phase's frame time, severity from `priority`,
// detectionBox = the first box; details = the plugin's details plus pluginId, phase, eventId,
// startTimestampUs, confidence and boxes.
Event eventFromPlugin(const AnalyticsEvent &event, const QString &cameraId, const QString &pluginId,
                      int priority);

// `cameraId` empty when no camera can be blamed. details gain `reason` and `pluginId`.
Event analyticsFailureEvent(const QString &cameraId, const QString &pluginId, const QString &reason,
                            const QString &summary, QJsonObject details);

// An External-source event about a camera (e.g. {"type": "access.granted", "cameraId": "door-1",
// "details": {"sourceId": "reader-3"}} posted to the event API) as the ExternalEvent the
// camera's agents receive: typeId = type, sourceId = details.sourceId, timestamp = the event time
// in µs (the frame clock). Nothing for other sources or events without a camera.
std::optional<ExternalEvent> externalEventFromBus(const Event &event);

struct CameraExternalEvent
{
    QString cameraId;
    ExternalEvent event;
};

// Every camera an External bus event is for, with the ExternalEvent its agents receive. An event
// that names a door (details.door, filled by the event API from the site's doors) goes to each
// camera bound to the door, its details carrying "doorId" and that camera's "doorZone" (empty:
// any door zone); otherwise to event.cameraId as externalEventFromBus(). Empty for other sources.
QList<CameraExternalEvent> externalEventsFromBus(const Event &event);

} // namespace vigil
