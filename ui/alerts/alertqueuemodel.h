#pragma once
// AlertQueueModel: the open alerts as a table (one row per alert). Updates come from
// AlertService signals (upsert by id, O(1) lookup); the SLA countdown column follows one tick()
// per second for all rows at once — no per-row timers.
//
// Thread contract: GUI thread only.

#include "alerts/alert.h"
#include "alerts/slapolicy.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

#include <array>

namespace vigil {

class AlertQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PriorityColumn,
        StateColumn,
        TypeColumn,
        CameraColumn,
        SummaryColumn,
        CountColumn,
        TimeColumn,
        SlaColumn,
        AssigneeColumn,
        ColumnCount
    };
    enum Role
    {
        AlertIdRole = Qt::UserRole + 1,
        PriorityRole,  // int 1..4
        StateRole,     // int(AlertState)
        CreatedRole,   // QDateTime
        TypeKeyRole,   // QString
        CameraIdRole,  // QString
        AreaRole,      // QString
        SearchTextRole // QString used by the text filter
    };

    explicit AlertQueueModel(SlaPolicy policy, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setAlerts(const QList<Alert> &alerts);
    // Inserts or updates by id; a resolved alert leaves the queue (it goes to the history).
    void upsert(const Alert &alert);
    // The same for many at once: new rows arrive in one insert (one proxy/view update instead
    // of one per alert — what keeps the GUI responsive under 1,000 events/s).
    void upsertMany(const QList<Alert> &alerts);
    // Moves the countdown clock. No dataChanged: with tens of thousands of rows that signal would
    // walk every row through the proxy each second; the dock repaints the visible rows instead.
    void tick(const QDateTime &now) { m_now = now; }
    // New response-time targets (alerts.json reloaded); shown from the next tick like the clock.
    void setSlaPolicy(const SlaPolicy &policy) { m_policy = policy; }
    std::optional<Alert> alertAt(int row) const;
    std::optional<Alert> alertById(qint64 id) const;
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }
    int countInState(AlertState state) const;

private:
    QString slaText(const Alert &alert) const;

    SlaPolicy m_policy;
    QList<Alert> m_alerts;
    QHash<qint64, int> m_rowById;
    std::array<int, 5> m_stateCounts{}; // by int(AlertState): counters without a scan
    QDateTime m_now;
};

} // namespace vigil
