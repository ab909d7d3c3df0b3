#pragma once
// DeviceHealthMonitor: turns the stream engine's per-stream states into device health events on
// the EventBus. A camera whose streams all fail (reconnecting, stalled, offline) for longer than
// a grace period (reconnect attempts in between still count as down) raises "video_loss" once;
// when one of its streams is live again after that, "video_restored" follows (RuleSet::restores
// decides what that does to the alert). Short glitches inside the grace period raise nothing.
// A stream nobody watches any more (released) is forgotten: that is neither a loss nor a restore.
//
// Thread contract: lives on the StreamManager's thread (the GUI thread) and is fed there
// (onStreamStatus is connected with a direct connection by attach()). publish() on the bus is
// thread-safe. The bus, the clock and the StreamManager must outlive the monitor.

#include "events/eventbus.h"
#include "media/streamtypes.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace vigil {

class Clock;
class StreamManager;

class DeviceHealthMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultGraceMs = 5000;

    DeviceHealthMonitor(EventBus &bus, const Clock &clock, QObject *parent = nullptr);

    void attach(StreamManager &streams);
    void setGraceMs(int ms) { m_graceMs = ms; }
    // Camera id → area (site node), so area rules apply to device health events too.
    void setCameraAreas(QHash<QString, QString> areas) { m_areas = std::move(areas); }
    bool isLost(const QString &cameraId) const { return m_reportedLost.contains(cameraId); }

    void onStreamStatus(const QString &ingestKey, const QString &cameraId,
                        const vigil::StreamStatus &status);

private:
    enum class Health
    {
        Unwatched,  // no stream of the camera is open
        Connecting, // (re)connecting: neither live nor failed right now
        Live,
        Failing
    };
    Health cameraHealth(const QString &cameraId) const;
    void evaluate(const QString &cameraId);
    void publish(const QString &cameraId, const QString &type, const StreamStatus &status);

    EventBus &m_bus;
    const Clock &m_clock;
    int m_graceMs = kDefaultGraceMs;
    QHash<QString, QString> m_areas;
    struct Ingest
    {
        QString cameraId;
        StreamStatus status;
    };
    QHash<QString, Ingest> m_ingests;           // by ingest key
    QHash<QString, quint64> m_failingSince;     // camera → generation of its failing period
    QHash<QString, StreamStatus> m_lastFailure; // camera → its latest failure status
    QSet<QString> m_reportedLost;               // cameras whose loss was published
    quint64 m_generation = 0;
};

} // namespace vigil
