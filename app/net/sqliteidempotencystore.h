#pragma once
// SqliteIdempotencyStore: IdempotencyStore in the data directory's SQLite file (table
// api_idempotency, schema v6), so a client retrying a POST across a Vigil restart gets the
// first answer, not a second alert. Each key is committed before the API answers (WAL,
// synchronous=FULL from Database::open). Keys older than the retention period are ignored by
// find() and deleted by prune().
//
// Thread contract: bound to the thread that called open() (the API server's); calls must not
// overlap.

#include "net/idempotencystore.h"

#include <memory>

namespace vigil {

class Database;

class SqliteIdempotencyStore : public IdempotencyStore
{
public:
    static std::unique_ptr<SqliteIdempotencyStore> open(const QString &dbPath, qint64 retentionSecs,
                                                        QString *error);
    ~SqliteIdempotencyStore() override;

    std::optional<IdempotencyEntry> find(const QString &key, const QDateTime &now) override;
    bool store(const QString &key, const IdempotencyEntry &entry,
               QString *error = nullptr) override;
    int prune(const QDateTime &now) override;

private:
    SqliteIdempotencyStore(std::unique_ptr<Database> db, qint64 retentionSecs);
    std::unique_ptr<Database> m_db;
    qint64 m_retentionSecs;
};

} // namespace vigil
