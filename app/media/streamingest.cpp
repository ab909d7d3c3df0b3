#include "media/streamingest.h"

#include "media/displaysink.h"
#include "media/gopbuffer.h"
#include "media/libavinput.h"
#include "media/urlredact.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUrl>

#include <pthread.h>

#include <algorithm>
#include <chrono>
#include <limits>

namespace vigil {

namespace {

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Waiting this long for a keyframe before decoding anyway (some sources never flag them).
constexpr qint64 kKeyframeWaitMs = 2000;
constexpr qint64 kRateWindowMs = 1000;

struct PacketDeleter
{
    void operator()(AVPacket *packet) const { av_packet_free(&packet); }
};
struct FrameDeleter
{
    void operator()(AVFrame *frame) const { av_frame_free(&frame); }
};

} // namespace

// Everything that lives for one connection attempt; ingest thread only.
struct StreamIngest::Session
{
    explicit Session(const std::atomic<bool> &stop) : input(stop) {}

    LibavInput input;
    std::unique_ptr<AVPacket, PacketDeleter> packet{av_packet_alloc()};
    std::unique_ptr<AVFrame, FrameDeleter> frame{av_frame_alloc()};

    std::vector<std::shared_ptr<FrameConsumer>> consumers;
    std::vector<bool> consumerIsDisplay;
    std::vector<std::shared_ptr<PacketConsumer>> packetConsumers;
    std::shared_ptr<const PacketStreamInfo> packetStream; // one per connection
    quint64 consumersVersion = std::numeric_limits<quint64>::max();

    bool live = false;
    bool stalled = false;
    // Live sources hand back the packets read while probing first (the probe's backlog).
    bool inProbeBacklog = false;
    std::size_t probeBacklogSeen = 0;
    GopBuffer gop; // packets since the newest keyframe while nothing decodes them
    InputError endError;

    bool decoding = false;
    qint64 wantedSinceMs = -1; // when a consumer started wanting frames (key wait)
    qint64 decodingSinceMs = -1;
    int consecutiveDecodeErrors = 0;

    qint64 windowStartMs = 0;
    int windowFrames = 0;
    qint64 windowBytes = 0;
    double windowDecodeMs = 0;
    quint64 windowDisplayDeliveredStart = 0;

    qint64 paceBaseMs = std::numeric_limits<qint64>::min();
    qint64 lastPtsMs = 0;

    std::chrono::steady_clock::time_point startedAt = std::chrono::steady_clock::now();
    bool sawKeyframe = false;
    bool deliveredFrame = false;
    double elapsedMs() const
    {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() -
                                                         startedAt)
            .count();
    }
};

StreamIngest::StreamIngest(StreamRequest request, IngestOptions options, StatusCallback onStatus)
    : m_request(std::move(request)), m_options(options), m_onStatus(std::move(onStatus)),
      m_redactedUrl(redactUrl(m_request.url))
{
    installLibavLogRouting();
}

StreamIngest::~StreamIngest()
{
    stop();
}

void StreamIngest::start()
{
    if (m_thread.joinable())
        return;
    m_stopRequested.store(false);
    m_thread = std::thread([this] { run(); });
}

void StreamIngest::requestStop()
{
    {
        std::lock_guard lock(m_wakeMutex);
        m_stopRequested.store(true);
    }
    m_wake.notify_all();
}

void StreamIngest::stop()
{
    requestStop();
    if (m_thread.joinable())
        m_thread.join();
}

void StreamIngest::addConsumer(std::shared_ptr<FrameConsumer> consumer)
{
    if (!consumer)
        return;
    std::lock_guard lock(m_consumersMutex);
    m_consumers.push_back(std::move(consumer));
    m_consumersVersion.fetch_add(1);
}

void StreamIngest::removeConsumer(const FrameConsumer *consumer)
{
    std::lock_guard lock(m_consumersMutex);
    auto it = std::find_if(m_consumers.begin(), m_consumers.end(),
                           [consumer](const auto &c) { return c.get() == consumer; });
    if (it == m_consumers.end())
        return;
    m_removedDropped += (*it)->droppedFrames();
    if (dynamic_cast<const DisplaySink *>(it->get()))
        m_removedDelivered += (*it)->deliveredFrames();
    m_consumers.erase(it);
    m_consumersVersion.fetch_add(1);
}

void StreamIngest::addPacketConsumer(std::shared_ptr<PacketConsumer> consumer)
{
    if (!consumer)
        return;
    std::lock_guard lock(m_consumersMutex);
    m_packetConsumers.push_back(std::move(consumer));
    m_consumersVersion.fetch_add(1);
}

void StreamIngest::removePacketConsumer(const PacketConsumer *consumer)
{
    std::lock_guard lock(m_consumersMutex);
    auto it = std::find_if(m_packetConsumers.begin(), m_packetConsumers.end(),
                           [consumer](const auto &c) { return c.get() == consumer; });
    if (it == m_packetConsumers.end())
        return;
    m_packetConsumers.erase(it);
    m_consumersVersion.fetch_add(1);
}

StreamStatus StreamIngest::status() const
{
    std::lock_guard lock(m_stateMutex);
    return m_status;
}

StreamStats StreamIngest::stats() const
{
    StreamStats stats;
    const qint64 now = steadyMs();
    {
        std::lock_guard lock(m_stateMutex);
        stats = m_stats;
        stats.reconnects = m_status.reconnects;
        stats.lastFrameAgeMs = m_lastFrameMs < 0 ? -1 : now - m_lastFrameMs;
        // Rates are refreshed by incoming packets; silence means they are zero now.
        if (m_lastRateUpdateMs < 0 || now - m_lastRateUpdateMs > 2 * kRateWindowMs + 500) {
            stats.fpsIn = stats.fpsOut = stats.bitrateKbps = 0;
        }
    }
    std::lock_guard lock(m_consumersMutex);
    stats.framesDropped = m_removedDropped;
    for (const auto &consumer : m_consumers)
        stats.framesDropped += consumer->droppedFrames();
    return stats;
}

void StreamIngest::publish(StreamState state, StreamFault fault, const QString &reason)
{
    StreamStatus snapshot;
    {
        std::lock_guard lock(m_stateMutex);
        if (m_status.state == state && m_status.fault == fault && m_status.reason == reason)
            return;
        m_status.state = state;
        m_status.fault = fault;
        m_status.reason = redactUrl(reason);
        snapshot = m_status;
    }
    if (m_onStatus)
        m_onStatus(snapshot);
}

bool StreamIngest::waitFor(int ms)
{
    std::unique_lock lock(m_wakeMutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stopRequested.load(); });
    return !m_stopRequested.load();
}

int StreamIngest::nextBackoffMs(int failures)
{
    const double base =
        std::min<double>(m_options.backoffMaxMs,
                         m_options.backoffInitialMs * double(1u << std::clamp(failures, 0, 20)));
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return int(std::min<double>(m_options.backoffMaxMs, base * jitter));
}

void StreamIngest::run()
{
    pthread_setname_np(pthread_self(), "vigil-ingest");
    int failures = 0;
    bool firstAttempt = true;
    while (!m_stopRequested.load()) {
        if (!firstAttempt) {
            std::lock_guard lock(m_stateMutex);
            ++m_status.reconnects;
        }
        firstAttempt = false;
        publish(StreamState::Connecting);

        InputError error;
        bool wasLive = false;
        {
            Session session(m_stopRequested);
            runSession(session);
            error = session.endError;
            wasLive = session.live;
        } // input closed here, before waiting
        if (m_stopRequested.load())
            break;
        if (wasLive)
            failures = 0;
        const int delayMs = nextBackoffMs(failures++);
        qCInfo(lcMedia).noquote() << "Stream" << m_redactedUrl << "lost:" << redactUrl(error.reason)
                                  << QStringLiteral("- retrying in %1 ms").arg(delayMs);
        publish(StreamState::Reconnecting, error.fault, error.reason);
        if (!waitFor(delayMs))
            break;
    }
}

void StreamIngest::runSession(Session &session)
{
    LibavInput &input = session.input;
    InputOpenParams params;
    params.url = urlWithCredentials(m_request.url, m_request.username, m_request.password);
    params.redactedUrl = m_redactedUrl;
    params.rtspOverTcp = m_request.rtspOverTcp;
    params.timeoutMs = m_options.openTimeoutMs;
    params.decoderThreads = m_options.decoderThreads >= 0             ? m_options.decoderThreads
                            : m_request.profile == StreamProfile::Sub ? 1
                                                                      : 2;
    const std::optional<InputError> openError = input.open(params);
    params.url.fill('\0');
    if (openError) {
        session.endError = *openError;
        return;
    }
    if (!session.packet || !session.frame) {
        session.endError = {StreamFault::Other, QStringLiteral("Out of memory")};
        return;
    }
    {
        std::lock_guard lock(m_stateMutex);
        m_stats.codec = input.codecName();
        m_stats.frameSize = QSize(input.decoder()->width, input.decoder()->height);
        m_stats.openMs = input.openTimings().openMs;
        m_stats.probeMs = input.openTimings().probeMs;
        m_stats.firstKeyframeMs = -1;
        m_stats.firstFrameMs = -1;
    }

    AVPacket *packet = session.packet.get();
    AVFrame *frame = session.frame.get();
    const AVRational timeBase = input.videoTimeBase();
    session.packetStream = std::make_shared<const PacketStreamInfo>(*input.videoParameters(),
                                                                    timeBase.num, timeBase.den);
    session.windowStartMs = steadyMs();
    qint64 lastVideoPacketMs = steadyMs();

    auto refreshConsumers = [&] {
        const quint64 version = m_consumersVersion.load();
        if (version == session.consumersVersion)
            return;
        std::lock_guard lock(m_consumersMutex);
        session.consumers = m_consumers;
        session.packetConsumers = m_packetConsumers;
        session.consumerIsDisplay.clear();
        for (const auto &consumer : session.consumers)
            session.consumerIsDisplay.push_back(dynamic_cast<DisplaySink *>(consumer.get()));
        session.consumersVersion = version;
    };
    auto displayDelivered = [&] {
        std::lock_guard lock(m_consumersMutex);
        quint64 total = m_removedDelivered;
        for (const auto &consumer : m_consumers) {
            if (dynamic_cast<DisplaySink *>(consumer.get()))
                total += consumer->deliveredFrames();
        }
        return total;
    };
    auto goLive = [&] {
        if (session.live)
            return;
        session.live = true;
        publish(StreamState::Live);
    };
    auto deliver = [&](AVFrame *decoded) {
        FrameInfo info;
        info.sequence = ++m_sequence;
        info.decodedAtMs = QDateTime::currentMSecsSinceEpoch();
        if (!session.deliveredFrame) {
            // Before the hand-over: a consumer may show the picture (and read the stats) before
            // the loop below returns.
            std::lock_guard lock(m_stateMutex);
            session.deliveredFrame = true;
            m_stats.firstFrameMs = session.elapsedMs();
        }
        for (const auto &consumer : session.consumers) {
            if (consumer->wantsFrames())
                consumer->consumeFrame(*decoded, info);
        }
        {
            std::lock_guard lock(m_stateMutex);
            ++m_stats.framesDecoded;
            m_lastFrameMs = steadyMs();
            m_stats.frameSize = QSize(decoded->width, decoded->height);
        }
        ++session.windowFrames;
    };
    // Sends one packet (nullptr drains) and delivers every frame it yields; with `hold`, the
    // newest frame is kept there instead of delivered (catching up on a backlog).
    auto decode = [&](const AVPacket *toSend, AVFrame *hold = nullptr) {
        auto started = std::chrono::steady_clock::now();
        double decodeMs = 0;
        int ret = avcodec_send_packet(input.decoder(), toSend);
        if (ret < 0 && ret != AVERROR(EAGAIN) && ret != AVERROR_EOF)
            ++session.consecutiveDecodeErrors;
        for (;;) {
            ret = avcodec_receive_frame(input.decoder(), frame);
            decodeMs += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() -
                                                                  started)
                            .count();
            if (ret < 0) {
                if (ret != AVERROR(EAGAIN) && ret != AVERROR_EOF)
                    ++session.consecutiveDecodeErrors;
                break;
            }
            session.consecutiveDecodeErrors = 0;
            if (hold) {
                av_frame_unref(hold);
                av_frame_move_ref(hold, frame);
            } else {
                deliver(frame);
            }
            av_frame_unref(frame);
            started = std::chrono::steady_clock::now();
        }
        session.windowDecodeMs += decodeMs;
    };
    auto updateWindow = [&](qint64 now) {
        const qint64 elapsed = now - session.windowStartMs;
        if (elapsed < kRateWindowMs)
            return;
        const quint64 delivered = displayDelivered();
        std::lock_guard lock(m_stateMutex);
        m_stats.fpsIn = session.windowFrames * 1000.0 / double(elapsed);
        m_stats.fpsOut =
            double(delivered - std::min(delivered, session.windowDisplayDeliveredStart)) * 1000.0 /
            double(elapsed);
        m_stats.bitrateKbps = double(session.windowBytes) * 8.0 / double(elapsed);
        if (session.windowFrames > 0)
            m_stats.decodeMsAvg = session.windowDecodeMs / session.windowFrames;
        m_lastRateUpdateMs = now;
        session.windowStartMs = now;
        session.windowFrames = 0;
        session.windowBytes = 0;
        session.windowDecodeMs = 0;
        session.windowDisplayDeliveredStart = delivered;
    };
    // Files stand in for cameras: release packets at real time by their timestamps.
    auto pace = [&](const AVPacket *videoPacket) {
        const std::int64_t pts =
            videoPacket->pts != AV_NOPTS_VALUE ? videoPacket->pts : videoPacket->dts;
        if (pts == AV_NOPTS_VALUE)
            return;
        const qint64 ptsMs = av_rescale_q(pts, timeBase, AVRational{1, 1000});
        const qint64 now = steadyMs();
        if (session.paceBaseMs == std::numeric_limits<qint64>::min() || ptsMs < session.lastPtsMs ||
            session.paceBaseMs + ptsMs < now - 1000 || session.paceBaseMs + ptsMs > now + 2000) {
            session.paceBaseMs = now - ptsMs;
        }
        session.lastPtsMs = ptsMs;
        const qint64 waitMs = session.paceBaseMs + ptsMs - now;
        if (waitMs > 0)
            waitFor(int(waitMs));
    };
    auto fail = [&](StreamFault fault, const QString &reason) {
        session.endError = {fault, reason};
    };
    auto anyConsumerWantsFrames = [&] {
        for (const auto &consumer : session.consumers) {
            if (consumer->wantsFrames())
                return true;
        }
        return false;
    };
    // Decoding starts with a buffered GOP: decode it at once, show only its newest picture.
    auto catchUpOnGop = [&](qint64 now) {
        std::vector<GopPacket> packets = session.gop.takeAll();
        avcodec_flush_buffers(input.decoder());
        session.decoding = true;
        session.decodingSinceMs = now;
        std::unique_ptr<AVFrame, FrameDeleter> newest(av_frame_alloc());
        for (const GopPacket &queued : packets)
            decode(queued.get(), newest.get());
        if (newest && newest->width > 0)
            deliver(newest.get());
    };
    // The probe's backlog is over: start the rate window now, so the backlog read in one burst
    // does not count as frame rate.
    auto finishProbeBacklog = [&](qint64 now) {
        session.inProbeBacklog = false;
        session.windowStartMs = now;
        session.windowFrames = 0;
        session.windowBytes = 0;
        session.windowDecodeMs = 0;
        session.windowDisplayDeliveredStart = displayDelivered();
    };
    session.inProbeBacklog = !input.isFile();

    while (!m_stopRequested.load()) {
        refreshConsumers();
        const int timeoutMs = session.live
                                  ? m_options.stallTimeoutMs
                                  : std::max(m_options.openTimeoutMs, m_options.stallTimeoutMs);
        const int ret = input.readPacket(packet, timeoutMs);
        if (ret == AVERROR(EAGAIN)) {
            waitFor(5);
            continue;
        }
        if (ret < 0) {
            if (m_stopRequested.load())
                return;
            if (ret == AVERROR_EOF && input.isFile() && m_options.loopFiles) {
                if (session.decoding)
                    decode(nullptr);
                session.decoding = false; // restart at the first keyframe
                session.gop.clear();
                if (input.seekToStart())
                    continue;
                fail(StreamFault::EndOfStream,
                     QStringLiteral("Cannot rewind %1 to loop it").arg(m_redactedUrl));
                return;
            }
            session.endError = input.classify(ret, QStringLiteral("read from"));
            if (input.deadlineExpired()) {
                session.endError.reason = QStringLiteral("No video from %1 for %2 s")
                                              .arg(m_redactedUrl)
                                              .arg(timeoutMs / 1000.0, 0, 'f', 1);
                if (session.live) {
                    session.stalled = true;
                    publish(StreamState::Stalled, StreamFault::Timeout, session.endError.reason);
                }
            }
            return;
        }

        const bool isVideo = packet->stream_index == input.videoStreamIndex();
        const qint64 now = steadyMs();
        if (session.inProbeBacklog &&
            (input.takeFreshReadMark() || ++session.probeBacklogSeen > GopBuffer::kMaxPackets))
            finishProbeBacklog(now);
        if (isVideo) {
            lastVideoPacketMs = now;
            session.windowBytes += packet->size;
            if (!session.sawKeyframe && (packet->flags & AV_PKT_FLAG_KEY)) {
                session.sawKeyframe = true;
                std::lock_guard lock(m_stateMutex);
                m_stats.firstKeyframeMs = session.elapsedMs();
            }
            if (input.isFile() && m_options.paceFiles)
                pace(packet);

            goLive(); // video is flowing; pictures follow from the next keyframe

            if (!session.packetConsumers.empty()) {
                const qint64 receivedAtMs = QDateTime::currentMSecsSinceEpoch();
                ++m_packetSequence;
                for (const auto &consumer : session.packetConsumers)
                    consumer->consumePacket(*packet, session.packetStream, receivedAtMs,
                                            m_packetSequence);
            }

            if (session.inProbeBacklog) {
                session.gop.add(*packet);
                av_packet_unref(packet);
                continue;
            }
            const bool wanted = anyConsumerWantsFrames();
            if (!wanted) {
                session.decoding = false;
                session.wantedSinceMs = -1;
                session.gop.add(*packet);
            } else {
                if (session.wantedSinceMs < 0)
                    session.wantedSinceMs = now;
                if (packet->flags & AV_PKT_FLAG_KEY)
                    session.gop.clear(); // starts right here anyway
                else if (!session.decoding && !session.gop.isEmpty())
                    catchUpOnGop(now);
                if (!session.decoding && ((packet->flags & AV_PKT_FLAG_KEY) ||
                                          now - session.wantedSinceMs > kKeyframeWaitMs)) {
                    avcodec_flush_buffers(input.decoder());
                    session.decoding = true;
                    session.decodingSinceMs = now;
                }
                if (session.decoding) {
                    decode(packet);
                    if (session.consecutiveDecodeErrors >= m_options.maxConsecutiveDecodeErrors) {
                        av_packet_unref(packet);
                        fail(StreamFault::DecodeErrors,
                             QStringLiteral("%1 decode errors in a row from %2")
                                 .arg(session.consecutiveDecodeErrors)
                                 .arg(m_redactedUrl));
                        return;
                    }
                    qint64 lastPictureMs;
                    {
                        std::lock_guard lock(m_stateMutex);
                        lastPictureMs = m_lastFrameMs;
                    }
                    const qint64 since = std::max(lastPictureMs, session.decodingSinceMs);
                    if (now - since > m_options.stallTimeoutMs) {
                        av_packet_unref(packet);
                        fail(StreamFault::DecodeErrors,
                             QStringLiteral("Data arrives from %1 but no picture decodes")
                                 .arg(m_redactedUrl));
                        if (session.live) {
                            session.stalled = true;
                            publish(StreamState::Stalled, StreamFault::DecodeErrors,
                                    session.endError.reason);
                        }
                        return;
                    }
                }
            }
        } else if (now - lastVideoPacketMs > m_options.stallTimeoutMs) {
            av_packet_unref(packet);
            fail(StreamFault::Timeout, QStringLiteral("No video from %1 for %2 s")
                                           .arg(m_redactedUrl)
                                           .arg(m_options.stallTimeoutMs / 1000.0, 0, 'f', 1));
            return;
        }
        av_packet_unref(packet);
        updateWindow(now);
    }
}

} // namespace vigil
