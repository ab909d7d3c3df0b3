#include "media/libavinput.h"

#include "media/urlredact.h"

#include <cerrno>

extern "C" {
#include <libavutil/error.h>
}

namespace vigil {

namespace {

std::int64_t steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double msSince(std::int64_t startNs)
{
    return double(steadyNowNs() - startNs) / 1e6;
}

QString averrorText(int averror)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(averror, text, sizeof(text));
    return QString::fromUtf8(text);
}

struct Dictionary
{
    AVDictionary *dict = nullptr;
    ~Dictionary() { av_dict_free(&dict); }
    void set(const char *key, const char *value) { av_dict_set(&dict, key, value, 0); }
    void set(const char *key, std::int64_t value) { av_dict_set_int(&dict, key, value, 0); }
};

} // namespace

LibavInput::LibavInput(const std::atomic<bool> &stopRequested) : m_stopRequested(stopRequested) {}

LibavInput::~LibavInput()
{
    close();
}

bool LibavInput::isFileUrl(const QString &url)
{
    return !url.contains(QStringLiteral("://")) || url.startsWith(QStringLiteral("file:"));
}

int LibavInput::interruptCallback(void *opaque)
{
    auto *self = static_cast<LibavInput *>(opaque);
    if (self->m_stopRequested.load(std::memory_order_relaxed))
        return 1;
    if (steadyNowNs() > self->m_deadlineNs.load(std::memory_order_relaxed)) {
        self->m_deadlineExpired = true;
        return 1;
    }
    return 0;
}

void LibavInput::arm(int timeoutMs)
{
    m_deadlineExpired = false;
    m_armedTimeoutMs = timeoutMs;
    m_deadlineNs.store(steadyNowNs() + std::int64_t(timeoutMs) * 1'000'000);
}

std::optional<InputError> LibavInput::open(const InputOpenParams &params)
{
    close();
    m_redactedUrl = redactUrl(params.redactedUrl);
    m_isFile = isFileUrl(QString::fromUtf8(params.url));

    m_format = avformat_alloc_context();
    if (!m_format)
        return InputError{StreamFault::Other, QStringLiteral("Out of memory")};
    m_format->interrupt_callback = AVIOInterruptCB{&LibavInput::interruptCallback, this};

    Dictionary options;
    if (!m_isFile) {
        // Probe enough to see the SPS/VPS of a camera that omits them in SDP. No "nobuffer":
        // it would discard the packets read while probing, the first keyframe among them, and
        // decoding would wait a whole GOP (StreamIngest decodes that backlog instead).
        options.set("probesize", std::int64_t(1'000'000));
        options.set("analyzeduration", std::int64_t(2'000'000));
        options.set("max_delay", std::int64_t(500'000));
        // Do not sit through ~20 frames to estimate the frame rate: SPS + one packet suffice.
        options.set("fpsprobesize", std::int64_t(0));
        options.set("timeout", std::int64_t(params.timeoutMs) * 1000); // socket I/O, µs
        options.set("user_agent", "Vigil");
        if (params.url.startsWith("rtsp")) {
            options.set("rtsp_transport", params.rtspOverTcp ? "tcp" : "udp");
            options.set("allowed_media_types", "video");
        }
    }

    m_timings = {};
    const std::int64_t openStartNs = steadyNowNs();
    arm(params.timeoutMs);
    int ret = avformat_open_input(&m_format, params.url.constData(), nullptr, &options.dict);
    if (ret < 0) {
        m_format = nullptr; // freed by libav on failure
        return classify(ret, QStringLiteral("open"));
    }
    m_timings.openMs = msSince(openStartNs);
    arm(params.timeoutMs);
    ret = avformat_find_stream_info(m_format, nullptr);
    if (ret < 0)
        return classify(ret, QStringLiteral("probe"));
    m_timings.probeMs = msSince(openStartNs);
    takeFreshReadMark(); // the probe's own reads do not count

    const AVCodec *codec = nullptr;
    m_videoStream = av_find_best_stream(m_format, AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
    if (m_videoStream < 0) {
        if (m_videoStream == AVERROR_DECODER_NOT_FOUND)
            return InputError{StreamFault::UnsupportedCodec,
                              QStringLiteral("No decoder for the video of %1").arg(m_redactedUrl)};
        return InputError{StreamFault::NotFound,
                          QStringLiteral("No video stream in %1").arg(m_redactedUrl)};
    }
    for (unsigned i = 0; i < m_format->nb_streams; ++i) {
        if (int(i) != m_videoStream)
            m_format->streams[i]->discard = AVDISCARD_ALL;
    }

    const AVCodecParameters *parameters = m_format->streams[m_videoStream]->codecpar;
    if (parameters->codec_id != AV_CODEC_ID_H264 && parameters->codec_id != AV_CODEC_ID_HEVC &&
        parameters->codec_id != AV_CODEC_ID_MJPEG) {
        return InputError{StreamFault::UnsupportedCodec,
                          QStringLiteral("Unsupported codec %1 (need H.264, H.265 or MJPEG)")
                              .arg(QString::fromUtf8(avcodec_get_name(parameters->codec_id)))};
    }

    m_decoder = avcodec_alloc_context3(codec);
    if (!m_decoder || avcodec_parameters_to_context(m_decoder, parameters) < 0)
        return InputError{StreamFault::Other, QStringLiteral("Cannot set up the decoder")};
    m_decoder->thread_count = params.decoderThreads;
    m_decoder->flags |= AV_CODEC_FLAG_LOW_DELAY;
    m_decoder->pkt_timebase = m_format->streams[m_videoStream]->time_base;
    ret = avcodec_open2(m_decoder, codec, nullptr);
    if (ret < 0) {
        return InputError{
            StreamFault::UnsupportedCodec,
            QStringLiteral("Cannot open the %1 decoder: %2").arg(codecName(), averrorText(ret))};
    }
    return std::nullopt;
}

void LibavInput::close()
{
    avcodec_free_context(&m_decoder);
    if (m_format) {
        arm(1000); // RTSP TEARDOWN may block on a dead peer; the stop flag cuts it short anyway
        avformat_close_input(&m_format);
    }
    m_videoStream = -1;
}

int LibavInput::readPacket(AVPacket *packet, int timeoutMs)
{
    arm(timeoutMs);
    return av_read_frame(m_format, packet);
}

bool LibavInput::takeFreshReadMark()
{
    // libavformat flags a stream when its packets come from the source (read_frame_internal),
    // not when av_read_frame returns one from the probe's packet buffer.
    bool fresh = false;
    for (unsigned i = 0; m_format && i < m_format->nb_streams; ++i) {
        AVStream *stream = m_format->streams[i];
        fresh = fresh || (stream->event_flags & AVSTREAM_EVENT_FLAG_NEW_PACKETS);
        stream->event_flags &= ~AVSTREAM_EVENT_FLAG_NEW_PACKETS;
    }
    return fresh;
}

bool LibavInput::seekToStart()
{
    arm(m_armedTimeoutMs > 0 ? m_armedTimeoutMs : 5000);
    const std::int64_t start = m_format->start_time != AV_NOPTS_VALUE ? m_format->start_time : 0;
    if (av_seek_frame(m_format, -1, start, AVSEEK_FLAG_BACKWARD) < 0)
        return false;
    if (m_decoder)
        avcodec_flush_buffers(m_decoder);
    return true;
}

AVRational LibavInput::videoTimeBase() const
{
    if (!m_format || m_videoStream < 0)
        return AVRational{1, 90000};
    return m_format->streams[m_videoStream]->time_base;
}

const AVCodecParameters *LibavInput::videoParameters() const
{
    if (!m_format || m_videoStream < 0)
        return nullptr;
    return m_format->streams[m_videoStream]->codecpar;
}

QString LibavInput::codecName() const
{
    if (!m_format || m_videoStream < 0)
        return {};
    return QString::fromUtf8(
        avcodec_get_name(m_format->streams[m_videoStream]->codecpar->codec_id));
}

InputError LibavInput::classify(int averror, const QString &step) const
{
    const QString where = m_redactedUrl;
    if (m_stopRequested.load())
        return {StreamFault::Other, QStringLiteral("Stopped")};
    if (m_deadlineExpired) {
        return {StreamFault::Timeout, QStringLiteral("No answer within %1 s while trying to %2 %3")
                                          .arg(m_armedTimeoutMs / 1000.0, 0, 'f', 1)
                                          .arg(step, where)};
    }
    switch (averror) {
    case AVERROR(ECONNREFUSED):
        return {StreamFault::Refused, QStringLiteral("Connection refused by %1").arg(where)};
    case AVERROR_HTTP_UNAUTHORIZED:
    case AVERROR_HTTP_FORBIDDEN:
        return {StreamFault::Unauthorized,
                QStringLiteral("Access denied by %1 (check user name and password)").arg(where)};
    case AVERROR_HTTP_NOT_FOUND:
    case AVERROR(ENOENT):
        return {StreamFault::NotFound, QStringLiteral("Not found: %1").arg(where)};
    case AVERROR(ETIMEDOUT):
        return {StreamFault::Timeout, QStringLiteral("Timed out: %1").arg(where)};
    case AVERROR_EOF:
        return {StreamFault::EndOfStream, QStringLiteral("Stream ended: %1").arg(where)};
    case AVERROR_DECODER_NOT_FOUND:
        return {StreamFault::UnsupportedCodec, QStringLiteral("No decoder for %1").arg(where)};
    default:
        break;
    }
    return {
        StreamFault::Other,
        QStringLiteral("Failed to %1 %2: %3").arg(step, where, redactUrl(averrorText(averror)))};
}

} // namespace vigil
