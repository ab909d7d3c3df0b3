#pragma once
// CameraPlacement: where a camera stands and where it looks — the part of a Camera the map's
// edit mode changes. Always WGS-84 (the model's datum); the map converts at its boundary.
// Plain value type, any thread.

#include "model/site.h"

namespace vigil::geo {

struct CameraPlacement
{
    double latitude = 0;  // WGS-84 degrees
    double longitude = 0; // WGS-84 degrees
    double headingDeg = 0;
    double fovDeg = 60;
    double rangeM = 50;
    bool operator==(const CameraPlacement &) const = default;
};

inline CameraPlacement placementOf(const Camera &camera)
{
    return {camera.latitude, camera.longitude, camera.headingDeg, camera.fovDeg, camera.rangeM};
}

inline void applyPlacement(Camera &camera, const CameraPlacement &placement)
{
    camera.latitude = placement.latitude;
    camera.longitude = placement.longitude;
    camera.headingDeg = placement.headingDeg;
    camera.fovDeg = placement.fovDeg;
    camera.rangeM = placement.rangeM;
}

} // namespace vigil::geo
