#include "analyticsworker.h"

#include "analytics/analyticsipc.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringBuilder>

#include <csignal>
#include <ctime>
#include <optional>

namespace vigil {

namespace {

constexpr int kHeartbeatMs = 500;
constexpr int kMaxPendingExternal = 64;

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

double threadCpuMs()
{
    timespec now{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

QJsonObject manifestSummary(const PluginManifest &manifest)
{
    QJsonArray eventTypes;
    for (const EventTypeDescriptor &type : manifest.eventTypes)
        eventTypes.append(QJsonObject{{str("id"), type.id},
                                      {str("priority"), type.defaultPriority},
                                      {str("alert"), type.alert},
                                      {str("storeEvent"), type.storeEvent},
                                      {str("name"), type.name.en}});
    return {
        {str("id"), manifest.id},
        {str("version"), manifest.version},
        {str("sdkVersion"), manifest.sdkVersion},
        {str("frameRate"), manifest.stream.frameRate},
        {str("pixelFormat"), pixelFormatKey(manifest.stream.pixelFormat)},
        {str("profile"), manifest.stream.profile == StreamProfile::Main ? str("main") : str("sub")},
        {str("eventTypes"), eventTypes}};
}

// The agent call running on this thread, for the crash handler.
thread_local const FrameRingMapping *t_callRing = nullptr;
thread_local int t_callAgentIndex = -1;

// Records in the ring which agent's call crashed, then lets the signal kill the process as usual
// (the handler was installed with SA_RESETHAND).
void onCrashSignal(int signal)
{
    if (t_callRing)
        t_callRing->markCrashed(t_callAgentIndex);
    ::raise(signal);
}

} // namespace

void installCrashMarker()
{
    struct sigaction action
    {};
    action.sa_handler = onCrashSignal;
    action.sa_flags = SA_RESETHAND | SA_NODEFER;
    sigemptyset(&action.sa_mask);
    for (int signal : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT})
        ::sigaction(signal, &action, nullptr);
}

struct AnalyticsWorker::Agent
{
    int id = 0;
    QString cameraId;
    QString pluginId;
    QJsonObject settings;
    int ringIndex = -1;
    int ringAgentIndex = -1;
    std::unique_ptr<AnalyticsAgent> agent;
    std::unique_ptr<FrameRingReader> reader;
    RingFrame frame; // pixels reused from call to call
    quint64 lastFrameNumber = 0;
    bool busy = false;
    bool pending = false; // a frame arrived while busy: run the newest once done
    bool retired = false; // removed by a new configuration: destroy once idle
    std::optional<QJsonObject> pendingSettings;
    QList<ExternalEvent> externals; // delivered at the start of the next call
};

struct AnalyticsWorker::CallResult
{
    bool ran = false;
    quint64 frameNumber = 0;
    qint64 timestampUs = 0;
    FrameResult result;
    double cpuMs = 0;
};

struct AnalyticsWorker::BatchItem
{
    std::shared_ptr<Agent> agent;
    QList<ExternalEvent> externals; // delivered before its frame
};

AnalyticsWorker::AnalyticsWorker(QStringList pluginDirectories, int threads, QObject *parent)
    : QObject(parent), m_pluginDirectories(std::move(pluginDirectories))
{
    m_pool.setMaxThreadCount(std::max(1, threads));
    m_heartbeat.setInterval(kHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &AnalyticsWorker::sendHeartbeat);
    connect(&m_socket, &QLocalSocket::readyRead, this, &AnalyticsWorker::onReadyRead);
    connect(&m_socket, &QLocalSocket::disconnected, this, &AnalyticsWorker::shutDown);
    connect(&m_socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError) {
        qWarning("vigil-analyticsd: socket: %s", qPrintable(m_socket.errorString()));
        shutDown();
    });
}

AnalyticsWorker::~AnalyticsWorker()
{
    m_pool.waitForDone(1000);
}

void AnalyticsWorker::connectTo(const QString &serverName)
{
    m_socket.connectToServer(serverName);
    if (!m_socket.waitForConnected(5000)) {
        qWarning("vigil-analyticsd: cannot connect to %s: %s", qPrintable(serverName),
                 qPrintable(m_socket.errorString()));
        QMetaObject::invokeMethod(
            qApp, [] { QCoreApplication::exit(2); }, Qt::QueuedConnection);
        return;
    }
    const PluginScanReport report = m_host.scan(m_pluginDirectories);
    QJsonArray plugins;
    for (const LoadedPluginInfo &plugin : report.loaded)
        plugins.append(manifestSummary(plugin.manifest));
    QJsonArray refused;
    for (const PluginRefusal &refusal : report.refused)
        refused.append(refusal.message);
    send({{str("type"), str(ipc::kHello)},
          {str("pid"), double(QCoreApplication::applicationPid())},
          {str("plugins"), plugins},
          {str("refused"), refused}});
    m_heartbeat.start();
}

void AnalyticsWorker::send(const QJsonObject &message)
{
    sendFramed(ipc::encodeMessage(message));
}

void AnalyticsWorker::sendFramed(const QByteArray &framed)
{
    if (m_socket.state() == QLocalSocket::ConnectedState) {
        m_socket.write(framed);
        m_lastSentMs = FrameRingMapping::monotonicMs();
    }
}

void AnalyticsWorker::onReadyRead()
{
    m_reader.append(m_socket.readAll());
    while (auto message = m_reader.next())
        handle(*message);
    if (m_reader.failed()) {
        qWarning("vigil-analyticsd: bad control message: %s", qPrintable(m_reader.error()));
        shutDown();
    }
}

void AnalyticsWorker::handle(const ipc::Message &message)
{
    const QString &type = message.type;
    if (message.binary && type == str(ipc::kFrame)) {
        m_ringLatestNumber[message.frame.ring] = message.frame.frameNumber;
        onFrame(message.frame.ring, message.frame.timestampUs);
    } else if (message.binary) {
        qWarning("vigil-analyticsd: ignoring binary message \"%s\"", qPrintable(type));
    } else if (type == str(ipc::kConfigure)) {
        configure(message.json);
    } else if (type == str(ipc::kExternal)) {
        deliverExternal(message.json);
    } else if (type == str(ipc::kQuit)) {
        shutDown();
    } else {
        qWarning("vigil-analyticsd: ignoring unknown message type \"%s\"", qPrintable(type));
    }
}

void AnalyticsWorker::configure(const QJsonObject &message)
{
    m_scheduler.setBudgetCores(message.value(str("budgetCores")).toDouble(1.0));
    m_ringNames.clear();
    for (const QJsonValue &ring : message.value(str("rings")).toArray())
        m_ringNames.insert(ring[str("index")].toInt(), ring[str("name")].toString());

    QHash<int, QJsonObject> wanted;
    for (const QJsonValue &value : message.value(str("agents")).toArray())
        wanted.insert(value[str("agent")].toInt(), value.toObject());

    for (auto it = m_agents.begin(); it != m_agents.end(); ++it) {
        Agent &agent = **it;
        const QJsonObject spec = wanted.value(agent.id);
        const bool same = !spec.isEmpty() &&
                          spec.value(str("cameraId")).toString() == agent.cameraId &&
                          spec.value(str("pluginId")).toString() == agent.pluginId &&
                          m_ringNames.value(spec.value(str("ring")).toInt()) ==
                              m_ringNames.value(agent.ringIndex, agent.reader->name()) &&
                          spec.value(str("ringAgent")).toInt() == agent.ringAgentIndex;
        if (!same) {
            retire(agent);
            continue;
        }
        const QJsonObject settings = spec.value(str("settings")).toObject();
        if (settings != agent.settings)
            agent.pendingSettings = settings;
        wanted.remove(agent.id);
    }
    for (auto it = m_agents.begin(); it != m_agents.end();) {
        if ((*it)->retired && !(*it)->busy) {
            m_scheduler.removeAgent((*it)->id);
            it = m_agents.erase(it);
        } else {
            ++it;
        }
    }

    for (const QJsonObject &spec : std::as_const(wanted)) {
        auto agent = std::make_shared<Agent>();
        agent->id = spec.value(str("agent")).toInt();
        agent->cameraId = spec.value(str("cameraId")).toString();
        agent->pluginId = spec.value(str("pluginId")).toString();
        agent->settings = spec.value(str("settings")).toObject();
        agent->ringIndex = spec.value(str("ring")).toInt(-1);
        agent->ringAgentIndex = spec.value(str("ringAgent")).toInt(-1);
        QString error;
        const PluginManifest *manifest = m_host.manifest(agent->pluginId);
        if (!manifest) {
            error =
                QStringLiteral("plugin %1 is not installed or was refused").arg(agent->pluginId);
        } else if (!m_ringNames.contains(agent->ringIndex)) {
            error = QStringLiteral("configuration names ring %1, which was not sent")
                        .arg(agent->ringIndex);
        } else {
            agent->reader = FrameRingReader::open(m_ringNames.value(agent->ringIndex), &error);
            if (agent->reader)
                agent->agent = m_host.createAgent(
                    agent->pluginId, {agent->cameraId, agent->cameraId, agent->settings}, &error);
        }
        send({{str("type"), str(ipc::kAgentStatus)},
              {str("agent"), agent->id},
              {str("cameraId"), agent->cameraId},
              {str("pluginId"), agent->pluginId},
              {str("ok"), agent->agent != nullptr},
              {str("error"), error}});
        if (!agent->agent)
            continue;
        // Frames written before this agent existed are not its business.
        agent->lastFrameNumber = m_ringLatestNumber.value(agent->ringIndex);
        m_scheduler.setAgentFrameRate(agent->id, manifest->stream.frameRate);
        m_agents.insert(agent->id, agent);
    }
}

void AnalyticsWorker::retire(Agent &agent)
{
    agent.retired = true;
    agent.pending = false;
    if (agent.busy)
        return; // destroyed in onCallDone()
    const QList<AnalyticsEvent> ended = agent.agent->flush(m_ringLatestUs.value(agent.ringIndex));
    if (!ended.isEmpty()) {
        ipc::ResultsBatch batch;
        batch.cameraId = agent.cameraId;
        batch.timestampUs = m_ringLatestUs.value(agent.ringIndex);
        batch.flushed = true;
        batch.agents.push_back({agent.id, agent.pluginId, ended, {}});
        sendFramed(ipc::encodeResults(batch));
    }
    agent.agent.reset();
}

void AnalyticsWorker::onFrame(int ringIndex, qint64 timestampUs)
{
    m_ringLatestUs[ringIndex] = timestampUs;
    dispatchRing(ringIndex, timestampUs, true);
}

void AnalyticsWorker::deliverExternal(const QJsonObject &message)
{
    const QString cameraId = message.value(str("cameraId")).toString();
    ExternalEvent event{message.value(str("typeId")).toString(),
                        message.value(str("sourceId")).toString(),
                        message.value(str("timestampUs")).toString().toLongLong(),
                        message.value(str("details")).toObject()};
    for (const std::shared_ptr<Agent> &agent : std::as_const(m_agents)) {
        if (agent->cameraId != cameraId || agent->retired || !agent->agent ||
            !externalEventReceiver(agent->agent.get()))
            continue;
        if (agent->externals.size() >= kMaxPendingExternal)
            agent->externals.removeFirst();
        agent->externals.append(event);
    }
}

bool AnalyticsWorker::admit(Agent &agent, qint64 timestampUs)
{
    if (agent.pendingSettings) {
        QString error;
        if (!agent.agent->setSettings(*agent.pendingSettings, &error))
            send({{str("type"), str(ipc::kAgentStatus)},
                  {str("agent"), agent.id},
                  {str("cameraId"), agent.cameraId},
                  {str("pluginId"), agent.pluginId},
                  {str("ok"), true},
                  {str("error"), QStringLiteral("new settings refused: ") + error}});
        else
            agent.settings = *agent.pendingSettings;
        agent.pendingSettings.reset();
    }
    switch (m_scheduler.offer(agent.id, timestampUs, FrameRingMapping::monotonicMs())) {
    case AnalyticsScheduler::Decision::DropRate:
        ++m_droppedRate;
        return false;
    case AnalyticsScheduler::Decision::DropBudget:
        ++m_droppedBudget;
        return false;
    case AnalyticsScheduler::Decision::Run:
        break;
    }
    return true;
}

void AnalyticsWorker::dispatchRing(int ringIndex, qint64 timestampUs, bool countBusy)
{
    if (m_quitting)
        return;
    const quint64 latest = m_ringLatestNumber.value(ringIndex);
    Batch batch;
    for (const std::shared_ptr<Agent> &agent : std::as_const(m_agents)) {
        if (agent->ringIndex != ringIndex || agent->retired)
            continue;
        if (agent->busy) {
            if (countBusy)
                ++m_droppedBusy;
            agent->pending = true;
            continue;
        }
        if (agent->lastFrameNumber >= latest) // nothing new for it
            continue;
        if (!admit(*agent, timestampUs))
            continue;
        agent->busy = true;
        agent->pending = false;
        BatchItem item;
        item.agent = agent;
        item.externals.swap(agent->externals);
        batch.push_back(std::move(item));
    }
    if (batch.empty())
        return;
    // One pool task runs the whole batch in turn: the frame leaves the ring in one copy for all
    // agents of the ring, the results return in one queued call, and their messages leave in one
    // socket write.
    m_pool.start([this, batch = std::move(batch), ringIndex]() mutable {
        // The first agent's buffer holds the frame: that agent is busy until the batch is done.
        RingFrame &frame = batch.front().agent->frame;
        quint64 after = batch.front().agent->lastFrameNumber;
        for (const BatchItem &item : batch)
            after = std::min(after, item.agent->lastFrameNumber);
        std::vector<std::pair<int, CallResult>> results;
        results.reserve(batch.size());
        double cpuStart = threadCpuMs();
        const bool haveFrame = batch.front().agent->reader->readLatest(after, &frame);
        for (BatchItem &item : batch) {
            Agent &a = *item.agent;
            CallResult call;
            a.reader->markCallStarted(a.ringAgentIndex);
            t_callRing = a.reader.get();
            t_callAgentIndex = a.ringAgentIndex;
            if (ExternalEventReceiver *receiver = externalEventReceiver(a.agent.get())) {
                for (const ExternalEvent &event : std::as_const(item.externals))
                    receiver->receiveExternalEvent(event);
            }
            if (haveFrame && frame.frameNumber > a.lastFrameNumber) {
                call.ran = true;
                call.frameNumber = frame.frameNumber;
                call.timestampUs = frame.timestampUs;
                call.result = a.agent->processFrame(frame.view(a.cameraId));
            }
            t_callRing = nullptr;
            a.reader->markCallEnded(a.ringAgentIndex);
            const double now = threadCpuMs();
            call.cpuMs = now - cpuStart;
            cpuStart = now;
            results.emplace_back(a.id, std::move(call));
        }
        batch.clear(); // before the main thread may remove the agents
        QMetaObject::invokeMethod(
            this,
            [this, results = std::move(results), ringIndex] { onBatchDone(ringIndex, results); },
            Qt::QueuedConnection);
    });
}

void AnalyticsWorker::onBatchDone(int ringIndex,
                                  const std::vector<std::pair<int, CallResult>> &results)
{
    // The results of every agent of the ring that ran on this frame leave in ONE message.
    m_batch.agents.clear();
    for (const auto &[agentId, call] : results) {
        const std::shared_ptr<Agent> agent = m_agents.value(agentId);
        if (!agent || !call.ran)
            continue;
        m_batch.cameraId = agent->cameraId;
        m_batch.frameNumber = call.frameNumber;
        m_batch.timestampUs = call.timestampUs;
        m_batch.agents.push_back(
            {agentId, agent->pluginId, call.result.events, call.result.objects});
    }
    if (!m_batch.agents.empty()) {
        m_batch.flushed = false;
        sendFramed(ipc::encodeResults(m_batch));
        m_socket.flush(); // now, not on another pass of the event loop
    }
    for (const auto &[agentId, call] : results)
        onCallDone(agentId, call); // may retire an agent, whose flushed events follow
    // Agents that missed frames while busy run the newest one now (with the ring's other idle
    // agents that have not seen it).
    for (const std::shared_ptr<Agent> &agent : std::as_const(m_agents)) {
        if (agent->ringIndex == ringIndex && agent->pending && !agent->busy &&
            m_ringLatestNumber.value(ringIndex) > agent->lastFrameNumber) {
            dispatchRing(ringIndex, m_ringLatestUs.value(ringIndex), false);
            break;
        }
    }
}

void AnalyticsWorker::onCallDone(int agentId, const CallResult &call)
{
    const std::shared_ptr<Agent> agent = m_agents.value(agentId);
    if (!agent)
        return;
    agent->busy = false;
    m_scheduler.charge(call.cpuMs);
    if (call.ran) { // its results went out in onBatchDone()
        ++m_processed;
        agent->lastFrameNumber = call.frameNumber;
    }
    if (agent->retired) {
        retire(*agent);
        m_scheduler.removeAgent(agentId);
        m_agents.remove(agentId);
    }
}

void AnalyticsWorker::sendHeartbeat()
{
    // Any message shows the app that the worker is alive: while results flow, no heartbeat.
    if (FrameRingMapping::monotonicMs() - m_lastSentMs < kHeartbeatMs)
        return;
    qint64 longestCallMs = 0;
    const qint64 now = FrameRingMapping::monotonicMs();
    quint64 tornReads = 0;
    for (const std::shared_ptr<Agent> &agent : std::as_const(m_agents)) {
        if (!agent->reader)
            continue;
        const qint64 started = agent->reader->callStartedMs(agent->ringAgentIndex);
        if (agent->busy && started > 0)
            longestCallMs = std::max(longestCallMs, now - started);
        tornReads += agent->reader->tornReads();
    }
    send({{str("type"), str(ipc::kHeartbeat)},
          {str("processed"), double(m_processed)},
          {str("droppedRate"), double(m_droppedRate)},
          {str("droppedBudget"), double(m_droppedBudget)},
          {str("droppedBusy"), double(m_droppedBusy)},
          {str("tornReads"), double(tornReads)},
          {str("agents"), int(m_agents.size())},
          {str("longestCallMs"), double(longestCallMs)}});
}

void AnalyticsWorker::shutDown()
{
    if (m_quitting)
        return;
    m_quitting = true;
    m_heartbeat.stop();
    m_pool.waitForDone(2000);
    QCoreApplication::processEvents(); // results of the calls that just finished (clears busy)
    // End the open events of every idle agent, so their alerts are closed.
    for (const std::shared_ptr<Agent> &agent : std::as_const(m_agents)) {
        if (!agent->busy && agent->agent)
            retire(*agent);
    }
    if (m_socket.state() == QLocalSocket::ConnectedState)
        m_socket.waitForBytesWritten(1000);
    QCoreApplication::exit(0);
}

} // namespace vigil
