#pragma once
// VideoSource: one display's view of a live stream (a wall tile, a preview).
//
// Thread contract: created by StreamManager and used only on the thread that owns it (the GUI
// thread). Its signals are emitted on that thread (queued from the ingest thread). Frames are
// handed over through a one-slot mailbox that keeps only the newest frame: a slow painter never
// stalls ingest and never grows memory. Destroying the VideoSource detaches it from the ingest;
// the ingest stops when its last consumer is gone.

#include "media/streamtypes.h"

#include <QObject>

#include <memory>

namespace vigil {

class DisplaySink;
class StreamIngest;

class VideoSource : public QObject
{
    Q_OBJECT
public:
    ~VideoSource() override;

    const StreamRequest &request() const { return m_request; }

    // Size the frames should be scaled to (device pixels). The conversion happens on the ingest
    // thread; an empty size pauses conversion (hidden tile) without dropping the connection.
    void setTargetSize(QSize size);
    // Pause decoding for this consumer (hidden/minimised/covered tile).
    void setActive(bool active);
    // Show only every `stride`-th frame (1 = all); the skipped ones are not converted.
    void setFrameStride(int stride);
    // true: hand out the decoded YUV planes (DisplayFrame::yuv) instead of converting to RGB,
    // for a display that draws YUV itself. Filtered displays (privacy) still get RGB.
    void setYuvOutput(bool yuv);
    // A privacy/public-view filter applies: a display must not show an unfiltered YUV frame.
    bool isFiltered() const;

    DisplayFrame latestFrame() const;
    StreamStatus status() const { return m_status; }
    StreamStats stats() const;

signals:
    void frameAvailable(); // coalesced: at most one pending at a time
    void statusChanged(const vigil::StreamStatus &status);

private:
    friend class StreamManager;
    VideoSource(StreamRequest request, std::shared_ptr<DisplaySink> sink, QObject *parent);
    void applyStatus(const StreamStatus &status);
    void deliverFrameNotification();

    StreamRequest m_request;
    std::shared_ptr<DisplaySink> m_sink;
    StreamStatus m_status;
    std::shared_ptr<StreamIngest> m_ingest; // shared with the other displays of this stream
};

} // namespace vigil
