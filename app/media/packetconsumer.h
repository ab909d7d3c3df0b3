#pragma once
// Packet tap: demuxed, still-compressed video packets handed from an ingest to consumers that
// store them (recording) without decoding. Demux and decode stay separable: packets are tapped
// before, and independently of, the decoder.
//
// Thread contract: PacketConsumer::consumePacket() is called only on the ingest thread of the
// StreamIngest the consumer is attached to, never overlapping for one consumer; it must return
// quickly. QueuedPacketConsumer hands packets to one worker thread of the consumer's own through
// a bounded drop-oldest queue, so a slow disk never stalls live view. PacketRef and PacketItem
// are move-only values: use them from one thread at a time. PacketStreamInfo is immutable and
// shared read-only between threads.

#include "media/boundedqueue.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

struct AVPacket;
struct AVCodecParameters;

namespace vigil {

// Codec parameters (with extradata) and time base of one connection's video stream. The ingest
// makes a new one per connection, so a consumer that sees another object knows the stream
// restarted (and may have changed codec or size).
class PacketStreamInfo
{
public:
    PacketStreamInfo(const AVCodecParameters &parameters, int timeBaseNum, int timeBaseDen);
    ~PacketStreamInfo();
    PacketStreamInfo(const PacketStreamInfo &) = delete;
    PacketStreamInfo &operator=(const PacketStreamInfo &) = delete;

    const AVCodecParameters *parameters() const { return m_parameters; }
    int timeBaseNum() const { return m_timeBaseNum; }
    int timeBaseDen() const { return m_timeBaseDen; }
    QString codecName() const;
    int width() const;
    int height() const;
    // Same codec, size and extradata: packets of both can go into one file.
    bool isCompatibleWith(const PacketStreamInfo &other) const;

private:
    AVCodecParameters *m_parameters = nullptr;
    int m_timeBaseNum = 1;
    int m_timeBaseDen = 90000;
};

// Owns one reference to a compressed packet (av_packet_ref semantics).
class PacketRef
{
public:
    PacketRef() = default;
    // A new reference to the same data as `source` (no copy when it is reference-counted).
    static PacketRef referenceTo(const AVPacket &source);

    PacketRef(PacketRef &&other) noexcept : m_packet(other.m_packet) { other.m_packet = nullptr; }
    PacketRef &operator=(PacketRef &&other) noexcept;
    PacketRef(const PacketRef &) = delete;
    PacketRef &operator=(const PacketRef &) = delete;
    ~PacketRef();

    AVPacket *get() const { return m_packet; }
    AVPacket &operator*() const { return *m_packet; }
    AVPacket *operator->() const { return m_packet; }
    explicit operator bool() const { return m_packet != nullptr; }
    void reset();

private:
    AVPacket *m_packet = nullptr;
};

struct PacketItem
{
    PacketRef packet;
    std::shared_ptr<const PacketStreamInfo> stream;
    qint64 receivedAtMs = 0; // wall clock (ms since epoch) when demuxed
    quint64 sequence = 0;    // per ingest, +1 per video packet: a hole means packets were dropped
    bool isKeyframe() const;
};

class PacketConsumer
{
public:
    virtual ~PacketConsumer() = default;
    // `packet` is only valid during the call: take a PacketRef to keep it.
    virtual void consumePacket(const AVPacket &packet,
                               const std::shared_ptr<const PacketStreamInfo> &stream,
                               qint64 receivedAtMs, quint64 sequence) = 0;
};

// Queues packet references for a worker thread; a slow worker loses the oldest packets (it sees
// a hole in `sequence` and must resynchronise on a keyframe), it never stalls the ingest.
class QueuedPacketConsumer : public PacketConsumer
{
public:
    explicit QueuedPacketConsumer(std::size_t capacity = 750) : m_queue(capacity) {}

    void consumePacket(const AVPacket &packet,
                       const std::shared_ptr<const PacketStreamInfo> &stream, qint64 receivedAtMs,
                       quint64 sequence) override;
    // Also usable directly (tests, file import): queues an item made elsewhere.
    void push(PacketItem item);

    // Called by the consuming worker thread.
    std::optional<PacketItem> pop(std::chrono::milliseconds timeout)
    {
        return m_queue.pop(timeout);
    }
    // Wakes the worker; further packets are refused, queued ones can still be popped.
    void close() { m_queue.close(); }
    quint64 droppedPackets() const { return m_queue.droppedCount(); }
    std::size_t queuedPackets() const { return m_queue.size(); }

private:
    BoundedQueue<PacketItem> m_queue;
};

} // namespace vigil
