#pragma once
// External passage JSON (POST /api/v1/passages): a checkpoint system reports one vehicle pass.
// Strict validation into a `plate_read` Event (source "external") with the same details as the
// plate reader plugin's, so both travel the same path (bus → PassageService). Every problem
// names its field.
//
//   { "plate": "鄂C12345",                required; letters, digits, Chinese characters (≤ 16)
//     "plate_display": "鄂C·12345",       optional
//     "checkpoint_id": "k01",              checkpoint_id and/or camera_id required, ≤ 64 chars
//     "camera_id": "c11",
//     "time": "2026-03-04T10:00:00+08:00", optional ISO 8601 with offset; default: arrival
//     "confidence": 0.97,                  optional 0..1; default 1
//     "kind": "blue", "lane": "1", "direction": "in" | "out" | "",  optional
//     "valid": true, "flag": "" | "police" | "military" | "embassy", optional
//     "plate_crop_jpeg": "<base64>", "vehicle_snapshot_jpeg": "<base64>" }  optional JPEGs
// Unknown fields are refused.
//
// Thread contract: pure function; any thread.

#include "net/eventjson.h"

namespace vigil {

EventJsonResult parseExternalPassage(const QByteArray &body, const QDateTime &arrival);

} // namespace vigil
