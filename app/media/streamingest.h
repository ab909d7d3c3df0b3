#pragma once
// StreamIngest: the worker behind one distinct stream. Its own std::thread connects (libav,
// deadline-bounded), demuxes, hands every video packet to PacketConsumers (recording), decodes
// (only while some consumer wants frames) and fans frames out to FrameConsumers; it reconnects
// with capped exponential backoff and reports status changes.
//
// Thread contract: construct, start(), stop(), add/removeConsumer(), add/removePacketConsumer(),
// status() and stats() may be called from any thread, and may overlap (they lock). The status
// callback runs ON THE INGEST THREAD: it must be quick and must not call stop() (post to your own
// thread instead). stop() joins the thread; it returns promptly because the stop flag interrupts
// every blocking libav call. The destructor calls stop().

#include "media/frameconsumer.h"
#include "media/packetconsumer.h"
#include "media/streamtypes.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace vigil {

struct IngestOptions
{
    int openTimeoutMs = 5000;  // deadline for each blocking call while connecting
    int stallTimeoutMs = 5000; // no packet (or, while decoding, no picture) this long → stalled
    int backoffInitialMs = 500;
    int backoffMaxMs = 10000;
    int decoderThreads = -1; // -1: 1 for sub streams, 2 for main streams
    int maxConsecutiveDecodeErrors = 50;
    bool loopFiles = true; // a file source restarts at EOF, standing in for a camera
    bool paceFiles = true; // play files at real time (by pts) instead of as fast as possible
};

class StreamIngest
{
public:
    using StatusCallback = std::function<void(const StreamStatus &)>;

    StreamIngest(StreamRequest request, IngestOptions options, StatusCallback onStatus = {});
    ~StreamIngest();
    StreamIngest(const StreamIngest &) = delete;
    StreamIngest &operator=(const StreamIngest &) = delete;

    void start();
    // Asks the thread to finish without waiting (lets a caller stop many ingests in parallel).
    void requestStop();
    // requestStop() and join.
    void stop();
    bool isRunning() const { return m_thread.joinable() && !m_stopRequested.load(); }

    void addConsumer(std::shared_ptr<FrameConsumer> consumer);
    void removeConsumer(const FrameConsumer *consumer);
    // Packet tap (recording): every demuxed video packet, before and independent of decoding.
    void addPacketConsumer(std::shared_ptr<PacketConsumer> consumer);
    void removePacketConsumer(const PacketConsumer *consumer);

    StreamStatus status() const;
    StreamStats stats() const;
    QString redactedUrl() const { return m_redactedUrl; }

private:
    struct Session;
    void run();
    void runSession(Session &session);
    void publish(StreamState state, StreamFault fault = StreamFault::None,
                 const QString &reason = {});
    bool waitFor(int ms); // false when stopping
    int nextBackoffMs(int failures);

    const StreamRequest m_request; // holds credentials: never log it, use m_redactedUrl
    const IngestOptions m_options;
    const StatusCallback m_onStatus;
    const QString m_redactedUrl;

    std::thread m_thread;
    std::atomic<bool> m_stopRequested{false};
    std::mutex m_wakeMutex;
    std::condition_variable m_wake;

    mutable std::mutex m_consumersMutex;
    std::vector<std::shared_ptr<FrameConsumer>> m_consumers;
    std::vector<std::shared_ptr<PacketConsumer>> m_packetConsumers;
    std::atomic<quint64> m_consumersVersion{0};
    quint64 m_removedDropped = 0; // drops of consumers already detached
    quint64 m_removedDelivered = 0;
    quint64 m_sequence = 0;       // ingest thread only
    quint64 m_packetSequence = 0; // ingest thread only

    mutable std::mutex m_stateMutex;
    StreamStatus m_status;
    StreamStats m_stats;            // rates as of the last completed window
    qint64 m_lastFrameMs = -1;      // steady clock, ms
    qint64 m_lastRateUpdateMs = -1; // steady clock, ms
};

} // namespace vigil
