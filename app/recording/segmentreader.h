#pragma once
// SegmentReader: opens one recorded segment, seeks to a time inside it and decodes the frame
// shown at that time (keyframe before it, then decode forward) — the primitive under playback
// and the seek-latency benchmark.
//
// Thread contract: used by one thread at a time; a worker thread, never the GUI thread.

#include "media/frameconsumer.h"

#include <QImage>
#include <QSize>
#include <QString>

struct AVFormatContext;
struct AVCodecContext;

namespace vigil {

class SegmentReader
{
public:
    SegmentReader() = default;
    ~SegmentReader();
    SegmentReader(const SegmentReader &) = delete;
    SegmentReader &operator=(const SegmentReader &) = delete;

    bool open(const QString &path, QString *error);
    void close();
    // Decodes the frame displayed at `offsetMs` from the start of the file (the last frame
    // starting at or before it). `frameOffsetMs` receives that frame's own offset.
    FrameRef frameAt(qint64 offsetMs, qint64 *frameOffsetMs, QString *error);
    // frameAt() converted to RGB32, scaled to fit `maxSize` (aspect kept; empty = full size).
    QImage imageAt(qint64 offsetMs, QSize maxSize, qint64 *frameOffsetMs, QString *error);
    // The frame after the last one returned by frameAt()/nextFrame() (continuous playback);
    // null at the end of the file.
    FrameRef nextFrame(qint64 *frameOffsetMs, QString *error);
    // The keyframe at or before `offsetMs`, decoding nothing else (reverse and fast playback).
    FrameRef keyframeAt(qint64 offsetMs, qint64 *frameOffsetMs, QString *error);
    qint64 durationMs() const;

    // RGB32, scaled to fit `maxSize` (aspect kept; empty = full size). Null if it cannot convert.
    static QImage toImage(const FrameRef &frame, QSize maxSize);

private:
    AVFormatContext *m_format = nullptr;
    AVCodecContext *m_decoder = nullptr;
    int m_stream = -1;
    QString m_path;
    // Decoded past the frame frameAt() returned; nextFrame() hands it out first.
    FrameRef m_lookahead;
    qint64 m_lookaheadPts = 0;
    bool m_endOfFile = false;
    qint64 m_origin = 0; // start_time of the video stream, in its time base

    bool seekTo(qint64 offsetMs, qint64 *target, QString *error);
    qint64 offsetOf(qint64 pts) const;
};

// A segment the index still shows as open (its writer died): measures what the file really holds
// (reading packets, no decoding). -1 when the file is missing or holds no readable video.
qint64 recordedDurationMs(const QString &path);

} // namespace vigil
