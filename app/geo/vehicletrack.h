#pragma once
// VehicleTrack: where one vehicle was seen, in order — checkpoint passages from plate reads
// (the checkpoint/plate issue produces them), drawn by the map as an ordered polyline with
// arrows and time labels. Coordinates in WGS-84. Plain value types, any thread.

#include <QDateTime>
#include <QList>
#include <QString>

namespace vigil::geo {

struct TrackPoint
{
    QDateTime time;
    double latitude = 0;  // WGS-84 degrees
    double longitude = 0; // WGS-84 degrees
    QString checkpointId; // may be empty (e.g. a plain camera sighting)
    bool operator==(const TrackPoint &) const = default;
};

struct VehicleTrack
{
    QString title;            // e.g. the plate "鄂A·12345"
    QList<TrackPoint> points; // in passage order
    bool operator==(const VehicleTrack &) const = default;
};

} // namespace vigil::geo
