#include "clipdecoder.h"

#include "analytics/framering.h"

#include <algorithm>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

namespace vigil::analyze {

namespace {

AVPixelFormat avFormatOf(PixelFormat format)
{
    switch (format) {
    case PixelFormat::Gray8:
        return AV_PIX_FMT_GRAY8;
    case PixelFormat::Bgr24:
        return AV_PIX_FMT_BGR24;
    case PixelFormat::Yuv420p:
        return AV_PIX_FMT_YUV420P;
    }
    return AV_PIX_FMT_GRAY8;
}

QString avError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

} // namespace

struct ClipDecoder::Private
{
    QString path;
    AVFormatContext *format = nullptr;
    AVCodecContext *codec = nullptr;
    AVFrame *frame = nullptr;
    AVPacket *packet = nullptr;
    int stream = -1;
    bool draining = false;
    qint64 frames = 0;
    qint64 lastUs = 0;
    struct Converted
    {
        SwsContext *sws = nullptr;
        std::vector<uchar> pixels;
    };
    std::array<Converted, 3> converted; // by PixelFormat
};

ClipDecoder::ClipDecoder() : d(std::make_unique<Private>()) {}

ClipDecoder::~ClipDecoder()
{
    for (auto &converted : d->converted)
        sws_freeContext(converted.sws);
    av_packet_free(&d->packet);
    av_frame_free(&d->frame);
    avcodec_free_context(&d->codec);
    avformat_close_input(&d->format);
}

bool ClipDecoder::open(const QString &path, QString *error)
{
    d->path = path;
    int ret = avformat_open_input(&d->format, path.toUtf8().constData(), nullptr, nullptr);
    if (ret < 0) {
        *error = QStringLiteral("%1: cannot open: %2").arg(path, avError(ret));
        return false;
    }
    if ((ret = avformat_find_stream_info(d->format, nullptr)) < 0) {
        *error = QStringLiteral("%1: cannot read stream info: %2").arg(path, avError(ret));
        return false;
    }
    const AVCodec *decoder = nullptr;
    d->stream = av_find_best_stream(d->format, AVMEDIA_TYPE_VIDEO, -1, -1, &decoder, 0);
    if (d->stream < 0 || !decoder) {
        *error = QStringLiteral("%1: no decodable video stream").arg(path);
        return false;
    }
    d->codec = avcodec_alloc_context3(decoder);
    avcodec_parameters_to_context(d->codec, d->format->streams[d->stream]->codecpar);
    d->codec->pkt_timebase = d->format->streams[d->stream]->time_base;
    if ((ret = avcodec_open2(d->codec, decoder, nullptr)) < 0) {
        *error = QStringLiteral("%1: cannot open the decoder: %2").arg(path, avError(ret));
        return false;
    }
    d->frame = av_frame_alloc();
    d->packet = av_packet_alloc();
    return true;
}

bool ClipDecoder::next(qint64 *timestampUs, QString *error)
{
    while (true) {
        const int ret = avcodec_receive_frame(d->codec, d->frame);
        if (ret == 0) {
            const AVStream *stream = d->format->streams[d->stream];
            qint64 pts = d->frame->best_effort_timestamp;
            if (pts == AV_NOPTS_VALUE)
                pts = d->frame->pts;
            if (pts == AV_NOPTS_VALUE)
                pts = d->frame->pkt_dts;
            qint64 us = pts == AV_NOPTS_VALUE
                            ? -1
                            : av_rescale_q(pts, stream->time_base, AVRational{1, 1000000});
            // Raw streams may carry no timestamps: step by the nominal frame duration.
            const AVRational rate =
                stream->avg_frame_rate.num > 0 ? stream->avg_frame_rate : stream->r_frame_rate;
            const qint64 stepUs = rate.num > 0 ? av_rescale(1000000, rate.den, rate.num) : 40000;
            if (d->frames > 0 && us <= d->lastUs)
                us = d->lastUs + stepUs;
            us = std::max<qint64>(us, 0);
            d->lastUs = us;
            ++d->frames;
            *timestampUs = us;
            return true;
        }
        if (ret == AVERROR_EOF)
            return false;
        if (ret != AVERROR(EAGAIN)) {
            *error = QStringLiteral("%1: decoding failed: %2").arg(d->path, avError(ret));
            return false;
        }
        if (d->draining)
            return false;
        const int read = av_read_frame(d->format, d->packet);
        if (read < 0) {
            d->draining = true;
            avcodec_send_packet(d->codec, nullptr);
            continue;
        }
        if (d->packet->stream_index == d->stream)
            avcodec_send_packet(d->codec, d->packet); // a bad packet only loses its frame
        av_packet_unref(d->packet);
    }
}

const AVFrame &ClipDecoder::frame() const
{
    return *d->frame;
}

FrameView ClipDecoder::view(PixelFormat format, const QString &cameraId)
{
    Private::Converted &out = d->converted[std::size_t(format)];
    const int width = d->frame->width & ~1;
    const int height = d->frame->height & ~1;
    out.sws = sws_getCachedContext(out.sws, d->frame->width, d->frame->height,
                                   AVPixelFormat(d->frame->format), width, height,
                                   avFormatOf(format), SWS_BILINEAR, nullptr, nullptr, nullptr);
    out.pixels.resize(packedFrameBytes(width, height, format));
    RingFrame packed;
    packed.width = width;
    packed.height = height;
    packed.format = format;
    packed.timestampUs = d->lastUs;
    FrameView view;
    {
        // RingFrame::view lays out packed planes; reuse it over our buffer.
        packed.pixels.swap(out.pixels);
        view = packed.view(cameraId);
        packed.pixels.swap(out.pixels);
    }
    uint8_t *planes[4] = {const_cast<uint8_t *>(view.planes[0].data),
                          const_cast<uint8_t *>(view.planes[1].data),
                          const_cast<uint8_t *>(view.planes[2].data), nullptr};
    int strides[4] = {view.planes[0].stride, view.planes[1].stride, view.planes[2].stride, 0};
    if (out.sws)
        sws_scale(out.sws, d->frame->data, d->frame->linesize, 0, d->frame->height, planes,
                  strides);
    return view;
}

} // namespace vigil::analyze
