#pragma once
// IdempotencyCache: the in-memory IdempotencyStore (keys are lost on restart; the app uses
// SqliteIdempotencyStore). Bounded: the oldest keys go first when `maxKeys` is reached.
//
// Thread contract: plain object; one thread. Times are passed in.

#include "net/idempotencystore.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace vigil {

class IdempotencyCache : public IdempotencyStore
{
public:
    using Entry = IdempotencyEntry;

    explicit IdempotencyCache(qint64 retentionSecs = 24 * 3600, int maxKeys = 100000)
        : m_retentionSecs(retentionSecs), m_maxKeys(maxKeys)
    {}

    std::optional<Entry> find(const QString &key, const QDateTime &now) override
    {
        expire(now);
        const auto it = m_entries.constFind(key);
        if (it == m_entries.cend())
            return std::nullopt;
        return *it;
    }

    bool store(const QString &key, const Entry &entry, QString * = nullptr) override
    {
        if (!m_entries.contains(key))
            m_order.append(key);
        m_entries.insert(key, entry);
        while (m_order.size() > m_maxKeys)
            m_entries.remove(m_order.takeFirst());
        return true;
    }

    int prune(const QDateTime &now) override
    {
        const qsizetype before = m_entries.size();
        expire(now);
        return int(before - m_entries.size());
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
