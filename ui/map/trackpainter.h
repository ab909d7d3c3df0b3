#pragma once
// Painting of a vehicle track over the map: the passages joined in order by a polyline with a
// direction arrow on every segment, numbered stops, and "time · checkpoint" labels (labels that
// would overlap an earlier one are left out).
//
// Thread contract: GUI thread (or any thread painting into its own QImage).

#include "geo/tilemath.h"
#include "geo/vehicletrack.h"

#include <QColor>
#include <QList>

class QPainter;

namespace vigil {

class MapViewport;

inline const QColor kTrackColour(0xc2, 0x18, 0x5b);

// A track with its points already in the scene datum (same order as track.points).
struct SceneTrack
{
    geo::VehicleTrack track;
    QList<geo::LonLat> scene;
};

void paintTrack(QPainter &p, const MapViewport &vp, const SceneTrack &track);

} // namespace vigil
