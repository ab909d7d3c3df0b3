#pragma once
// AlertStore: the seam between the alert pipeline and where alerts, their events and the action
// log live (the local SQLite file now — SqliteAlertStore; PostgreSQL on multi-workstation
// sites later). Writes come in batches applied as ONE transaction: all or nothing.
//
// Thread contract: an implementation is bound to the thread that opened it and calls must not
// overlap. Only AlertStoreWriter (alertstorewriter.h) calls it, on its own writer thread.

#include "alerts/alert.h"
#include "events/event.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vigil {

// One unit of work; any part may be absent (an escalation has no event, a suppressed event has
// no alert). `alert` is inserted or replaced by id.
struct AlertWrite
{
    std::optional<Event> event;
    std::optional<Alert> alert;
    std::optional<ActionLogEntry> action;
};

struct AlertQuery
{
    bool openOnly = false;
    QList<AlertState> states; // empty = any
    std::optional<Priority> priority;
    QString type;
    QString cameraId;
    QString area;
    QDateTime from; // created_at range; invalid = unbounded
    QDateTime until;
    QString text; // substring of summary, type, camera, unit
    std::optional<Resolution> resolution;
    // Queue order (priority, then oldest first) or history order (newest first).
    bool newestFirst = false;
    int limit = 5000;
    int offset = 0; // paging: rows skipped before the first one returned
};

struct AlertStoreIds
{
    qint64 lastEventId = 0;
    qint64 lastAlertId = 0;
};

class AlertStore
{
public:
    virtual ~AlertStore() = default;

    virtual bool applyBatch(const QList<AlertWrite> &writes, QString *error) = 0;
    virtual std::optional<QList<Alert>> loadAlerts(const AlertQuery &query, QString *error) = 0;
    virtual std::optional<QList<ActionLogEntry>> loadActions(qint64 alertId, QString *error) = 0;
    virtual std::optional<AlertStoreIds> lastIds(QString *error) = 0;
};

} // namespace vigil
