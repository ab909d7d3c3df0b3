// AnalyticsWorkerLink, fault half: the watchdog over running plugin calls and heartbeats, killing
// a hung worker, restarts with capped back-off, and the analytics_failure events. The process,
// socket, plan and results half is analyticsworkerlink.cpp.

#include "analytics/analyticsworkerlink.h"
#include "analytics/analyticsworkerlinkprivate.h"

#include "analytics/analyticsevents.h"
#include "events/eventbus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QRandomGenerator>

namespace vigil {

using workerlink::agentKey;
using workerlink::str;

QList<AnalyticsWorkerLink::Culprit> AnalyticsWorkerLink::runningCalls(qint64 olderThanMs) const
{
    QList<Culprit> culprits;
    const qint64 now = FrameRingMapping::monotonicMs();
    for (const std::shared_ptr<Ring> &ring : std::as_const(m_rings)) {
        for (int i = 0; i < ring->agentIds.size(); ++i) {
            const qint64 started = ring->writer->callStartedMs(i);
            if (started > 0 && now - started >= olderThanMs) {
                const AgentPlan plan = m_plan.value(ring->agentIds.at(i));
                culprits.append({plan.cameraId, plan.pluginId});
            }
        }
    }
    return culprits;
}

void AnalyticsWorkerLink::watchdogTick()
{
    const qint64 now = m_clock.elapsed();
    if (m_killPending)
        return;
    if (m_state == State::Starting && now - m_launchedAtMs > m_options.startTimeoutMs) {
        killWorker(str("startFailed"),
                   QStringLiteral("no hello within %1 ms").arg(m_options.startTimeoutMs), {});
        return;
    }
    if (m_state != State::Running)
        return;
    const QList<Culprit> stuck = runningCalls(m_options.callTimeoutMs);
    if (!stuck.isEmpty()) {
        killWorker(
            str("hang"),
            QStringLiteral("a plugin call ran longer than %1 ms").arg(m_options.callTimeoutMs),
            stuck);
        return;
    }
    if (now - m_lastMessageMs > m_options.heartbeatTimeoutMs) {
        killWorker(str("hang"),
                   QStringLiteral("no heartbeat for %1 ms").arg(m_options.heartbeatTimeoutMs),
                   runningCalls(0));
        return;
    }
    if (m_consecutiveFailures > 0 && now - m_runningSinceMs > m_options.healthyResetMs)
        m_consecutiveFailures = 0;
}

void AnalyticsWorkerLink::killWorker(const QString &reason, const QString &detail,
                                     QList<Culprit> culprits)
{
    if (!m_process) {
        handleFailure(reason, detail, culprits);
        return;
    }
    m_killPending = true;
    m_killReason = reason;
    m_killDetail = detail;
    m_killCulprits = culprits;
    m_process->kill(); // finished() follows and calls handleFailure()
}

void AnalyticsWorkerLink::onProcessFinished(int exitCode, int exitStatus)
{
    QProcess *process = m_process;
    m_process = nullptr;
    process->deleteLater();
    if (m_state == State::Stopped)
        return;
    if (m_killPending) {
        m_killPending = false;
        handleFailure(m_killReason, m_killDetail, m_killCulprits);
        return;
    }
    const bool crashed = exitStatus == QProcess::CrashExit;
    // The crash handler marked the call that crashed; without a mark, blame every running call.
    QList<Culprit> culprits;
    for (const std::shared_ptr<Ring> &ring : std::as_const(m_rings)) {
        const int index = ring->writer->crashedAgent();
        if (index >= 0 && index < ring->agentIds.size()) {
            const AgentPlan plan = m_plan.value(ring->agentIds.at(index));
            culprits.append({plan.cameraId, plan.pluginId});
        }
    }
    if (culprits.isEmpty())
        culprits = runningCalls(0);
    handleFailure(str("crash"),
                  crashed ? QStringLiteral("the worker crashed")
                          : QStringLiteral("the worker exited with code %1").arg(exitCode),
                  culprits);
}

void AnalyticsWorkerLink::dropConnection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    for (const std::shared_ptr<Ring> &ring : std::as_const(m_rings)) {
        for (int i = 0; i < kFrameRingMaxAgents; ++i)
            ring->writer->markCallEnded(i);
        ring->writer->clearCrashed();
    }
}

void AnalyticsWorkerLink::handleFailure(const QString &reason, const QString &detail,
                                        QList<Culprit> culprits)
{
    dropConnection();
    endOpenEvents(reason);
    if (m_process) { // e.g. a protocol error: make sure the old worker is gone
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
        m_process->deleteLater();
        m_process = nullptr;
    }
    ++m_restarts;
    ++m_consecutiveFailures;
    const int shift = std::min(m_consecutiveFailures - 1, 16);
    const int delayMs =
        int(std::min<qint64>(qint64(m_options.backoffInitialMs) << shift, m_options.backoffMaxMs));
    const QString seconds = QString::number(delayMs / 1000.0, 'f', 1);
    const QJsonObject common{
        {str("detail"), detail}, {str("restartInMs"), delayMs}, {str("restarts"), m_restarts}};
    if (culprits.isEmpty()) {
        const QString summary =
            reason == str("hang")
                ? tr("Analytics stopped responding; restarting in %1 s").arg(seconds)
            : reason == str("startFailed")
                ? tr("Analytics could not start: %1; retrying in %2 s").arg(detail, seconds)
            : reason == str("protocol")
                ? tr("Analytics sent a message that could not be read; restarting in %1 s")
                      .arg(seconds)
                : tr("Analytics crashed; restarting in %1 s").arg(seconds);
        publishFailure({}, {}, reason, summary, common);
    }
    bool planChanged = false;
    for (const Culprit &culprit : std::as_const(culprits)) {
        const QString key = agentKey(culprit.cameraId, culprit.pluginId);
        const int strikes = ++m_strikes[key];
        QJsonObject details = common;
        details.insert(str("strikes"), strikes);
        const bool disable = strikes >= m_options.maxStrikes;
        details.insert(str("disabled"), disable);
        QString summary = reason == str("hang")
                              ? tr("Analytics plugin %1 stopped responding; restarting in %2 s")
                                    .arg(culprit.pluginId, seconds)
                              : tr("Analytics plugin %1 crashed; restarting in %2 s")
                                    .arg(culprit.pluginId, seconds);
        if (disable) {
            m_disabled.insert(key);
            planChanged = true;
            summary = tr("Analytics plugin %1 disabled on this camera after %2 failures")
                          .arg(culprit.pluginId)
                          .arg(strikes);
        }
        publishFailure(culprit.cameraId, culprit.pluginId, reason, summary, details);
    }
    if (planChanged)
        rebuildPlan();
    m_state = State::WaitingRestart;
    emit workerStateChanged(false, m_restarts);
    m_restartTimer.start(delayMs);
}

void AnalyticsWorkerLink::endOpenEvents(const QString &reason)
{
    // The worker died with these lasting events open: end them, so their alerts do not stay open.
    for (Event event : std::as_const(m_openEvents)) {
        event.time = QDateTime::currentDateTimeUtc();
        event.details.insert(QStringLiteral("phase"), QStringLiteral("ended"));
        event.details.insert(QStringLiteral("endedBy"), reason);
        if (m_bus)
            m_bus->publish(event);
    }
    m_openEvents.clear();
}

void AnalyticsWorkerLink::publishFailure(const QString &cameraId, const QString &pluginId,
                                         const QString &reason, const QString &summary,
                                         QJsonObject details)
{
    qWarning("analytics: %s%s%s", qPrintable(summary), cameraId.isEmpty() ? "" : " camera ",
             qPrintable(cameraId));
    if (m_bus)
        m_bus->publish(analyticsFailureEvent(cameraId, pluginId, reason, summary, details));
}

} // namespace vigil
