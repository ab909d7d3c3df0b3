#pragma once
// How a camera appears to the operator right now: the status dot in the camera tree.
// Plain value helpers, no threads.

#include "media/streamtypes.h"

namespace vigil {

// grey = not on the wall, yellow = connecting/reconnecting, green = live, red = offline/stalled
// (a stream retrying after a failure such as "refused" counts as offline)
enum class CameraDisplayState
{
    NotShown,
    Connecting,
    Live,
    Offline
};

CameraDisplayState displayStateFor(const StreamStatus &status);

// When one camera is shown in several tiles, the tree shows the most favourable state.
CameraDisplayState bestDisplayState(CameraDisplayState a, CameraDisplayState b);

} // namespace vigil
