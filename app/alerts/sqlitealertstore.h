#pragma once
// SqliteAlertStore: AlertStore in Vigil's SQLite file (schema v2: events, alerts,
// alert_actions). WAL + synchronous=FULL come from Database::open, so a batch reported as
// applied has reached the disk.
//
// Thread contract: bound to the thread that called open(); calls must not overlap.

#include "alerts/alertstore.h"

#include <memory>

namespace vigil {

class Database;

class SqliteAlertStore : public AlertStore
{
public:
    static std::unique_ptr<SqliteAlertStore> open(const QString &dbPath, QString *error);
    explicit SqliteAlertStore(std::unique_ptr<Database> database);
    ~SqliteAlertStore() override;

    bool applyBatch(const QList<AlertWrite> &writes, QString *error) override;
    std::optional<QList<Alert>> loadAlerts(const AlertQuery &query, QString *error) override;
    std::optional<QList<ActionLogEntry>> loadActions(qint64 alertId, QString *error) override;
    std::optional<AlertStoreIds> lastIds(QString *error) override;

private:
    std::unique_ptr<Database> m_db;
};

} // namespace vigil
