#include "wall/streamstatustext.h"

namespace vigil {

QString StreamStatusText::faultText(StreamFault fault, const QString &engineReason)
{
    switch (fault) {
    case StreamFault::None:
        return {};
    case StreamFault::Refused:
        return tr("connection refused");
    case StreamFault::Unauthorized:
        return tr("authentication failed");
    case StreamFault::Timeout:
        return tr("timed out");
    case StreamFault::NotFound:
        return tr("stream not found");
    case StreamFault::UnsupportedCodec:
        return tr("unsupported video codec");
    case StreamFault::DecodeErrors:
        return tr("decoding errors");
    case StreamFault::EndOfStream:
        return tr("stream ended");
    case StreamFault::Other:
        break;
    }
    return engineReason.isEmpty() ? tr("unknown error") : engineReason;
}

QString StreamStatusText::tileStateText(const StreamStatus &status)
{
    const QString reason = faultText(status.fault, status.reason);
    switch (status.state) {
    case StreamState::Live:
        return {};
    case StreamState::Idle:
    case StreamState::Connecting:
    case StreamState::Reconnecting:
        if (status.fault != StreamFault::None) // a failed stream that keeps retrying is offline
            return tr("offline: %1").arg(reason) + QLatin1Char('\n') +
                   tr("reconnecting (%1)").arg(status.reconnects);
        if (status.state == StreamState::Reconnecting)
            return tr("reconnecting (%1)").arg(status.reconnects);
        return tr("connecting…");
    case StreamState::Stalled:
        return tr("picture stalled");
    case StreamState::Offline:
        return tr("offline: %1").arg(reason.isEmpty() ? tr("unknown error") : reason);
    }
    return {};
}

QString StreamStatusText::emptyTileHint()
{
    return tr("Double-click a camera on the left to play it here");
}

} // namespace vigil
