#include "recording/segmentrecovery.h"

#include "recording/segmentindex.h"
#include "recording/segmentreader.h"

#include <QFile>
#include <QFileInfo>

namespace vigil {

RecoveryResult recoverOpenSegments(SegmentIndex &index, qint64 maxId)
{
    RecoveryResult result;
    for (const SegmentRecord &segment : index.openSegments()) {
        if (segment.id > maxId)
            continue;
        const qint64 durationMs = recordedDurationMs(segment.path);
        if (durationMs <= 0) {
            QFile::remove(segment.path);
            if (index.deleteSegment(segment.id))
                ++result.removed;
            continue;
        }
        if (index.updateSegment(segment.id, segment.startMs + durationMs,
                                QFileInfo(segment.path).size(), false))
            ++result.closed;
    }
    return result;
}

} // namespace vigil
