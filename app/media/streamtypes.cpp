#include "media/streamtypes.h"

namespace vigil {

QString streamStateKey(StreamState state)
{
    switch (state) {
    case StreamState::Idle:
        return QStringLiteral("idle");
    case StreamState::Connecting:
        return QStringLiteral("connecting");
    case StreamState::Live:
        return QStringLiteral("live");
    case StreamState::Stalled:
        return QStringLiteral("stalled");
    case StreamState::Reconnecting:
        return QStringLiteral("reconnecting");
    case StreamState::Offline:
        return QStringLiteral("offline");
    }
    return QStringLiteral("unknown");
}

void registerMediaMetaTypes()
{
    qRegisterMetaType<vigil::StreamStatus>("vigil::StreamStatus");
    qRegisterMetaType<vigil::StreamStats>("vigil::StreamStats");
}

} // namespace vigil
