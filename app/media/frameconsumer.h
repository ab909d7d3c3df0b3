#pragma once
// Fan-out of decoded frames from an ingest to its consumers (displays, analytics, recording).
//
// Thread contract: FrameConsumer::wantsFrames() and consumeFrame() are called only on the
// ingest thread of the StreamIngest the consumer is attached to, never overlapping for one
// consumer. Implementations must return quickly (hand the frame over, do not process it there)
// and make their own setters (e.g. setActive) safe to call from other threads.
// FrameRef is a plain move-only value: use it from one thread at a time.

#include "media/boundedqueue.h"

#include <QtGlobal>

#include <atomic>
#include <chrono>
#include <optional>

struct AVFrame;

namespace vigil {

// Owns one reference to a decoded AVFrame (av_frame_ref semantics); frees it on destruction.
class FrameRef
{
public:
    FrameRef() = default;
    // A new reference to the same buffers as `source` (no pixel copy). Null if `source` is empty
    // or allocation fails.
    static FrameRef referenceTo(const AVFrame &source);

    FrameRef(FrameRef &&other) noexcept : m_frame(other.m_frame) { other.m_frame = nullptr; }
    FrameRef &operator=(FrameRef &&other) noexcept;
    FrameRef(const FrameRef &) = delete;
    FrameRef &operator=(const FrameRef &) = delete;
    ~FrameRef();

    AVFrame *get() const { return m_frame; }
    AVFrame *operator->() const { return m_frame; }
    explicit operator bool() const { return m_frame != nullptr; }
    void reset();

private:
    AVFrame *m_frame = nullptr;
};

struct FrameInfo
{
    quint64 sequence = 0;   // per ingest, increases by one per decoded frame
    qint64 decodedAtMs = 0; // QDateTime::currentMSecsSinceEpoch() when decoded
};

class FrameConsumer
{
public:
    virtual ~FrameConsumer() = default;
    // When no attached consumer wants frames the ingest stops decoding (it keeps demuxing).
    virtual bool wantsFrames() const = 0;
    // `frame` is only valid during the call: take a FrameRef to keep it.
    virtual void consumeFrame(const AVFrame &frame, const FrameInfo &info) = 0;
    // Frames this consumer discarded because it could not keep up.
    virtual quint64 droppedFrames() const { return 0; }
    // Frames actually handed on to whoever reads this consumer (for "fps out").
    virtual quint64 deliveredFrames() const { return 0; }
};

// A consumer that queues frame references for a worker thread of its own (analytics, recording):
// the worker calls pop(); a slow worker loses the oldest frames, never stalls the ingest.
class QueuedFrameConsumer : public FrameConsumer
{
public:
    struct Item
    {
        FrameRef frame;
        FrameInfo info;
    };

    explicit QueuedFrameConsumer(std::size_t capacity = 4) : m_queue(capacity) {}

    void setActive(bool active) { m_active.store(active); }
    // Called by the consuming worker thread.
    std::optional<Item> pop(std::chrono::milliseconds timeout) { return m_queue.pop(timeout); }
    // Wakes the worker and refuses further frames.
    void close() { m_queue.close(); }

    bool wantsFrames() const override { return m_active.load() && !m_queue.isClosed(); }
    void consumeFrame(const AVFrame &frame, const FrameInfo &info) override;
    quint64 droppedFrames() const override { return m_queue.droppedCount(); }
    quint64 deliveredFrames() const override { return m_pushed.load(); }

private:
    BoundedQueue<Item> m_queue;
    std::atomic<bool> m_active{true};
    std::atomic<quint64> m_pushed{0};
};

} // namespace vigil
