#pragma once
// What an agent returns for a frame: events (things an operator is alerted about) and object
// metadata (boxes drawn over the live picture). Plain value types, safe to copy across threads.
// All coordinates are normalized to the frame: 0..1, origin top-left.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace vigil {

struct NormalizedRect
{
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;

    bool isEmpty() const { return width <= 0 || height <= 0; }
    bool intersects(const NormalizedRect &other) const
    {
        return !isEmpty() && !other.isEmpty() && x < other.x + other.width && other.x < x + width &&
               y < other.y + other.height && other.y < y + height;
    }
};

// An event either happens at an instant (e.g. a line was crossed) or lasts (e.g. motion): a
// lasting event is reported twice with the same eventId, once when it starts and once when it
// ends, so the alert can appear at once and be closed later.
enum class EventPhase
{
    Instant,
    Started,
    Ended
};

struct AnalyticsEvent
{
    QString typeId; // one of the manifest's eventTypes[].id
    EventPhase phase = EventPhase::Instant;
    quint64 eventId = 0;         // unique per agent; ties Started to Ended
    qint64 timestampUs = 0;      // when this phase happened (frame timestamp)
    qint64 startTimestampUs = 0; // when the event started (== timestampUs unless Ended)
    QList<NormalizedRect> boxes;
    double confidence = 1.0; // 0..1
    QString description;     // short, one line, shown in the alert queue
    QJsonObject details;     // anything else, plugin-defined
};

struct ObjectMetadata
{
    NormalizedRect box;
    QString classId;     // "person", "vehicle", "motion", ...
    qint64 trackId = -1; // stable across frames for the same object; -1 when not tracked
    double confidence = 1.0;
};

struct FrameResult
{
    QList<AnalyticsEvent> events;
    QList<ObjectMetadata> objects;
};

} // namespace vigil
