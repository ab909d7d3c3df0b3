#pragma once
// External event JSON (POST /api/v1/events): strict validation into an Event. Every problem is
// reported with the JSON field it concerns, so a client sees {"error": ..., "field": ...}.
//
//   { "type": "intrusion",              required, ≤ 64 chars of a-z 0-9 _ in dot-separated words
//                                       ("access.granted")
//     "camera_id": "c07",               camera_id, checkpoint_id or door_id required, ≤ 64 chars
//     "checkpoint_id": "k02",
//     "door_id": "gate-1-south",        a door of the site file: its cameras' agents receive the
//                                       event (tailgating); unknown → 422. details.door is then
//                                       filled by the server: {"id", "name", "cameras":
//                                       [{"camera", "zone"}]}; camera_id defaults to the door's
//                                       first camera and must otherwise be one of its cameras
//     "time": "2026-03-04T10:00:00Z",   optional ISO 8601 with offset; default: arrival time
//     "severity": 70,                   optional integer 0..100; default 50
//     "area": "town-1",                 optional
//     "summary": "...",                 optional, ≤ 500 chars
//     "snapshot": "...", "clip_ref": "...",  optional strings ≤ 1024 chars
//     "box": [x, y, w, h],              optional, numbers in 0..1
//     "details": { ... } }              optional object
// Unknown fields are refused (a typo must not silently drop data).
//
// Thread contract: pure functions; any thread.

#include "events/event.h"
#include "model/site.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace vigil {

struct EventJsonResult
{
    std::optional<Event> event;
    QString error;    // set when event is empty
    QString field;    // the offending field ("" for the document as a whole)
    int status = 400; // HTTP status of a refusal: 400 malformed, 422 names an unknown door
};

using DoorMap = QHash<QString, Door>; // by door id

// `doors`: the site's doors, for "door_id" (none: every door_id is unknown).
EventJsonResult parseExternalEvent(const QByteArray &body, const QDateTime &arrival,
                                   const DoorMap &doors = {});

} // namespace vigil
