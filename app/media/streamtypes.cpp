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

QString streamFaultKey(StreamFault fault)
{
    switch (fault) {
    case StreamFault::None:
        return QStringLiteral("none");
    case StreamFault::Refused:
        return QStringLiteral("refused");
    case StreamFault::Unauthorized:
        return QStringLiteral("unauthorized");
    case StreamFault::Timeout:
        return QStringLiteral("timeout");
    case StreamFault::NotFound:
        return QStringLiteral("not_found");
    case StreamFault::UnsupportedCodec:
        return QStringLiteral("unsupported_codec");
    case StreamFault::DecodeErrors:
        return QStringLiteral("decode_errors");
    case StreamFault::EndOfStream:
        return QStringLiteral("end_of_stream");
    case StreamFault::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

void registerMediaMetaTypes()
{
    qRegisterMetaType<vigil::StreamStatus>("vigil::StreamStatus");
    qRegisterMetaType<vigil::StreamStats>("vigil::StreamStats");
}

} // namespace vigil
