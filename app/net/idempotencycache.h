#pragma once
// IdempotencyCache: remembers Idempotency-Key values for a retention period (24 h by default) so
// a retried POST gets the first answer again instead of publishing the event twice. A reused key
// with a different body is a client bug and is reported as such. Bounded: the oldest keys go
// first when `maxKeys` is reached.
//
// Thread contract: plain object; one thread. Times are passed in.

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace vigil {

class IdempotencyCache
{
public:
    struct Entry
    {
        QByteArray bodyHash;
        int status = 0;
        QByteArray responseBody;
        QDateTime storedAt;
    };

    explicit IdempotencyCache(qint64 retentionSecs = 24 * 3600, int maxKeys = 100000)
        : m_retentionSecs(retentionSecs), m_maxKeys(maxKeys)
    {}

    std::optional<Entry> find(const QString &key, const QDateTime &now)
    {
        expire(now);
        const auto it = m_entries.constFind(key);
        if (it == m_entries.cend())
            return std::nullopt;
        return *it;
    }

    void store(const QString &key, Entry entry)
    {
        if (!m_entries.contains(key))
            m_order.append(key);
        m_entries.insert(key, std::move(entry));
        while (m_order.size() > m_maxKeys)
            m_entries.remove(m_order.takeFirst());
    }

    qsizetype size() const { return m_entries.size(); }

private:
    void expire(const QDateTime &now)
    {
        while (!m_order.isEmpty()) {
            const auto it = m_entries.constFind(m_order.first());
            if (it != m_entries.cend() && it->storedAt.secsTo(now) < m_retentionSecs)
                break;
            m_entries.remove(m_order.takeFirst());
        }
    }

    qint64 m_retentionSecs;
    int m_maxKeys;
    QHash<QString, Entry> m_entries;
    QList<QString> m_order; // insertion order = age order
};

} // namespace vigil
