#include "alerts/alertservice.h"

#include "alerts/alertstorewriter.h"

#include <QCoreApplication>

namespace vigil {

AlertService::AlertService(EventBus &bus, AlertStoreWriter &writer, const Clock &clock,
                           RuleSet rules, SlaPolicy sla, QObject *parent)
    : QObject(parent), m_bus(bus), m_writer(writer), m_clock(clock), m_rules(std::move(rules)),
      m_sla(sla)
{
    qRegisterMetaType<vigil::Event>();
    qRegisterMetaType<vigil::SlaPolicy>();
    connect(&m_writer, &AlertStoreWriter::opened, this, &AlertService::onStoreOpened);
    connect(&m_writer, &AlertStoreWriter::alertsLoaded, this, &AlertService::onAlertsLoaded);
    connect(&m_writer, &AlertStoreWriter::committed, this, &AlertService::onCommitted);
    connect(&m_writer, &AlertStoreWriter::writeFailed, this, &AlertService::storeFailed);
    connect(&m_writer, &AlertStoreWriter::writeRecovered, this, &AlertService::storeRecovered);
    connect(&m_writer, &AlertStoreWriter::actionsLoaded, this, &AlertService::actionLogLoaded);
    m_slaTimer.setInterval(1000);
    connect(&m_slaTimer, &QTimer::timeout, this, &AlertService::checkSla);
}

AlertService::~AlertService()
{
    if (m_subscription)
        m_bus.unsubscribe(m_subscription);
}

void AlertService::start(bool slaTimer)
{
    m_subscription = m_bus.subscribe(this, [this](const Event &event) { ingest(event); });
    if (slaTimer)
        m_slaTimer.start();
}

std::optional<Alert> AlertService::alert(qint64 alertId) const
{
    if (const auto it = m_open.constFind(alertId); it != m_open.cend())
        return *it;
    if (const auto it = m_closed.constFind(alertId); it != m_closed.cend())
        return *it;
    return std::nullopt;
}

void AlertService::onStoreOpened(bool ok, const QString &error, const AlertStoreIds &ids)
{
    if (!ok) {
        emit storeFailed(error);
        return;
    }
    m_lastEventId = ids.lastEventId;
    m_lastAlertId = ids.lastAlertId;
    AlertQuery openQuery;
    openQuery.openOnly = true;
    openQuery.limit = 100000;
    m_writer.requestAlerts(kOpenAlertsRequest, openQuery);
}

void AlertService::onAlertsLoaded(quint64 requestId, const QList<Alert> &alerts,
                                  const QString &error)
{
    if (requestId == kOpenAlertsRequest && !m_ready) {
        if (!error.isEmpty()) {
            emit storeFailed(error);
            return;
        }
        for (const Alert &alert : alerts)
            remember(alert);
        m_ready = true;
        emit ready(alerts);
        const QList<Event> backlog = std::exchange(m_backlog, {});
        for (const Event &event : backlog)
            process(event);
        return;
    }
    const auto it = m_historyRequests.find(requestId);
    if (it == m_historyRequests.end())
        return;
    const quint64 callerId = *it;
    m_historyRequests.erase(it);
    // Remember closed alerts the operator looked up, so they can be reopened.
    for (const Alert &alert : alerts) {
        if (!isOpen(alert.state) && m_closed.size() < kClosedCacheSize)
            m_closed.insert(alert.id, alert);
    }
    emit historyLoaded(callerId, alerts, error);
}

void AlertService::setSlaPolicy(const SlaPolicy &sla)
{
    m_sla = sla;
    for (const Alert &alert : std::as_const(m_open))
        scheduleSla(alert);
    emit slaPolicyChanged(m_sla);
}

void AlertService::scheduleSla(const Alert &alert)
{
    if (const auto previous = m_slaDeadline.constFind(alert.id); previous != m_slaDeadline.cend()) {
        m_slaQueue.erase({*previous, alert.id});
        m_slaDeadline.erase(previous);
    }
    if (!isOpen(alert.state))
        return;
    const SlaStatus status = slaStatus(m_sla, alert, alert.slaStartedAt);
    if (status.stage == SlaStage::None || alert.escalations >= int(status.stage))
        return; // this stage has escalated already: nothing more is due until the state moves
    // One millisecond past the deadline: escalationDue() wants it strictly breached.
    const qint64 due = status.deadline.toMSecsSinceEpoch() + 1;
    m_slaQueue.insert({due, alert.id});
    m_slaDeadline.insert(alert.id, due);
}

void AlertService::remember(const Alert &alert)
{
    scheduleSla(alert);
    if (isOpen(alert.state)) {
        m_closed.remove(alert.id);
        m_open.insert(alert.id, alert);
        const QString key = dedupKey(alert.cameraId, alert.checkpointId, alert.type);
        const qint64 previous = m_recentByKey.value(key);
        const auto other = m_open.constFind(previous);
        if (other == m_open.cend() || other->createdAt <= alert.createdAt)
            m_recentByKey.insert(key, alert.id);
    } else {
        m_open.remove(alert.id);
        if (m_closed.size() >= kClosedCacheSize)
            m_closed.erase(m_closed.begin()); // any one: the cache is only a convenience
        m_closed.insert(alert.id, alert);
    }
}

void AlertService::write(AlertWrite write, Announcement announcement)
{
    const quint64 ticket = m_writer.enqueue(std::move(write));
    if (announcement.alert || announcement.entry)
        m_announcements.insert(ticket, std::move(announcement));
}

void AlertService::ingest(Event event)
{
    if (!m_ready) {
        m_backlog.append(std::move(event));
        return;
    }
    process(std::move(event));
}

void AlertService::process(Event event)
{
    // An informational event whose record another consumer keeps (plate_read: the passage
    // store, with its images) is neither an alert nor stored here, unless the site turned
    // alerts on for its type. Other informational events are stored and dropped by decide().
    if (!event.storeEvent && !raisesAlerts(m_rules, event))
        return;
    const QDateTime now = m_clock.now();
    event.id = ++m_lastEventId;
    if (!event.time.isValid())
        event.time = now;
    if (const auto restore = m_rules.restores.constFind(event.type);
        restore != m_rules.restores.cend()) {
        processRestore(event, *restore);
        return;
    }
    std::optional<Alert> recent;
    const QString key = dedupKey(event.cameraId, event.checkpointId, event.type);
    if (const auto id = m_recentByKey.constFind(key); id != m_recentByKey.cend()) {
        if (const auto open = m_open.constFind(*id); open != m_open.cend())
            recent = *open;
    }
    const RuleDecision decision = decide(m_rules, event, recent);

    AlertWrite unit;
    unit.event = event;
    Announcement announcement;
    switch (decision.kind) {
    case RuleDecision::Kind::Drop:
        break; // the event is still stored: it is a fact, just not an alert
    case RuleDecision::Kind::Merge: {
        Alert alert = *recent;
        alert.eventCount += 1;
        alert.lastEventAt = std::max(alert.lastEventAt, event.time);
        alert.updatedAt = now;
        remember(alert);
        unit.alert = alert;
        announcement.alert = alert;
        break;
    }
    case RuleDecision::Kind::Create: {
        Alert alert;
        alert.id = ++m_lastAlertId;
        alert.eventId = event.id;
        alert.type = event.type;
        alert.source = eventSourceKey(event.source);
        alert.cameraId = event.cameraId;
        alert.checkpointId = event.checkpointId;
        alert.area = event.area;
        alert.summary = event.summary;
        alert.priority = alert.basePriority = decision.priority;
        alert.createdAt = event.time;
        alert.lastEventAt = event.time;
        alert.updatedAt = now;
        alert.slaStartedAt = now; // deadlines run from when the operator could first see it
        alert.snapshotPath = event.snapshotPath;
        alert.detectionBox = event.detectionBox;
        alert.details = event.details;
        remember(alert);
        ActionLogEntry entry;
        entry.alertId = alert.id;
        entry.time = now;
        entry.operatorLogin = QStringLiteral("system");
        entry.action = AlertAction::Create;
        entry.detail = priorityKey(alert.priority);
        unit.alert = alert;
        unit.action = entry;
        announcement.alert = alert;
        announcement.raised = true;
        announcement.entry = entry;
        break;
    }
    }
    write(std::move(unit), std::move(announcement));
}

void AlertService::processRestore(const Event &event, const QString &raisedType)
{
    AlertWrite unit;
    unit.event = event; // stored either way: the restore is a fact of the camera's history
    const qint64 id = m_recentByKey.value(dedupKey(event.cameraId, event.checkpointId, raisedType));
    const auto open = m_open.constFind(id);
    if (open == m_open.cend()) {
        write(std::move(unit), {});
        return;
    }
    const qint64 outageSecs = std::max<qint64>(0, open->lastEventAt.secsTo(event.time));
    ActionRequest request;
    request.operatorLogin = QStringLiteral("system");
    request.note = QStringLiteral("%1 after %2 s").arg(event.type).arg(outageSecs);
    if (open->state == AlertState::New) {
        request.action = AlertAction::Resolve;
        request.resolution = Resolution::TrueAlarm;
    } else {
        request.action = AlertAction::Note;
    }
    const TransitionResult result = applyAction(*open, request, m_clock.now());
    if (!result.accepted) {
        write(std::move(unit), {});
        return;
    }
    remember(result.alert);
    unit.alert = result.alert;
    unit.action = result.entry;
    write(std::move(unit), Announcement{result.alert, false, result.entry, SlaStage::None});
}

bool AlertService::requestAction(qint64 alertId, const ActionRequest &request)
{
    const std::optional<Alert> current = alert(alertId);
    if (!current) {
        emit actionRefused(alertId, QCoreApplication::translate(
                                        "AlertService", "Alert %1 is not loaded; search for it "
                                                        "in the history first.")
                                        .arg(alertId));
        return false;
    }
    const TransitionResult result = applyAction(*current, request, m_clock.now());
    if (!result.accepted) {
        emit actionRefused(alertId, result.refusal);
        return false;
    }
    remember(result.alert);
    AlertWrite unit;
    unit.alert = result.alert;
    unit.action = result.entry;
    write(std::move(unit), Announcement{result.alert, false, result.entry, SlaStage::None});
    return true;
}

int AlertService::acknowledge(const QList<qint64> &alertIds, const QString &operatorLogin)
{
    int accepted = 0;
    ActionRequest request;
    request.action = AlertAction::Acknowledge;
    request.operatorLogin = operatorLogin;
    for (qint64 id : alertIds)
        accepted += requestAction(id, request) ? 1 : 0;
    return accepted;
}

int AlertService::handOver(const QString &from, const QString &to, const QString &operatorLogin)
{
    ActionRequest request;
    request.action = AlertAction::HandOver;
    request.operatorLogin = operatorLogin;
    request.assignee = to;
    int count = 0;
    const QList<Alert> open = m_open.values();
    for (const Alert &alert : open) {
        if (alert.assignedTo == from)
            count += requestAction(alert.id, request) ? 1 : 0;
    }
    return count;
}

void AlertService::checkSla()
{
    const QDateTime now = m_clock.now();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QList<qint64> due;
    for (auto it = m_slaQueue.begin(); it != m_slaQueue.end() && it->first <= nowMs; ++it)
        due.append(it->second);
    for (qint64 id : std::as_const(due)) {
        const auto open = m_open.constFind(id);
        if (open == m_open.cend()) {
            scheduleSla(Alert{.id = id, .state = AlertState::Resolved}); // drop a stale entry
            continue;
        }
        const std::optional<Escalation> escalation = escalationDue(m_sla, *open, now);
        if (!escalation) {
            scheduleSla(*open); // not breached after all (clock moved back): re-queue
            continue;
        }
        remember(escalation->alert);
        AlertWrite unit;
        unit.alert = escalation->alert;
        unit.action = escalation->entry;
        write(std::move(unit),
              Announcement{escalation->alert, false, escalation->entry, escalation->stage});
    }
}

void AlertService::onCommitted(const QList<quint64> &tickets)
{
    for (quint64 ticket : tickets) {
        const auto it = m_announcements.find(ticket);
        if (it == m_announcements.end())
            continue;
        const Announcement announcement = std::move(*it);
        m_announcements.erase(it);
        if (announcement.alert) {
            if (announcement.raised)
                emit alertRaised(*announcement.alert);
            else
                emit alertUpdated(*announcement.alert);
        }
        if (announcement.entry)
            emit actionLogged(*announcement.entry);
        if (announcement.breach != SlaStage::None && announcement.alert)
            emit slaBreached(*announcement.alert, slaStageKey(announcement.breach));
    }
}

void AlertService::requestHistory(quint64 requestId, const AlertQuery &query)
{
    const quint64 writerId = m_nextRequestId++;
    m_historyRequests.insert(writerId, requestId);
    m_writer.requestAlerts(writerId, query);
}

void AlertService::requestActionLog(qint64 alertId)
{
    m_writer.requestActions(alertId);
}

} // namespace vigil
