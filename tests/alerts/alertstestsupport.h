#pragma once
// Helpers shared by the alert tests: event builders, a fixed start time, event-loop waiting.

#include "../common/eventwait.h"
#include "events/event.h"

#include <functional>

namespace vigil::test {

inline QDateTime t0()
{
    // A Wednesday, 10:00 UTC.
    return QDateTime(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC);
}

inline Event makeEvent(const QString &type, const QString &cameraId, const QDateTime &time,
                       int severity = 50)
{
    Event event;
    event.type = type;
    event.cameraId = cameraId;
    event.area = QStringLiteral("town-1");
    event.time = time;
    event.severity = severity;
    event.summary = type + QStringLiteral(" at ") + cameraId;
    return event;
}

// Runs the event loop until `done` or the timeout (5 s unless given); returns done().
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs = 5000)
{
    return vigil::testing::waitUntil(done, timeoutMs);
}

} // namespace vigil::test
