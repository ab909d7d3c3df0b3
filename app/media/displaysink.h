#pragma once
// DisplaySink: the frame consumer behind one VideoSource. It scales and converts each decoded
// frame to RGB32 at the display's target size ON THE INGEST THREAD — or, in YUV output mode (a
// display that draws YUV with a shader), only takes a reference to the decoded planes, no pixel
// copy — keeps only the newest result in a one-slot mailbox, and pokes its receiver with a
// coalesced queued call (at most one notification pending), so the GUI thread never converts pixels
// and never falls behind.
//
// Thread contract:
//  - consumeFrame()/wantsFrames(): ingest thread only (FrameConsumer contract).
//  - setTargetSize(), setActive(), setFrameStride(), setYuvOutput(), setFrameFilter(),
//    latestFrame(), counters: any thread, may overlap.
//  - setReceiver()/detach(): the receiver's thread; after detach() returns no further
//    notification is posted. The notification runs in the receiver's thread and must call
//    notificationDelivered() before using the frame.

#include "media/frameconsumer.h"
#include "media/rgbconverter.h"
#include "media/streamtypes.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace vigil {

class DisplayFrameFilter;

class DisplaySink : public FrameConsumer
{
public:
    DisplaySink();
    ~DisplaySink() override;
    DisplaySink(const DisplaySink &) = delete;
    DisplaySink &operator=(const DisplaySink &) = delete;

    // Empty size: no conversion (and no decoding if nobody else needs frames).
    void setTargetSize(QSize size);
    QSize targetSize() const;
    void setActive(bool active);
    bool isActive() const { return m_active.load(); }
    // Convert only every `stride`-th frame offered (1 = all): how a small wall tile lowers its
    // frame rate under CPU pressure. Skipped frames are not counted as dropped.
    void setFrameStride(int stride);
    int frameStride() const { return m_frameStride.load(); }

    // Applied to every converted picture on the ingest thread before it reaches the mailbox
    // (privacy masks, public-view blurring; see app/privacy). nullptr: none. Any thread.
    // A filter forces the RGB path (it works on RGB); setting one drops a YUV frame still
    // waiting in the mailbox so an unfiltered picture is never handed out afterwards.
    void setFrameFilter(std::shared_ptr<DisplayFrameFilter> filter);
    bool hasFrameFilter() const { return m_hasFilter.load(); }

    // true: supported planar YUV frames go to the mailbox as DisplayFrame::yuv (a refcounted
    // reference, neither scaled nor converted); other formats and filtered sinks stay RGB.
    void setYuvOutput(bool yuv) { m_yuvOutput.store(yuv); }
    bool yuvOutput() const { return m_yuvOutput.load(); }

    // Newest converted frame (null before the first one). Cheap: shares the image.
    DisplayFrame latestFrame() const;

    void setReceiver(QObject *receiver, std::function<void()> onFrameAvailable);
    void detach();
    void notificationDelivered() { m_notifyPending.store(false); }

    bool wantsFrames() const override;
    void consumeFrame(const AVFrame &frame, const FrameInfo &info) override;
    quint64 droppedFrames() const override { return m_dropped.load(); }
    quint64 deliveredFrames() const override { return m_delivered.load(); }

    // CPU time (thread CPU, ns) all sinks of the process spent preparing pictures on the ingest
    // threads: swscale + filter (RGB path) or taking the YUV reference. For benchmarks.
    static quint64 totalPrepareCpuNs();

    // The size a source of `source` pixels is scaled to inside `target`, keeping aspect ratio.
    static QSize fitInside(QSize source, QSize target);

private:
    QImage &acquireBuffer(QSize size);
    void publish(DisplayFrame frame);
    void notifyReceiver();

    std::atomic<quint64> m_packedTarget{0};
    std::atomic<bool> m_active{true};
    std::atomic<int> m_frameStride{1};
    std::atomic<bool> m_yuvOutput{false};
    std::atomic<bool> m_hasFilter{false};
    quint64 m_offered = 0; // ingest thread only

    // Ingest thread only.
    RgbConverter m_converter;
    std::vector<QImage> m_pool;

    mutable std::mutex m_mailboxMutex;
    DisplayFrame m_mailbox;
    mutable bool m_mailboxUnread = false;

    mutable std::mutex m_filterMutex;
    std::shared_ptr<DisplayFrameFilter> m_filter;

    std::mutex m_receiverMutex;
    QObject *m_receiver = nullptr;
    std::function<void()> m_onFrameAvailable;
    std::atomic<bool> m_notifyPending{false};

    std::atomic<quint64> m_delivered{0};
    std::atomic<quint64> m_dropped{0};
};

} // namespace vigil
