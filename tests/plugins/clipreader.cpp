#include "clipreader.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

#include <memory>

namespace vigil::test {

namespace {

struct FormatCloser
{
    void operator()(AVFormatContext *c) const { avformat_close_input(&c); }
};
struct CodecFreer
{
    void operator()(AVCodecContext *c) const { avcodec_free_context(&c); }
};
struct FrameFreer
{
    void operator()(AVFrame *f) const { av_frame_free(&f); }
};
struct PacketFreer
{
    void operator()(AVPacket *p) const { av_packet_free(&p); }
};

} // namespace

QString readClip(const QString &path, cv::Size size, double maxSeconds,
                 const std::function<void(const cv::Mat &, qint64)> &onFrame)
{
    AVFormatContext *rawFormat = nullptr;
    if (avformat_open_input(&rawFormat, path.toUtf8().constData(), nullptr, nullptr) < 0)
        return QStringLiteral("%1: cannot open").arg(path);
    std::unique_ptr<AVFormatContext, FormatCloser> format(rawFormat);
    if (avformat_find_stream_info(format.get(), nullptr) < 0)
        return QStringLiteral("%1: no stream info").arg(path);
    const AVCodec *codec = nullptr;
    const int stream = av_find_best_stream(format.get(), AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
    if (stream < 0 || !codec)
        return QStringLiteral("%1: no video stream").arg(path);
    std::unique_ptr<AVCodecContext, CodecFreer> decoder(avcodec_alloc_context3(codec));
    avcodec_parameters_to_context(decoder.get(), format->streams[stream]->codecpar);
    decoder->thread_count = 1;
    if (avcodec_open2(decoder.get(), codec, nullptr) < 0)
        return QStringLiteral("%1: cannot open the decoder").arg(path);

    const AVRational timeBase = format->streams[stream]->time_base;
    std::unique_ptr<AVPacket, PacketFreer> packet(av_packet_alloc());
    std::unique_ptr<AVFrame, FrameFreer> frame(av_frame_alloc());
    SwsContext *scaler = nullptr;
    cv::Mat bgr(size, CV_8UC3);
    bool done = false;
    auto drain = [&]() {
        while (!done && avcodec_receive_frame(decoder.get(), frame.get()) == 0) {
            const qint64 pts =
                frame->best_effort_timestamp == AV_NOPTS_VALUE ? 0 : frame->best_effort_timestamp;
            const qint64 us = av_rescale_q(pts, timeBase, AVRational{1, 1000000});
            if (us > qint64(maxSeconds * 1e6)) {
                done = true;
                break;
            }
            scaler = sws_getCachedContext(
                scaler, frame->width, frame->height, AVPixelFormat(frame->format), size.width,
                size.height, AV_PIX_FMT_BGR24, SWS_BILINEAR, nullptr, nullptr, nullptr);
            uint8_t *planes[1] = {bgr.data};
            const int strides[1] = {int(bgr.step)};
            sws_scale(scaler, frame->data, frame->linesize, 0, frame->height, planes, strides);
            onFrame(bgr, us);
        }
    };
    while (!done && av_read_frame(format.get(), packet.get()) >= 0) {
        if (packet->stream_index == stream && avcodec_send_packet(decoder.get(), packet.get()) >= 0)
            drain();
        av_packet_unref(packet.get());
    }
    if (!done) {
        avcodec_send_packet(decoder.get(), nullptr);
        drain();
    }
    sws_freeContext(scaler);
    return {};
}

} // namespace vigil::test
