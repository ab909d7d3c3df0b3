#pragma once
// How analytics results become vigil Events on the bus: a plugin's AnalyticsEvent, and the
// runtime's own `analytics_failure` diagnostics.
//
// Thread contract: pure functions; callable from any thread.

#include "events/event.h"

#include <vigil/analyticsresult.h>

#include <QJsonObject>
#include <QString>

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

} // namespace vigil
