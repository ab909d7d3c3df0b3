#pragma once
// ClipRemuxer: copies the footage of a time range out of recorded segments into one plain MP4
// (moov at the front, `+faststart`) without re-encoding. The clip starts at the keyframe at or
// before the range start, so it may begin up to one GOP early; gaps keep their real length on
// the clip's timeline.
//
// Thread contract: a function without shared state; call it on a worker thread (it does file
// I/O), never on the GUI thread.

#include "recording/recordingtypes.h"

#include <QList>

namespace vigil {

struct RemuxedClip
{
    qint64 firstMs = 0; // wall clock of the first frame written
    qint64 endMs = 0;   // wall clock after the last frame
    qint64 packets = 0;
    QString codec;
};

// `segments` of one camera, oldest first (as SegmentIndex::segments returns them).
bool remuxRange(const QList<SegmentRecord> &segments, qint64 fromMs, qint64 toMs,
                const QString &outPath, RemuxedClip *clip, QString *error);

} // namespace vigil
