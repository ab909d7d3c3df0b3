#pragma once
// AnalyticsWorker: the body of the vigil-analyticsd process. It connects to the app's local
// socket, reports the plugins it found, creates one agent per configured (camera, plugin), and
// runs each agent on the newest frame of its camera's shared-memory ring whenever the app
// announces a frame and the scheduler admits it (frame rate per agent, global CPU budget).
// Results, agent errors and a heartbeat (progress, drops, the longest running call) go back
// over the socket.
//
// Thread contract: the AnalyticsWorker object, the socket, the PluginHost and the scheduler live
// on the process's main thread. Plugin calls (processFrame, external events) run on a thread
// pool; one agent is handed to at most one pool task at a time (its `busy` flag, set and
// cleared on the main thread), so calls on one agent never overlap. The idle agents of one ring
// admitted for a frame run in turn in one task (one copy of the frame, one reply). setSettings(),
// flush() and destruction happen on the main thread only while the agent is idle. A task's result
// returns to the main thread by a queued call.

#include "analytics/analyticsipc.h"
#include "analytics/analyticsscheduler.h"
#include "analytics/framering.h"
#include "analytics/pluginhost.h"

#include <vigil/externalevent.h>

#include <QHash>
#include <QJsonObject>
#include <QLocalSocket>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <utility>
#include <vector>

namespace vigil {

// Installs the handler that records, in the frame ring, which agent call crashed the process.
void installCrashMarker();

class AnalyticsWorker : public QObject
{
    Q_OBJECT
public:
    AnalyticsWorker(QStringList pluginDirectories, int threads, QObject *parent = nullptr);
    ~AnalyticsWorker() override;

    // False while an agent call is still running (a hung plugin): the process must then end
    // with _Exit instead of destroying agents that are in use.
    bool idle() const { return m_pool.activeThreadCount() == 0; }

    // Connects to the app's server; the process exits when the connection ends.
    void connectTo(const QString &serverName);

private:
    struct Agent;
    struct CallResult;

    void onReadyRead();
    void handle(const ipc::Message &message);
    void configure(const QJsonObject &message);
    void onFrame(int ringIndex, qint64 timestampUs);
    void deliverExternal(const QJsonObject &message);
    struct BatchItem;
    using Batch = std::vector<BatchItem>;
    bool admit(Agent &agent, qint64 timestampUs); // pending settings, then the scheduler
    void dispatchRing(int ringIndex, qint64 timestampUs, bool countBusy);
    void onBatchDone(int ringIndex, const std::vector<std::pair<int, CallResult>> &results);
    void onCallDone(int agentId, const CallResult &result);
    void retire(Agent &agent);
    void sendHeartbeat();
    void send(const QJsonObject &message);
    void sendFramed(const QByteArray &framed);
    void shutDown();

    QStringList m_pluginDirectories;
    PluginHost m_host;
    QLocalSocket m_socket;
    ipc::MessageReader m_reader;
    QThreadPool m_pool;
    QTimer m_heartbeat;
    AnalyticsScheduler m_scheduler;
    QHash<int, std::shared_ptr<Agent>> m_agents;
    QHash<int, QString> m_ringNames;        // ring index → shm name
    QHash<int, qint64> m_ringLatestUs;      // ring index → newest announced frame time
    QHash<int, quint64> m_ringLatestNumber; // ring index → newest announced frame number
    ipc::ResultsBatch m_batch;              // reused for every frame's results message
    qint64 m_lastSentMs = 0; // FrameRingMapping::monotonicMs() of the last message sent
    quint64 m_processed = 0;
    quint64 m_droppedRate = 0;
    quint64 m_droppedBudget = 0;
    quint64 m_droppedBusy = 0;
    bool m_quitting = false;
};

} // namespace vigil
