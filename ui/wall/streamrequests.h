#pragma once
// Builds the StreamRequest for a camera of a site: picks main or sub stream and attaches the
// camera's credentials (which travel only inside the request, never into logs or the UI); and
// the adaptive-stream rule that picks the profile for a tile. Pure functions, any thread.

#include "media/streamtypes.h"
#include "model/site.h"

#include <optional>

namespace vigil {

// nullopt when the camera has no usable URL for any profile.
std::optional<StreamRequest> streamRequestFor(const Camera &camera, const Site &site,
                                              StreamProfile profile);

// Which stream a tile should show. `forceMain`: maximised, 1-up or digitally zoomed.
// Otherwise main only when the tile (device pixels) is clearly larger than the camera's sub
// stream picture (`subSize`, empty while unknown); a tile already on main keeps it until it is
// no larger than the sub picture (hysteresis, so a tile near the limit does not flap).
StreamProfile chooseTileProfile(bool forceMain, QSize tilePixels, QSize subSize,
                                StreamProfile current);

} // namespace vigil
