#include "recording/segmentreader.h"

#include "recording/segmentwriter.h"

#include <QDir>
#include <QFile>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

#include <algorithm>
#include <utility>

namespace vigil {

namespace {
constexpr AVRational kMs{1, 1000};
}

SegmentReader::~SegmentReader()
{
    close();
}

void SegmentReader::close()
{
    m_lookahead = {};
    m_endOfFile = false;
    avcodec_free_context(&m_decoder);
    if (m_format)
        avformat_close_input(&m_format);
    m_stream = -1;
}

bool SegmentReader::open(const QString &path, QString *error)
{
    close();
    m_path = path;
    auto fail = [&](int averror) {
        if (error)
            *error = QStringLiteral("cannot play %1: %2")
                         .arg(QDir::toNativeSeparators(path), averrorString(averror));
        close();
        return false;
    };
    int ret = avformat_open_input(&m_format, QFile::encodeName(path).constData(), nullptr, nullptr);
    if (ret < 0) {
        m_format = nullptr;
        return fail(ret);
    }
    // The MP4 header already carries the codec parameters: no probing (it would decode a frame).
    if (m_format->nb_streams == 0 && (ret = avformat_find_stream_info(m_format, nullptr)) < 0)
        return fail(ret);
    const AVCodec *codec = nullptr;
    m_stream = av_find_best_stream(m_format, AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
    if (m_stream < 0)
        return fail(m_stream);
    m_decoder = avcodec_alloc_context3(codec);
    if (!m_decoder)
        return fail(AVERROR(ENOMEM));
    avcodec_parameters_to_context(m_decoder, m_format->streams[m_stream]->codecpar);
    m_decoder->thread_count = 2; // frame threads: decoding up to a GOP to reach the target
    m_decoder->pkt_timebase = m_format->streams[m_stream]->time_base;
    // Read once: the mov demuxer may change start_time after seeking in a fragmented file.
    const qint64 start = m_format->streams[m_stream]->start_time;
    m_origin = start != AV_NOPTS_VALUE ? start : 0;
    if ((ret = avcodec_open2(m_decoder, codec, nullptr)) < 0)
        return fail(ret);
    return true;
}

qint64 SegmentReader::durationMs() const
{
    return m_format && m_format->duration > 0 ? m_format->duration / 1000 : 0;
}

bool SegmentReader::seekTo(qint64 offsetMs, qint64 *target, QString *error)
{
    if (!m_format || !m_decoder) {
        if (error)
            *error = QStringLiteral("no segment open");
        return false;
    }
    AVStream *stream = m_format->streams[m_stream];
    *target = m_origin + av_rescale_q(std::max<qint64>(offsetMs, 0), kMs, stream->time_base);
    const int ret = av_seek_frame(m_format, m_stream, *target, AVSEEK_FLAG_BACKWARD);
    if (ret < 0) {
        if (error)
            *error = QStringLiteral("cannot seek in %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), averrorString(ret));
        return false;
    }
    avcodec_flush_buffers(m_decoder);
    m_lookahead = {};
    m_endOfFile = false;
    return true;
}

qint64 SegmentReader::offsetOf(qint64 pts) const
{
    return av_rescale_q(pts - m_origin, m_format->streams[m_stream]->time_base, kMs);
}

FrameRef SegmentReader::frameAt(qint64 offsetMs, qint64 *frameOffsetMs, QString *error)
{
    qint64 target = 0;
    if (!seekTo(offsetMs, &target, error))
        return {};
    FrameRef best;
    qint64 bestOffset = 0;
    while (true) {
        qint64 offset = 0;
        FrameRef frame = nextFrame(&offset, nullptr);
        if (!frame)
            break;
        const qint64 pts = frame->best_effort_timestamp;
        if (pts != AV_NOPTS_VALUE && pts > target && best) {
            // The frame before this one is shown at `target`; keep this one for nextFrame().
            m_lookahead = std::move(frame);
            m_lookaheadPts = offset;
            break;
        }
        best = std::move(frame);
        bestOffset = offset;
    }
    if (!best && error)
        *error = QStringLiteral("no picture decodes in %1").arg(QDir::toNativeSeparators(m_path));
    if (best && frameOffsetMs)
        *frameOffsetMs = bestOffset;
    return best;
}

FrameRef SegmentReader::nextFrame(qint64 *frameOffsetMs, QString *error)
{
    if (!m_format || !m_decoder) {
        if (error)
            *error = QStringLiteral("no segment open");
        return {};
    }
    if (m_lookahead) {
        if (frameOffsetMs)
            *frameOffsetMs = m_lookaheadPts;
        return std::exchange(m_lookahead, FrameRef{});
    }
    AVFrame *frame = av_frame_alloc();
    AVPacket *packet = av_packet_alloc();
    FrameRef result;
    while (!result) {
        if (avcodec_receive_frame(m_decoder, frame) >= 0) {
            result = FrameRef::referenceTo(*frame);
            if (frameOffsetMs)
                *frameOffsetMs = frame->best_effort_timestamp != AV_NOPTS_VALUE
                                     ? offsetOf(frame->best_effort_timestamp)
                                     : 0;
            av_frame_unref(frame);
            break;
        }
        if (m_endOfFile)
            break; // drained
        if (av_read_frame(m_format, packet) < 0) {
            avcodec_send_packet(m_decoder, nullptr); // end of file: drain the decoder
            m_endOfFile = true;
            continue;
        }
        if (packet->stream_index == m_stream)
            avcodec_send_packet(m_decoder, packet);
        av_packet_unref(packet);
    }
    av_packet_free(&packet);
    av_frame_free(&frame);
    return result;
}

FrameRef SegmentReader::keyframeAt(qint64 offsetMs, qint64 *frameOffsetMs, QString *error)
{
    qint64 target = 0;
    if (!seekTo(offsetMs, &target, error))
        return {};
    FrameRef frame = nextFrame(frameOffsetMs, error);
    if (!frame && error && error->isEmpty())
        *error = QStringLiteral("no picture decodes in %1").arg(QDir::toNativeSeparators(m_path));
    return frame;
}

QImage SegmentReader::toImage(const FrameRef &frame, QSize maxSize)
{
    if (!frame)
        return {};
    QSize size(frame->width, frame->height);
    if (maxSize.isValid() && !maxSize.isEmpty())
        size = size.scaled(maxSize, Qt::KeepAspectRatio).expandedTo(QSize(2, 2));
    QImage image(size, QImage::Format_RGB32);
    SwsContext *scaler =
        sws_getContext(frame->width, frame->height, AVPixelFormat(frame->format), size.width(),
                       size.height(), AV_PIX_FMT_BGRA, SWS_BILINEAR, nullptr, nullptr, nullptr);
    if (!scaler)
        return {};
    uint8_t *planes[4] = {image.bits(), nullptr, nullptr, nullptr};
    int strides[4] = {int(image.bytesPerLine()), 0, 0, 0};
    sws_scale(scaler, frame->data, frame->linesize, 0, frame->height, planes, strides);
    sws_freeContext(scaler);
    return image;
}

QImage SegmentReader::imageAt(qint64 offsetMs, QSize maxSize, qint64 *frameOffsetMs, QString *error)
{
    const QImage image = toImage(frameAt(offsetMs, frameOffsetMs, error), maxSize);
    if (image.isNull() && error && error->isEmpty())
        *error = QStringLiteral("cannot convert the picture of %1")
                     .arg(QDir::toNativeSeparators(m_path));
    return image;
}

qint64 recordedDurationMs(const QString &path)
{
    AVFormatContext *format = nullptr;
    if (avformat_open_input(&format, QFile::encodeName(path).constData(), nullptr, nullptr) < 0)
        return -1;
    qint64 endMs = -1;
    if (avformat_find_stream_info(format, nullptr) >= 0) {
        const int video = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
        AVPacket *packet = av_packet_alloc();
        while (video >= 0 && av_read_frame(format, packet) >= 0) {
            if (packet->stream_index == video && packet->pts != AV_NOPTS_VALUE) {
                AVStream *stream = format->streams[video];
                const qint64 origin = stream->start_time != AV_NOPTS_VALUE ? stream->start_time : 0;
                endMs =
                    std::max<qint64>(endMs, av_rescale_q(packet->pts - origin + packet->duration,
                                                         stream->time_base, kMs));
            }
            av_packet_unref(packet);
        }
        av_packet_free(&packet);
    }
    avformat_close_input(&format);
    return endMs;
}

} // namespace vigil
