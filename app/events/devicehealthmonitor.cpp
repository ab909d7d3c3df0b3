#include "events/devicehealthmonitor.h"

#include "alerts/clock.h"
#include "media/streamingest.h" // streamFaultKey
#include "media/streammanager.h"

#include <QTimer>

namespace vigil {

namespace {

bool isFailure(StreamState state)
{
    return state == StreamState::Reconnecting || state == StreamState::Stalled ||
           state == StreamState::Offline;
}

} // namespace

DeviceHealthMonitor::DeviceHealthMonitor(EventBus &bus, const Clock &clock, QObject *parent)
    : QObject(parent), m_bus(bus), m_clock(clock)
{}

void DeviceHealthMonitor::attach(StreamManager &streams)
{
    connect(&streams, &StreamManager::streamStatusChanged, this,
            &DeviceHealthMonitor::onStreamStatus, Qt::DirectConnection);
}

void DeviceHealthMonitor::onStreamStatus(const QString &ingestKey, const QString &cameraId,
                                         const StreamStatus &status)
{
    if (cameraId.isEmpty())
        return;
    if (status.state == StreamState::Idle)
        m_ingests.remove(ingestKey);
    else
        m_ingests.insert(ingestKey, Ingest{cameraId, status});
    if (isFailure(status.state))
        m_lastFailure.insert(cameraId, status);
    evaluate(cameraId);
}

DeviceHealthMonitor::Health DeviceHealthMonitor::cameraHealth(const QString &cameraId) const
{
    bool watched = false;
    bool failing = false;
    for (const Ingest &ingest : m_ingests) {
        if (ingest.cameraId != cameraId)
            continue;
        if (ingest.status.state == StreamState::Live)
            return Health::Live; // one live stream is enough to see the scene
        watched = true;
        failing = failing || isFailure(ingest.status.state);
    }
    if (!watched)
        return Health::Unwatched;
    return failing ? Health::Failing : Health::Connecting;
}

void DeviceHealthMonitor::evaluate(const QString &cameraId)
{
    switch (cameraHealth(cameraId)) {
    case Health::Live:
        m_failingSince.remove(cameraId);
        m_lastFailure.remove(cameraId);
        if (m_reportedLost.remove(cameraId))
            publish(cameraId, QStringLiteral("video_restored"), StreamStatus{StreamState::Live});
        return;
    case Health::Unwatched: // released from the wall: forget it
        m_failingSince.remove(cameraId);
        m_lastFailure.remove(cameraId);
        m_reportedLost.remove(cameraId);
        return;
    case Health::Connecting:
        // A retry after a failure keeps the failing period (and a reported loss) running; a
        // first connection attempt has not failed yet.
        return;
    case Health::Failing: {
        if (m_reportedLost.contains(cameraId) || m_failingSince.contains(cameraId))
            return;
        const quint64 generation = ++m_generation;
        m_failingSince.insert(cameraId, generation);
        QTimer::singleShot(m_graceMs, this, [this, cameraId, generation] {
            if (m_failingSince.value(cameraId) != generation)
                return; // live again (or released) in the meantime
            m_failingSince.remove(cameraId);
            const StreamStatus failure = m_lastFailure.value(cameraId);
            m_reportedLost.insert(cameraId);
            publish(cameraId, QStringLiteral("video_loss"), failure);
        });
        return;
    }
    }
}

void DeviceHealthMonitor::publish(const QString &cameraId, const QString &type,
                                  const StreamStatus &status)
{
    Event event;
    event.source = EventSource::DeviceHealth;
    event.type = type;
    event.cameraId = cameraId;
    event.area = m_areas.value(cameraId);
    event.time = m_clock.now();
    const bool loss = type == QLatin1String("video_loss");
    event.severity = loss ? 70 : 0;
    event.summary = loss ? status.reason : QString();
    if (loss) {
        event.details.insert(QStringLiteral("state"), streamStateKey(status.state));
        event.details.insert(QStringLiteral("fault"), status.fault == StreamFault::None
                                                          ? QString()
                                                          : streamFaultKey(status.fault));
        event.details.insert(QStringLiteral("reconnects"), status.reconnects);
    }
    m_bus.publish(event);
}

} // namespace vigil
