#pragma once
// Operator-facing wording of stream states and faults ("offline: connection refused").
// Pure functions; callable from any thread that has the translator installed (GUI thread).

#include "media/streamtypes.h"

#include <QCoreApplication>
#include <QString>

namespace vigil {

class StreamStatusText
{
    Q_DECLARE_TR_FUNCTIONS(StreamStatusText)
public:
    // Short reason for a fault; falls back to the engine's reason for StreamFault::Other.
    static QString faultText(StreamFault fault, const QString &engineReason = {});
    // Centred text of a tile; empty when the picture is live.
    static QString tileStateText(const StreamStatus &status);
    static QString emptyTileHint();
};

} // namespace vigil
