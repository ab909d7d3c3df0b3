#pragma once
// AlertService: the alert pipeline. Events from the EventBus go through the RuleSet (suppress,
// schedule, de-duplicate, prioritise); alerts and operator actions go through AlertLifecycle;
// everything is written by the AlertStoreWriter and announced to the UI only after COMMIT.
// A 1 s timer (or checkSla() from tests) applies SlaPolicy escalations (from a deadline queue:
// the cost per tick does not grow with the number of open alerts). Restore events (RuleSet::
// restores, e.g. video_restored) close or annotate the alert their condition raised.
//
// Thread contract: lives on the thread that created it (the GUI thread in the app; any thread
// with an event loop works). Call its methods on that thread only — from elsewhere use
// QMetaObject::invokeMethod(service, ...). Bus events and store results reach it queued; its
// signals are emitted on its thread (queued to receivers on other threads). The bus, writer and
// clock must outlive it.

#include "alerts/alert.h"
#include "alerts/alertlifecycle.h"
#include "alerts/alertstore.h"
#include "alerts/clock.h"
#include "alerts/ruleset.h"
#include "alerts/slapolicy.h"
#include "events/eventbus.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <set>
#include <utility>

namespace vigil {

class AlertStoreWriter;

class AlertService : public QObject
{
    Q_OBJECT
public:
    AlertService(EventBus &bus, AlertStoreWriter &writer, const Clock &clock, RuleSet rules,
                 SlaPolicy sla, QObject *parent = nullptr);
    ~AlertService() override;

    // Subscribes to the bus and loads the open alerts once the writer's store is open; events
    // arriving before that are held and processed in order. `slaTimer` = false leaves SLA checks
    // to explicit checkSla() calls (tests).
    void start(bool slaTimer = true);
    bool isReady() const { return m_ready; }

    // Open alerts as the service sees them (may include actions not yet committed).
    QList<Alert> openAlerts() const { return m_open.values(); }
    std::optional<Alert> alert(qint64 alertId) const;
    const SlaPolicy &slaPolicy() const { return m_sla; }
    const Clock &clock() const { return m_clock; }
    const RuleSet &rules() const { return m_rules; }
    // Site rules and targets (alerts.json, also on reload). Rules apply to the next event; new
    // targets re-schedule the deadlines of every open alert and are announced by
    // slaPolicyChanged (the queue's countdowns follow).
    void setRules(RuleSet rules) { m_rules = std::move(rules); }
    void setSlaPolicy(const SlaPolicy &sla);

    void ingest(Event event);
    // Applies an operator action; false (and actionRefused) when the lifecycle refuses it.
    bool requestAction(qint64 alertId, const ActionRequest &request);
    // Bulk acknowledge: returns how many were accepted (the others are reported refused).
    int acknowledge(const QList<qint64> &alertIds, const QString &operatorLogin);
    // Shift change: every open alert assigned to `from` goes to `to`. Returns the count.
    int handOver(const QString &from, const QString &to, const QString &operatorLogin);
    void checkSla();

    // Asynchronous reads (results by historyLoaded / actionLogLoaded).
    void requestHistory(quint64 requestId, const AlertQuery &query);
    void requestActionLog(qint64 alertId);

signals:
    void ready(const QList<vigil::Alert> &openAlerts);
    void alertRaised(const vigil::Alert &alert);  // a new alert, committed
    void alertUpdated(const vigil::Alert &alert); // any later change, committed
    void actionLogged(const vigil::ActionLogEntry &entry);
    void actionRefused(qint64 alertId, const QString &reason);
    void slaBreached(const vigil::Alert &alert, const QString &stageKey);
    void slaPolicyChanged(const vigil::SlaPolicy &sla);
    void storeFailed(const QString &error);
    void storeRecovered();
    void historyLoaded(quint64 requestId, const QList<vigil::Alert> &alerts, const QString &error);
    void actionLogLoaded(qint64 alertId, const QList<vigil::ActionLogEntry> &entries,
                         const QString &error);

private:
    struct Announcement // what to emit once a write is committed
    {
        std::optional<Alert> alert;
        bool raised = false;
        std::optional<ActionLogEntry> entry;
        SlaStage breach = SlaStage::None;
    };

    void onStoreOpened(bool ok, const QString &error, const AlertStoreIds &ids);
    void onAlertsLoaded(quint64 requestId, const QList<Alert> &alerts, const QString &error);
    void onCommitted(const QList<quint64> &tickets);
    void process(Event event);
    void processRestore(const Event &event, const QString &raisedType);
    void remember(const Alert &alert);
    void scheduleSla(const Alert &alert);
    void write(AlertWrite write, Announcement announcement);

    EventBus &m_bus;
    AlertStoreWriter &m_writer;
    const Clock &m_clock;
    RuleSet m_rules;
    SlaPolicy m_sla;
    EventBus::SubscriptionId m_subscription = 0;
    QTimer m_slaTimer;

    bool m_ready = false;
    QList<Event> m_backlog;
    qint64 m_lastEventId = 0;
    qint64 m_lastAlertId = 0;
    QHash<qint64, Alert> m_open;
    QHash<qint64, Alert> m_closed;        // recently closed or looked up (for reopen)
    QHash<QString, qint64> m_recentByKey; // dedupKey → newest open alert
    // Next SLA deadline per open alert still due to escalate: checkSla() looks only at the
    // front of this queue instead of scanning every open alert each second.
    std::set<std::pair<qint64, qint64>> m_slaQueue; // (deadline ms since epoch, alert id)
    QHash<qint64, qint64> m_slaDeadline;            // alert id → its key in m_slaQueue
    QHash<quint64, Announcement> m_announcements;
    QHash<quint64, quint64> m_historyRequests; // writer request id → caller's request id
    quint64 m_nextRequestId = 1;
    static constexpr quint64 kOpenAlertsRequest = 0;
    static constexpr int kClosedCacheSize = 2000;
};

} // namespace vigil
