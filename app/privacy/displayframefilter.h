#pragma once
// DisplayFrameFilter: a per-display step between conversion and the mailbox of a DisplaySink
// (privacy masks, face/plate blurring). It edits the converted RGB32 picture in place.
//
// Thread contract: filter() is called on the ingest thread of the display's stream, one call at
// a time per sink; an implementation shared between sinks must be safe for concurrent calls.

#include <QImage>

namespace vigil {

class DisplayFrameFilter
{
public:
    virtual ~DisplayFrameFilter() = default;
    // `rgb32` is the display's picture (Format_RGB32, any size); `decodedAtMs` the frame's
    // wall-clock decode time.
    virtual void filter(QImage &rgb32, qint64 decodedAtMs) = 0;
};

} // namespace vigil
