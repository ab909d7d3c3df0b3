#pragma once
// IdempotencyStore: where EventApiServer remembers the answer it gave to each Idempotency-Key,
// so a retried POST gets that answer again instead of publishing the event twice. Keys are kept
// for a retention period (24 h by default) counted from when they were stored.
// Implementations: IdempotencyCache (memory, tests) and SqliteIdempotencyStore (the data
// directory's database: keys survive a restart).
//
// Thread contract: an implementation is used from one thread (the API server's); times are
// passed in.

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace vigil {

struct IdempotencyEntry
{
    QByteArray bodyHash; // SHA-256 of the request body
    int status = 0;
    QByteArray responseBody;
    QDateTime storedAt;
};

class IdempotencyStore
{
public:
    virtual ~IdempotencyStore() = default;
    // The entry stored for `key` less than the retention period before `now`.
    virtual std::optional<IdempotencyEntry> find(const QString &key, const QDateTime &now) = 0;
    // Remembers `entry` for `key` (replacing an expired one). False + `error` when it could not
    // be kept.
    virtual bool store(const QString &key, const IdempotencyEntry &entry,
                       QString *error = nullptr) = 0;
    // Forgets the keys older than the retention period; returns how many went.
    virtual int prune(const QDateTime &now) = 0;
};

} // namespace vigil
