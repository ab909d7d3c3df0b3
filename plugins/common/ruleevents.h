#pragma once
// Small helpers the rule plugins share to build events: one id counter per agent and the common
// fields of an event. Thread contract: per agent, like the agent itself.

#include "tracker.h"

#include <vigil/analyticsresult.h>

#include <QHash>
#include <QJsonArray>

namespace vigil::common {

inline QJsonArray boxJson(const NormalizedRect &r)
{
    return {r.x, r.y, r.width, r.height};
}

inline AnalyticsEvent makeEvent(const QString &typeId, EventPhase phase, quint64 eventId,
                                qint64 timestampUs, qint64 startTimestampUs,
                                const QList<NormalizedRect> &boxes, double confidence,
                                const QString &description, const QJsonObject &details)
{
    AnalyticsEvent event;
    event.typeId = typeId;
    event.phase = phase;
    event.eventId = eventId;
    event.timestampUs = timestampUs;
    event.startTimestampUs = startTimestampUs;
    event.boxes = boxes;
    event.confidence = confidence;
    event.description = description;
    event.details = details;
    return event;
}

// The details every object event carries about its track.
inline QJsonObject trackDetails(const Track &track)
{
    return {{QStringLiteral("trackId"), track.id},
            {QStringLiteral("objectClass"), track.classId},
            {QStringLiteral("box"), boxJson(track.box)}};
}

} // namespace vigil::common

namespace vigil::common {

// Lasting events keyed by what they are about (a track, a track in a zone, a zone): start() reports
// Started, touch() records that the condition still holds, end() reports Ended with the start time,
// the last time the condition held and the duration. Event ids are unique within one table.
template <typename Key>
class LastingEventTable
{
public:
    explicit LastingEventTable(QString typeId) : m_typeId(std::move(typeId)) {}

    bool isOpen(const Key &key) const { return m_open.contains(key); }

    AnalyticsEvent start(const Key &key, qint64 timestampUs, const NormalizedRect &box,
                         double confidence, const QString &description, const QJsonObject &details)
    {
        return start(m_typeId, key, timestampUs, box, confidence, description, details);
    }

    // For a table whose events are of several types (one per key).
    AnalyticsEvent start(const QString &typeId, const Key &key, qint64 timestampUs,
                         const NormalizedRect &box, double confidence, const QString &description,
                         const QJsonObject &details)
    {
        Open open{typeId, m_nextId++, timestampUs, timestampUs,
                  box,    confidence, description, details};
        m_open.insert(key, open);
        return makeEvent(typeId, EventPhase::Started, open.eventId, timestampUs, timestampUs, {box},
                         confidence, description, details);
    }

    void touch(const Key &key, qint64 timestampUs, const NormalizedRect &box)
    {
        auto it = m_open.find(key);
        if (it == m_open.end())
            return;
        it->lastUs = timestampUs;
        it->box = box;
    }

    AnalyticsEvent end(const Key &key)
    {
        const Open open = m_open.take(key);
        const double seconds = double(open.lastUs - open.startUs) / 1e6;
        QJsonObject details = open.details;
        details.insert(QStringLiteral("durationSeconds"), seconds);
        return makeEvent(
            open.typeId, EventPhase::Ended, open.eventId, open.lastUs, open.startUs, {open.box},
            open.confidence,
            QStringLiteral("%1 (ended after %2 s)").arg(open.description).arg(seconds, 0, 'f', 1),
            details);
    }

    // Ends every open event whose key `keep` rejects.
    template <typename Predicate>
    QList<AnalyticsEvent> endUnless(Predicate keep)
    {
        QList<Key> finished;
        for (auto it = m_open.cbegin(); it != m_open.cend(); ++it) {
            if (!keep(it.key()))
                finished.append(it.key());
        }
        QList<AnalyticsEvent> events;
        for (const Key &key : finished)
            events.append(end(key));
        return events;
    }

    QList<AnalyticsEvent> endAll()
    {
        return endUnless([](const Key &) { return false; });
    }

private:
    struct Open
    {
        QString typeId;
        quint64 eventId = 0;
        qint64 startUs = 0;
        qint64 lastUs = 0;
        NormalizedRect box;
        double confidence = 1;
        QString description;
        QJsonObject details;
    };
    QString m_typeId;
    QHash<Key, Open> m_open;
    quint64 m_nextId = 1;
};

} // namespace vigil::common
