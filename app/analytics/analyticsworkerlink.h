#pragma once
// AnalyticsWorkerLink: the supervisor's machinery, on a thread of its own. It owns the worker
// process (QProcess running vigil-analyticsd), the local server it connects to, the per-camera
// frame rings, and the watchdog:
// - on the worker's hello (its plugin manifests) it creates one ring per (camera, pixel format),
//   points the cameras' frame feeds at them and sends the agent configuration;
// - frame feeds announce new frames (queued from the ingest threads); it forwards them;
// - results become vigil Events on the EventBus and objectsReady() signals; events that open an
//   alert get a JPEG snapshot of their frame, copied from the ring and written on this thread
//   (a few ms, only for such events);
// - a crash, a silent worker (no heartbeat) or a plugin call running too long (read from the
//   ring's call clocks) kills the worker, raises an `analytics_failure` event for the camera
//   whose plugin was running (camera-less when nobody can be blamed), and restarts it after a
//   capped exponential backoff. A (camera, plugin) blamed `maxStrikes` times is left out until
//   the configuration changes. Lasting events the dead worker left open are ended (details
//   `endedBy`), so their alerts do not stay open.
//
// Thread contract: created by AnalyticsSupervisor and moved to its private thread; every slot
// runs there (the supervisor calls them queued or blocking-queued). Signals are emitted on that
// thread. EventBus::publish() is thread-safe. The feeds are shared with the supervisor's thread
// and the ingest threads (AnalyticsFrameFeed is thread-safe).

#include "analytics/analyticsframefeed.h"
#include "analytics/analyticsipc.h"
#include "analytics/analyticssupervisoroptions.h"
#include "analytics/cameraanalyticsconfig.h"
#include "events/event.h"

#include <vigil/analyticsresult.h>
#include <vigil/externalevent.h>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class QLocalServer;
class QLocalSocket;
class QProcess;

namespace vigil {

class EventBus;

using FeedMap = QHash<QString, std::shared_ptr<AnalyticsFrameFeed>>;

class AnalyticsWorkerLink : public QObject
{
    Q_OBJECT
public:
    AnalyticsWorkerLink(EventBus *bus, AnalyticsSupervisorOptions options);
    ~AnalyticsWorkerLink() override;

    void start();
    void stop(); // quits the worker (its open events are flushed), clears the rings
    void setConfigs(const CameraAnalyticsConfigList &configs, const FeedMap &feeds);
    void onFrameReady(int ringIndex, quint64 frameNumber, qint64 timestampUs);
    void deliverExternal(const QString &cameraId, const ExternalEvent &event);
    // Events that open an alert (instant, started) get a JPEG of their frame saved here; empty:
    // no snapshots.
    void setSnapshotDirectory(const QString &directory) { m_snapshotDirectory = directory; }

signals:
    // Once per camera and analysed frame (per pixel-format ring: a camera whose plugins want
    // gray and BGR frames gets one list from each), with the objects of all its agents.
    void objectsReady(const QString &cameraId, qint64 timestampUs,
                      const QList<vigil::ObjectMetadata> &objects);
    void workerStateChanged(bool running, int restarts);
    void pluginsReported(const QStringList &loadedIds, const QStringList &refusals);

private:
    struct PluginInfo;
    struct Ring;
    struct AgentPlan;
    struct Culprit
    {
        QString cameraId;
        QString pluginId;
    };

    void launch();
    void onNewConnection();
    void onReadyRead();
    void handle(const ipc::Message &message);
    void onHello(const QJsonObject &message);
    void onResults(const ipc::ResultsBatch &batch);
    void onAgentStatus(const QJsonObject &message);
    void onProcessFinished(int exitCode, int exitStatus);
    void watchdogTick();
    void killWorker(const QString &reason, const QString &detail, QList<Culprit> culprits);
    void handleFailure(const QString &reason, const QString &detail, QList<Culprit> culprits);
    QList<Culprit> runningCalls(qint64 olderThanMs) const;
    void rebuildPlan();
    void sendConfigure();
    void send(const QJsonObject &message);
    void publishFailure(const QString &cameraId, const QString &pluginId, const QString &reason,
                        const QString &summary, QJsonObject details);
    void dropConnection();
    void endOpenEvents(const QString &reason);
    QString takeSnapshot(const QString &cameraId, const QString &pluginId, qint64 frameTimestampUs,
                         const AnalyticsEvent &event);

    EventBus *m_bus;
    const AnalyticsSupervisorOptions m_options;
    QLocalServer *m_server = nullptr;
    QLocalSocket *m_socket = nullptr;
    QProcess *m_process = nullptr;
    ipc::MessageReader m_reader;
    QTimer m_watchdog;
    QTimer m_restartTimer;
    QElapsedTimer m_clock;

    enum class State
    {
        Stopped,
        Starting,
        Running,
        WaitingRestart
    };
    State m_state = State::Stopped;
    qint64 m_launchedAtMs = 0;
    qint64 m_runningSinceMs = 0;
    qint64 m_lastMessageMs = 0;
    int m_restarts = 0;
    int m_consecutiveFailures = 0;
    bool m_killPending = false;
    QString m_killReason;
    QString m_killDetail;
    QList<Culprit> m_killCulprits;

    CameraAnalyticsConfigList m_configs;
    FeedMap m_feeds;
    QHash<QString, std::shared_ptr<PluginInfo>> m_plugins; // from the worker's hello
    QHash<QString, std::shared_ptr<Ring>> m_rings;         // by "camera|format"
    QHash<int, AgentPlan> m_plan;                          // by agent id
    QHash<QString, int> m_agentIds;                        // "camera|plugin" → stable id
    QHash<QString, int> m_strikes;                         // "camera|plugin" → failures blamed
    QSet<QString> m_disabled;                              // "camera|plugin" left out
    QSet<QString> m_reportedProblems;                      // agent errors already published
    QHash<QString, Event> m_openEvents; // "camera|plugin|eventId" → its Started event
    int m_nextRingIndex = 0;
    int m_nextAgentId = 1;
    QString m_snapshotDirectory;
    RingFrame m_snapshotFrame; // reused buffer
};

} // namespace vigil
