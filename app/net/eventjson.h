#pragma once
// External event JSON (POST /api/v1/events): strict validation into an Event. Every problem is
// reported with the JSON field it concerns, so a client sees {"error": ..., "field": ...}.
//
//   { "type": "intrusion",              required, [a-z0-9_]{1,64}
//     "camera_id": "c07",               camera_id and/or checkpoint_id required, ≤ 64 chars
//     "checkpoint_id": "k02",
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

#include <QByteArray>
#include <QString>

#include <optional>

namespace vigil {

struct EventJsonResult
{
    std::optional<Event> event;
    QString error; // set when event is empty
    QString field; // the offending field ("" for the document as a whole)
};

EventJsonResult parseExternalEvent(const QByteArray &body, const QDateTime &arrival);

} // namespace vigil
