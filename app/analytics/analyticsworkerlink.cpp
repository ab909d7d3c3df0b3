#include "analytics/analyticsworkerlink.h"
#include "analytics/analyticsworkerlinkprivate.h"

#include "analytics/analyticsevents.h"
#include "analytics/analyticssnapshot.h"
#include "analytics/pluginmanifest.h"
#include "events/eventbus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QRandomGenerator>

#include <algorithm>

namespace vigil {

using workerlink::agentKey;
using workerlink::str;

namespace {

// The watchdog looks often enough to catch a hang within a tenth of its timeout, and no more
// often: with one camera at 5 fps every wake-up of this thread is a visible share of the cost.
int watchdogTickMs(const AnalyticsSupervisorOptions &options)
{
    return std::clamp(std::min(options.callTimeoutMs, options.heartbeatTimeoutMs) / 10, 50, 500);
}
constexpr int kStopWaitMs = 3000;

} // namespace

AnalyticsWorkerLink::AnalyticsWorkerLink(EventBus *bus, AnalyticsSupervisorOptions options)
    : m_bus(bus), m_options(std::move(options))
{
    m_clock.start();
    m_watchdog.setParent(this);
    m_restartTimer.setParent(this);
    m_watchdog.setInterval(watchdogTickMs(m_options));
    m_restartTimer.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &AnalyticsWorkerLink::watchdogTick);
    connect(&m_restartTimer, &QTimer::timeout, this, &AnalyticsWorkerLink::launch);
}

AnalyticsWorkerLink::~AnalyticsWorkerLink()
{
    stop();
}

void AnalyticsWorkerLink::start()
{
    if (m_state != State::Stopped)
        return;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &AnalyticsWorkerLink::onNewConnection);
    const QString name = QStringLiteral("vigil-analytics-%1-%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    if (!m_server->listen(name)) {
        publishFailure({}, {}, str("startFailed"),
                       tr("Analytics could not start: %1").arg(m_server->errorString()), {});
        delete m_server;
        m_server = nullptr;
        return;
    }
    m_restarts = 0;
    m_consecutiveFailures = 0;
    m_watchdog.start();
    launch();
}

void AnalyticsWorkerLink::launch()
{
    if (!m_server)
        return;
    QString program = m_options.workerPath;
    if (program.isEmpty())
        program = QDir(QCoreApplication::applicationDirPath())
                      .filePath(QStringLiteral("vigil-analyticsd"));
    QStringList arguments{QStringLiteral("--server"), m_server->fullServerName()};
    if (m_options.workerThreads > 0)
        arguments << QStringLiteral("--threads") << QString::number(m_options.workerThreads);
    for (const QString &dir : m_options.extraPluginDirs)
        arguments << QStringLiteral("--plugin-dir") << dir;

    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->setStandardOutputFile(QProcess::nullDevice());
    QProcess *process = m_process;
    connect(process, &QProcess::finished, this, [this, process](int code, QProcess::ExitStatus st) {
        if (process == m_process)
            onProcessFinished(code, int(st));
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart || process != m_process)
            return;
        const QString detail = process->errorString();
        m_process = nullptr;
        process->deleteLater();
        handleFailure(str("startFailed"), detail, {});
    });
    m_state = State::Starting;
    m_launchedAtMs = m_clock.elapsed();
    m_reader = {};
    process->start(program, arguments);
}

void AnalyticsWorkerLink::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        if (m_socket || m_state != State::Starting) { // only the worker we launched, once
            socket->deleteLater();
            continue;
        }
        m_socket = socket;
        m_socket->setParent(this);
        connect(m_socket, &QLocalSocket::readyRead, this, &AnalyticsWorkerLink::onReadyRead);
    }
}

void AnalyticsWorkerLink::onReadyRead()
{
    if (!m_socket)
        return;
    m_reader.append(m_socket->readAll());
    while (auto message = m_reader.next())
        handle(*message);
    if (m_reader.failed())
        killWorker(str("protocol"), m_reader.error(), {});
}

void AnalyticsWorkerLink::handle(const ipc::Message &message)
{
    m_lastMessageMs = m_clock.elapsed();
    if (message.binary) {
        if (message.type == str(ipc::kResults))
            onResults(message.results);
        return;
    }
    const QString &type = message.type;
    if (type == str(ipc::kHeartbeat))
        return;
    else if (type == str(ipc::kHello))
        onHello(message.json);
    else if (type == str(ipc::kAgentStatus))
        onAgentStatus(message.json);
}

void AnalyticsWorkerLink::onHello(const QJsonObject &message)
{
    m_plugins.clear();
    QStringList loaded;
    for (const QJsonValue &value : message.value(str("plugins")).toArray()) {
        auto info = std::make_shared<PluginInfo>();
        info->frameRate = value[str("frameRate")].toDouble(5);
        info->format = ipc::pixelFormatFromKey(value[str("pixelFormat")].toString())
                           .value_or(PixelFormat::Gray8);
        for (const QJsonValue &type : value[str("eventTypes")].toArray()) {
            info->priorities.insert(type[str("id")].toString(), type[str("priority")].toInt(3));
            if (!type[str("alert")].toBool(true))
                info->informational.insert(type[str("id")].toString());
            if (!type[str("storeEvent")].toBool(true))
                info->notStored.insert(type[str("id")].toString());
        }
        const QString id = value[str("id")].toString();
        m_plugins.insert(id, info);
        loaded.append(id);
    }
    QStringList refused;
    for (const QJsonValue &value : message.value(str("refused")).toArray())
        refused.append(value.toString());
    m_state = State::Running;
    m_runningSinceMs = m_clock.elapsed();
    emit pluginsReported(loaded, refused);
    rebuildPlan();
    sendConfigure();
    emit workerStateChanged(true, m_restarts);
}

void AnalyticsWorkerLink::setConfigs(const CameraAnalyticsConfigList &configs, const FeedMap &feeds)
{
    if (configs != m_configs) {
        // A new configuration gets a fresh chance: forget strikes and disabled agents.
        m_strikes.clear();
        m_disabled.clear();
        m_reportedProblems.clear();
    }
    m_configs = configs;
    m_feeds = feeds;
    if (m_state == State::Running) {
        rebuildPlan();
        sendConfigure();
    } else if (!m_plugins.isEmpty()) {
        rebuildPlan(); // rings ready for the next worker
    }
}

void AnalyticsWorkerLink::rebuildPlan()
{
    m_plan.clear();
    QHash<QString, std::shared_ptr<Ring>> rings;
    for (const CameraAnalyticsConfig &config : std::as_const(m_configs)) {
        const QString key = agentKey(config.cameraId, config.pluginId);
        if (!config.enabled || m_disabled.contains(key) || !m_feeds.contains(config.cameraId))
            continue;
        const std::shared_ptr<PluginInfo> plugin = m_plugins.value(config.pluginId);
        if (!plugin) {
            if (!m_reportedProblems.contains(key)) {
                m_reportedProblems.insert(key);
                publishFailure(config.cameraId, config.pluginId, str("pluginMissing"),
                               tr("Analytics plugin %1 is not installed").arg(config.pluginId), {});
            }
            continue;
        }
        const QString ringKey = config.cameraId + QLatin1Char('|') + pixelFormatKey(plugin->format);
        std::shared_ptr<Ring> ring = rings.value(ringKey);
        if (!ring) {
            ring = m_rings.value(ringKey);
            if (!ring) {
                ring = std::make_shared<Ring>();
                ring->index = m_nextRingIndex++;
                ring->cameraId = config.cameraId;
                ring->format = plugin->format;
                const QString name =
                    QStringLiteral("/vigil-%1-r%2-%3")
                        .arg(QCoreApplication::applicationPid())
                        .arg(ring->index)
                        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
                const int width = m_options.maxAnalysisWidth;
                QString error;
                ring->writer =
                    FrameRingWriter::create(name, m_options.ringSlots,
                                            packedFrameBytes(width, width, plugin->format), &error);
                if (!ring->writer) {
                    publishFailure(config.cameraId, config.pluginId, str("startFailed"),
                                   tr("Analytics could not start: %1").arg(error), {});
                    continue;
                }
            }
            ring->agentIds.clear();
            ring->frameRate = 0;
            rings.insert(ringKey, ring);
        }
        if (ring->agentIds.size() >= kFrameRingMaxAgents)
            continue;
        int &id = m_agentIds[key];
        if (id == 0)
            id = m_nextAgentId++;
        ring->frameRate = std::max(ring->frameRate, plugin->frameRate);
        m_plan.insert(id, {config.cameraId, config.pluginId, config.settings, ringKey,
                           int(ring->agentIds.size())});
        ring->agentIds.append(id);
    }
    m_rings = rings; // rings nobody reads any more are released with the feeds' targets below
    for (auto it = m_feeds.cbegin(); it != m_feeds.cend(); ++it) {
        std::vector<AnalyticsFrameFeed::Target> targets;
        for (const std::shared_ptr<Ring> &ring : std::as_const(m_rings)) {
            if (ring->cameraId == it.key())
                targets.push_back({ring->index, ring->writer, ring->format, ring->frameRate});
        }
        it.value()->setTargets(std::move(targets));
    }
}

void AnalyticsWorkerLink::sendConfigure()
{
    QJsonArray rings;
    for (const std::shared_ptr<Ring> &ring : std::as_const(m_rings))
        rings.append(QJsonObject{{str("index"), ring->index}, {str("name"), ring->writer->name()}});
    QJsonArray agents;
    for (auto it = m_plan.cbegin(); it != m_plan.cend(); ++it) {
        agents.append(QJsonObject{{str("agent"), it.key()},
                                  {str("cameraId"), it->cameraId},
                                  {str("pluginId"), it->pluginId},
                                  {str("settings"), it->settings},
                                  {str("ring"), m_rings.value(it->ringKey)->index},
                                  {str("ringAgent"), it->ringAgentIndex}});
    }
    send({{str("type"), str(ipc::kConfigure)},
          {str("budgetCores"), m_options.cpuBudgetCores},
          {str("rings"), rings},
          {str("agents"), agents}});
}

void AnalyticsWorkerLink::send(const QJsonObject &message)
{
    if (m_socket && m_socket->state() == QLocalSocket::ConnectedState)
        m_socket->write(ipc::encodeMessage(message));
}

void AnalyticsWorkerLink::onFrameReady(int ringIndex, quint64 frameNumber, qint64 timestampUs)
{
    if (m_state != State::Running)
        return;
    if (m_socket && m_socket->state() == QLocalSocket::ConnectedState) {
        m_socket->write(ipc::encodeFrameNotice({ringIndex, frameNumber, timestampUs}));
        m_socket->flush(); // now, not on another pass of the event loop
    }
}

void AnalyticsWorkerLink::deliverExternal(const QString &cameraId, const ExternalEvent &event)
{
    if (m_state == State::Running)
        send(ipc::externalEventToJson(cameraId, event));
}

void AnalyticsWorkerLink::onResults(const ipc::ResultsBatch &batch)
{
    const QString &cameraId = batch.cameraId;
    const qint64 timestampUs = batch.timestampUs;
    qsizetype objectCount = 0;
    for (const ipc::AgentResults &agent : batch.agents) {
        objectCount += agent.objects.size();
        if (agent.events.isEmpty())
            continue;
        const QString &pluginId = agent.pluginId;
        const std::shared_ptr<PluginInfo> plugin = m_plugins.value(pluginId);
        for (const AnalyticsEvent &event : agent.events) {
            Event out = eventFromPlugin(event, cameraId, pluginId,
                                        plugin ? plugin->priorities.value(event.typeId, 3) : 3);
            out.informational = plugin && plugin->informational.contains(event.typeId);
            out.storeEvent = !plugin || !plugin->notStored.contains(event.typeId);
            if (event.phase != EventPhase::Ended && !m_snapshotDirectory.isEmpty())
                out.snapshotPath = takeSnapshot(cameraId, pluginId, timestampUs, event);
            const QString openKey =
                agentKey(cameraId, pluginId) + QLatin1Char('|') + QString::number(event.eventId);
            if (event.phase == EventPhase::Started)
                m_openEvents.insert(openKey, out);
            else if (event.phase == EventPhase::Ended)
                m_openEvents.remove(openKey);
            if (m_bus)
                m_bus->publish(out);
        }
    }
    if (batch.flushed)
        return;
    // One list per camera and frame: the objects of every agent of the camera, boxes that two
    // agents found alike (same class and box, e.g. the same motion blob) drawn once.
    if (batch.agents.size() == 1) {
        emit objectsReady(cameraId, timestampUs, batch.agents.front().objects);
        return;
    }
    QList<ObjectMetadata> objects;
    objects.reserve(objectCount);
    for (const ipc::AgentResults &agent : batch.agents) {
        for (const ObjectMetadata &object : agent.objects) {
            const bool seen = std::any_of(objects.cbegin(), objects.cend(), [&](const auto &o) {
                return o.classId == object.classId && o.box.x == object.box.x &&
                       o.box.y == object.box.y && o.box.width == object.box.width &&
                       o.box.height == object.box.height;
            });
            if (!seen)
                objects.append(object);
        }
    }
    emit objectsReady(cameraId, timestampUs, objects);
}

QString AnalyticsWorkerLink::takeSnapshot(const QString &cameraId, const QString &pluginId,
                                          qint64 frameTimestampUs, const AnalyticsEvent &event)
{
    // The agent's own ring first (its pixel format), then any other ring of the camera.
    QList<std::shared_ptr<Ring>> rings;
    const auto plan = m_plan.constFind(m_agentIds.value(agentKey(cameraId, pluginId), -1));
    if (plan != m_plan.constEnd() && m_rings.contains(plan->ringKey))
        rings.append(m_rings.value(plan->ringKey));
    for (const std::shared_ptr<Ring> &ring : std::as_const(m_rings)) {
        if (ring->cameraId == cameraId && !rings.contains(ring))
            rings.append(ring);
    }
    for (const std::shared_ptr<Ring> &ring : std::as_const(rings)) {
        if (!ring->writer || !ring->writer->copyFrameAt(frameTimestampUs, &m_snapshotFrame))
            continue;
        QString error;
        const QString path = writeAnalyticsSnapshot(
            m_snapshotFrame, event.boxes, m_snapshotDirectory, cameraId, event.eventId, &error);
        if (path.isEmpty())
            qWarning("analytics: %s", qPrintable(error));
        return path;
    }
    qWarning("analytics: no snapshot for %s on %s: the frame left the ring", qPrintable(pluginId),
             qPrintable(cameraId));
    return {};
}

void AnalyticsWorkerLink::onAgentStatus(const QJsonObject &message)
{
    const QString error = message.value(str("error")).toString();
    if (error.isEmpty())
        return;
    const QString cameraId = message.value(str("cameraId")).toString();
    const QString pluginId = message.value(str("pluginId")).toString();
    const QString key = agentKey(cameraId, pluginId) + QLatin1Char('|') + error;
    if (m_reportedProblems.contains(key))
        return; // the same refusal after a restart is not news
    m_reportedProblems.insert(key);
    publishFailure(cameraId, pluginId, str("agentError"),
                   tr("Analytics plugin %1 could not run: %2").arg(pluginId, error),
                   {{str("message"), error}});
}

void AnalyticsWorkerLink::stop()
{
    if (m_state == State::Stopped)
        return;
    m_state = State::Stopped;
    m_watchdog.stop();
    m_restartTimer.stop();
    if (m_socket && m_process) {
        // Let the worker flush its agents' open events, and read them before it goes.
        send({{str("type"), str(ipc::kQuit)}});
        m_socket->flush();
        QElapsedTimer waited;
        waited.start();
        while (m_socket->state() == QLocalSocket::ConnectedState &&
               waited.elapsed() < kStopWaitMs) {
            if (m_socket->waitForReadyRead(50)) {
                m_reader.append(m_socket->readAll());
            }
            while (auto message = m_reader.next()) {
                if (message->binary && message->type == str(ipc::kResults))
                    onResults(message->results);
            }
        }
        m_reader.append(m_socket->readAll());
        while (auto message = m_reader.next()) {
            if (message->binary && message->type == str(ipc::kResults))
                onResults(message->results);
        }
    }
    dropConnection();
    endOpenEvents(str("stopped")); // only those the worker could not flush itself
    if (m_process) {
        m_process->disconnect(this);
        if (!m_process->waitForFinished(500))
            m_process->kill();
        m_process->waitForFinished(1000);
        delete m_process;
        m_process = nullptr;
    }
    for (const std::shared_ptr<AnalyticsFrameFeed> &feed : std::as_const(m_feeds))
        feed->clearTargets();
    m_rings.clear();
    m_plan.clear();
    delete m_server;
    m_server = nullptr;
    emit workerStateChanged(false, m_restarts);
}

} // namespace vigil
