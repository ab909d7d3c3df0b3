#include "net/sqliteidempotencystore.h"

#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace vigil {

namespace {

// UTC with milliseconds: the text sorts like the time, so "older than" is a string comparison
// the created_at index serves.
QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

std::unique_ptr<SqliteIdempotencyStore>
SqliteIdempotencyStore::open(const QString &dbPath, qint64 retentionSecs, QString *error)
{
    std::unique_ptr<Database> db = Database::open(dbPath, error);
    if (!db)
        return nullptr;
    QSqlQuery probe(db->connection());
    if (!probe.exec(QStringLiteral("SELECT 1 FROM api_idempotency LIMIT 1"))) {
        *error = probe.lastError().text(); // e.g. a file migrated past v6 without it
        return nullptr;
    }
    probe.finish();
    return std::unique_ptr<SqliteIdempotencyStore>(
        new SqliteIdempotencyStore(std::move(db), retentionSecs));
}

SqliteIdempotencyStore::SqliteIdempotencyStore(std::unique_ptr<Database> db, qint64 retentionSecs)
    : m_db(std::move(db)), m_retentionSecs(retentionSecs)
{}

SqliteIdempotencyStore::~SqliteIdempotencyStore() = default;

std::optional<IdempotencyEntry> SqliteIdempotencyStore::find(const QString &key,
                                                             const QDateTime &now)
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT request_hash, status, response_body, created_at "
                                 "FROM api_idempotency WHERE key = ? AND created_at > ?"));
    query.addBindValue(key);
    query.addBindValue(timeText(now.addSecs(-m_retentionSecs)));
    if (!query.exec() || !query.next())
        return std::nullopt;
    IdempotencyEntry entry;
    entry.bodyHash = query.value(0).toByteArray();
    entry.status = query.value(1).toInt();
    entry.responseBody = query.value(2).toString().toUtf8();
    entry.storedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
    return entry;
}

bool SqliteIdempotencyStore::store(const QString &key, const IdempotencyEntry &entry,
                                   QString *error)
{
    // An expired row under the same key is replaced; find() has already refused a live one.
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral(
        "INSERT INTO api_idempotency (key, request_hash, status, response_body, created_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET request_hash = "
        "excluded.request_hash, "
        "status = excluded.status, response_body = excluded.response_body, "
        "created_at = excluded.created_at"));
    query.addBindValue(key);
    query.addBindValue(entry.bodyHash);
    query.addBindValue(entry.status);
    query.addBindValue(QString::fromUtf8(entry.responseBody));
    query.addBindValue(timeText(entry.storedAt));
    if (query.exec())
        return true;
    if (error)
        *error = QStringLiteral("cannot store Idempotency-Key: %1").arg(query.lastError().text());
    return false;
}

int SqliteIdempotencyStore::prune(const QDateTime &now)
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("DELETE FROM api_idempotency WHERE created_at <= ?"));
    query.addBindValue(timeText(now.addSecs(-m_retentionSecs)));
    if (!query.exec())
        return 0;
    return query.numRowsAffected();
}

} // namespace vigil
