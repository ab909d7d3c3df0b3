#pragma once
// Geodetic datums used by basemaps in China and the conversions between them. Cameras are stored
// in WGS-84; a tile source drawn in GCJ-02 ("Mars coordinates", used by AMap/Tencent and most
// Chinese online maps) or BD-09 (Baidu) needs every overlay converted to its datum before
// projecting, or markers end up ~100–500 m off. Never mix datums in one scene.
//
// The forward GCJ-02 transform is the standard published formula (Krasovsky ellipsoid
// constants); its inverse has no closed form and is solved by fixed-point iteration (< 1 mm).
// Outside mainland China (rough bounding box) GCJ-02 equals WGS-84, as the published formula does.
//
// Thread contract: pure functions; call from any thread.

#include "geo/tilemath.h"

#include <QString>

#include <optional>

namespace vigil::geo {

enum class Datum
{
    Wgs84,
    Gcj02,
    Bd09
};

QString datumKey(Datum datum); // "wgs84", "gcj02", "bd09"
std::optional<Datum> datumFromKey(const QString &key);

bool outsideChina(LonLat p);

LonLat wgs84ToGcj02(LonLat p);
LonLat gcj02ToWgs84(LonLat p);
LonLat gcj02ToBd09(LonLat p);
LonLat bd09ToGcj02(LonLat p);
LonLat wgs84ToBd09(LonLat p);
LonLat bd09ToWgs84(LonLat p);

LonLat convertDatum(LonLat p, Datum from, Datum to);

} // namespace vigil::geo
