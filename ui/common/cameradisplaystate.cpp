#include "common/cameradisplaystate.h"

namespace vigil {

CameraDisplayState displayStateFor(const StreamStatus &status)
{
    switch (status.state) {
    case StreamState::Live:
        return CameraDisplayState::Live;
    case StreamState::Stalled:
    case StreamState::Offline:
        return CameraDisplayState::Offline;
    case StreamState::Idle:
    case StreamState::Connecting:
    case StreamState::Reconnecting:
        // Retrying after a failure (refused, unauthorized, ...) is offline to the operator.
        return status.fault == StreamFault::None ? CameraDisplayState::Connecting
                                                 : CameraDisplayState::Offline;
    }
    return CameraDisplayState::Connecting;
}

static int rank(CameraDisplayState state)
{
    switch (state) {
    case CameraDisplayState::Live:
        return 3;
    case CameraDisplayState::Connecting:
        return 2;
    case CameraDisplayState::Offline:
        return 1;
    case CameraDisplayState::NotShown:
        return 0;
    }
    return 0;
}

CameraDisplayState bestDisplayState(CameraDisplayState a, CameraDisplayState b)
{
    return rank(a) >= rank(b) ? a : b;
}

} // namespace vigil
