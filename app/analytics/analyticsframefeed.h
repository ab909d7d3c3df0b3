#pragma once
// AnalyticsFrameFeed: the frame consumer that carries one camera's decoded pictures into the
// shared-memory rings read by the analytics worker. For each ring (one per pixel format the
// camera's plugins want) it converts the picture with swscale straight into the next ring slot,
// scaled down to at most `maxWidth` pixels wide, at no more than the ring's frame rate (frames in
// between are skipped before any conversion), then calls the ready callback.
//
// Thread contract: consumeFrame()/wantsFrames() run on the ingest thread (FrameConsumer rules:
// quick, never blocking: the ring writer overwrites the oldest slot). setTargets() and
// clearTargets() may be called from any thread (a mutex, uncontended on the frame path, guards
// the target list). The ready callback runs on the ingest thread and must only post elsewhere.

#include "analytics/framering.h"
#include "media/frameconsumer.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

struct SwsContext;

namespace vigil {

class AnalyticsFrameFeed : public FrameConsumer
{
public:
    struct Target
    {
        int ringIndex = -1;
        std::shared_ptr<FrameRingWriter> ring;
        PixelFormat format = PixelFormat::Gray8;
        double frameRate = 5; // the highest rate among the agents reading this ring
    };
    // (ring index, frame number, frame timestamp µs)
    using ReadyCallback = std::function<void(int, quint64, qint64)>;

    AnalyticsFrameFeed(QString cameraId, int maxWidth, ReadyCallback onReady);
    ~AnalyticsFrameFeed() override;

    const QString &cameraId() const { return m_cameraId; }
    void setTargets(std::vector<Target> targets);
    void clearTargets() { setTargets({}); }

    bool wantsFrames() const override;
    void consumeFrame(const AVFrame &frame, const FrameInfo &info) override;
    quint64 droppedFrames() const override { return m_skipped.load(); }
    quint64 deliveredFrames() const override { return m_written.load(); }

    // Frame timestamps are the decode wall-clock time in µs (FrameInfo::decodedAtMs), the same
    // clock external events and vigil Events use.
    static qint64 timestampUsOf(const FrameInfo &info) { return info.decodedAtMs * 1000; }

private:
    struct TargetState
    {
        Target target;
        SwsContext *sws = nullptr;
        qint64 lastTimestampUs = 0;
        bool hasLast = false;
    };
    bool writeInto(TargetState &state, const AVFrame &frame, qint64 timestampUs);

    const QString m_cameraId;
    const int m_maxWidth;
    const ReadyCallback m_onReady;
    mutable std::mutex m_mutex;
    std::vector<TargetState> m_targets;
    std::atomic<quint64> m_written{0};
    std::atomic<quint64> m_skipped{0};
};

} // namespace vigil
