#pragma once
// Event: one thing that happened, reported by an analytics plugin, device health monitoring, a
// checkpoint hotlist or an external system. Events are facts; rules decide whether an event
// becomes an alert (see alerts/ruleset.h).
//
// Thread contract: plain value type, no behaviour; copy it freely between threads.

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QRectF>
#include <QString>

namespace vigil {

// Where an event came from. Stable keys ("analytics", "device", ...) are used in the store and
// the external API.
enum class EventSource
{
    Analytics,
    DeviceHealth,
    Checkpoint,
    External
};

QString eventSourceKey(EventSource source);
std::optional<EventSource> eventSourceFromKey(const QString &key);

struct Event
{
    qint64 id = 0; // assigned when stored; 0 until then
    EventSource source = EventSource::Analytics;
    QString type;         // e.g. "intrusion", "line_crossing", "tamper", "video_loss", "hotlist"
    QString cameraId;     // may be empty for checkpoint-only or external events
    QString checkpointId; // set for checkpoint events
    QString area;         // site node (town/community) id, for area rules and filters
    QDateTime time;       // when it happened (UTC)
    int severity = 0;     // 0..100 as reported by the source; rules map it to a priority
    QString snapshotPath; // still image of the moment, may be empty
    QRectF detectionBox;  // normalised 0..1 box in the snapshot; null when none
    QString clipRef;      // optional recorded clip reference
    QString summary;      // short human text from the source (plate number, zone name...)
    QJsonObject details;  // structured, source-specific details
    // The source chose the priority on purpose (a hotlist entry's priority): only a rule that
    // names this event type may override it, not camera/area/catch-all rules.
    bool priorityChosenBySource = false;
    // The source declared the type informational (plugin manifest "alert": false): a record,
    // never raised as an alert unless the site's alerts.json "event_alerting" turns it on.
    bool informational = false;
    // False (only for informational types): the alert service does not store it either, another
    // consumer keeps the record (the passage store for plate_read; manifest "storeEvent").
    bool storeEvent = true;
    bool operator==(const Event &) const = default;
};

} // namespace vigil

Q_DECLARE_METATYPE(vigil::Event)
