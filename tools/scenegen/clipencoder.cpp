#include "clipencoder.h"

#include <opencv2/imgproc.hpp>

#include <QFile>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
#include <libavutil/error.h>
#include <libavutil/log.h>
#include <libavutil/opt.h>
}

#include <cstring>

namespace vigil::scenegen {

namespace {

QString avError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

} // namespace

struct ClipEncoder::Private
{
    QString path;
    QString partPath;
    EncoderOptions options;
    AVFormatContext *format = nullptr;
    AVCodecContext *codec = nullptr;
    AVStream *stream = nullptr;
    AVFrame *frame = nullptr;
    AVPacket *packet = nullptr;
    bool headerWritten = false;
    int frames = 0;
    cv::Mat scaled;
    cv::Mat yuv;

    // Sends `input` (nullptr: flush) and writes every packet the encoder has ready.
    bool encode(const AVFrame *input, QString *error)
    {
        int ret = avcodec_send_frame(codec, input);
        if (ret < 0) {
            *error = QStringLiteral("%1: encoding failed: %2").arg(path, avError(ret));
            return false;
        }
        while ((ret = avcodec_receive_packet(codec, packet)) == 0) {
            av_packet_rescale_ts(packet, codec->time_base, stream->time_base);
            packet->stream_index = stream->index;
            ret = av_interleaved_write_frame(format, packet);
            if (ret < 0) {
                *error = QStringLiteral("%1: writing failed: %2").arg(path, avError(ret));
                return false;
            }
        }
        if (ret != AVERROR(EAGAIN) && ret != AVERROR_EOF) {
            *error = QStringLiteral("%1: encoding failed: %2").arg(path, avError(ret));
            return false;
        }
        return true;
    }

    void close()
    {
        if (format && format->pb)
            avio_closep(&format->pb);
        avformat_free_context(format);
        format = nullptr;
        avcodec_free_context(&codec);
        av_frame_free(&frame);
        av_packet_free(&packet);
    }
};

void quietEncoderLog()
{
    av_log_set_level(AV_LOG_ERROR);
}

ClipEncoder::ClipEncoder() : d(std::make_unique<Private>()) {}

ClipEncoder::~ClipEncoder()
{
    const bool unfinished = d->format != nullptr;
    d->close();
    if (unfinished)
        QFile::remove(d->partPath); // never leave a truncated clip behind
}

int ClipEncoder::framesWritten() const
{
    return d->frames;
}

bool ClipEncoder::open(const QString &path, const EncoderOptions &options, QString *error)
{
    d->path = path;
    d->partPath = path + QStringLiteral(".part");
    d->options = options;
    if (options.size.width() % 2 || options.size.height() % 2 || options.size.isEmpty()) {
        *error = QStringLiteral("%1: the size must be even and not empty, got %2x%3")
                     .arg(path)
                     .arg(options.size.width())
                     .arg(options.size.height());
        return false;
    }
    const QByteArray encoderName = options.encoder.toUtf8();
    const AVCodec *encoder = avcodec_find_encoder_by_name(encoderName.constData());
    if (encoder && encoder->id != AV_CODEC_ID_H264) {
        *error = QStringLiteral("\"%1\" is not an H.264 encoder").arg(options.encoder);
        return false;
    }
    if (!encoder) {
        *error = QStringLiteral("the H.264 encoder \"%1\" is not available in this FFmpeg "
                                "(Debian's libavcodec59 has libx264)")
                     .arg(options.encoder);
        return false;
    }
    const char *muxer = options.container == QStringLiteral("mkv") ? "matroska" : "mp4";
    const QByteArray part = QFile::encodeName(d->partPath);
    int ret = avformat_alloc_output_context2(&d->format, nullptr, muxer, part.constData());
    if (ret < 0 || !d->format) {
        *error =
            QStringLiteral("%1: no %2 muxer: %3").arg(path, QLatin1String(muxer), avError(ret));
        return false;
    }
    d->codec = avcodec_alloc_context3(encoder);
    d->frame = av_frame_alloc();
    d->packet = av_packet_alloc();
    d->stream = avformat_new_stream(d->format, nullptr);
    if (!d->codec || !d->frame || !d->packet || !d->stream) {
        *error = QStringLiteral("%1: out of memory").arg(path);
        return false;
    }
    AVCodecContext *c = d->codec;
    c->width = options.size.width();
    c->height = options.size.height();
    c->pix_fmt = AV_PIX_FMT_YUV420P;
    c->time_base = AVRational{1, options.fps};
    c->framerate = AVRational{options.fps, 1};
    c->gop_size = options.gopFrames;
    c->keyint_min = options.gopFrames;
    c->max_b_frames = 0;
    c->thread_count = options.threads;
    // The frames come from OpenCV's BGR -> I420 conversion: BT.601, limited range.
    c->colorspace = AVCOL_SPC_SMPTE170M;
    c->color_range = AVCOL_RANGE_MPEG;
    if (d->format->oformat->flags & AVFMT_GLOBALHEADER)
        c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    AVDictionary *codecOptions = nullptr;
    av_dict_set(&codecOptions, "preset", options.preset.toUtf8().constData(), 0);
    if (options.bitrateKbps > 0) {
        c->bit_rate = int64_t(options.bitrateKbps) * 1000;
        c->rc_max_rate = c->bit_rate;
        c->rc_buffer_size = int(c->bit_rate); // one second of VBV buffer, like a camera
    } else {
        av_dict_set_int(&codecOptions, "crf", options.crf, 0);
    }
    // Keyframes only on the GOP grid (no extra ones at scene cuts), so every second is a cut point.
    av_dict_set(&codecOptions, "x264-params", "scenecut=0", 0);
    ret = avcodec_open2(c, encoder, &codecOptions);
    av_dict_free(&codecOptions);
    if (ret < 0) {
        *error = QStringLiteral("%1: cannot open the %2 encoder: %3")
                     .arg(path, options.encoder, avError(ret));
        return false;
    }
    avcodec_parameters_from_context(d->stream->codecpar, c);
    d->stream->time_base = c->time_base;
    d->stream->avg_frame_rate = c->framerate;
    ret = avio_open(&d->format->pb, part.constData(), AVIO_FLAG_WRITE);
    if (ret < 0) {
        *error = QStringLiteral("%1: cannot open for writing: %2").arg(path, avError(ret));
        return false;
    }
    AVDictionary *muxOptions = nullptr;
    if (options.container != QStringLiteral("mkv"))
        av_dict_set(&muxOptions, "movflags", "+faststart", 0); // players start without seeking
    ret = avformat_write_header(d->format, &muxOptions);
    av_dict_free(&muxOptions);
    if (ret < 0) {
        *error = QStringLiteral("%1: cannot write the header: %2").arg(path, avError(ret));
        return false;
    }
    d->headerWritten = true;
    d->frame->format = c->pix_fmt;
    d->frame->width = c->width;
    d->frame->height = c->height;
    ret = av_frame_get_buffer(d->frame, 0);
    if (ret < 0) {
        *error = QStringLiteral("%1: no frame buffer: %2").arg(path, avError(ret));
        return false;
    }
    return true;
}

bool ClipEncoder::write(const cv::Mat &bgr, QString *error)
{
    if (!d->headerWritten) {
        *error = QStringLiteral("%1: the encoder is not open").arg(d->path);
        return false;
    }
    const cv::Size size(d->codec->width, d->codec->height);
    const cv::Mat *source = &bgr;
    if (bgr.size() != size) {
        cv::resize(bgr, d->scaled, size, 0, 0, cv::INTER_AREA);
        source = &d->scaled;
    }
    cv::cvtColor(*source, d->yuv, cv::COLOR_BGR2YUV_I420);
    const int ret = av_frame_make_writable(d->frame);
    if (ret < 0) {
        *error = QStringLiteral("%1: frame buffer: %2").arg(d->path, avError(ret));
        return false;
    }
    // I420 from OpenCV: the Y plane, then U and V at half size, each packed.
    const uchar *plane = d->yuv.data;
    for (int p = 0; p < 3; ++p) {
        const int width = p == 0 ? size.width : size.width / 2;
        const int height = p == 0 ? size.height : size.height / 2;
        for (int y = 0; y < height; ++y)
            std::memcpy(d->frame->data[p] + std::ptrdiff_t(y) * d->frame->linesize[p],
                        plane + std::ptrdiff_t(y) * width, size_t(width));
        plane += std::ptrdiff_t(width) * height;
    }
    d->frame->pts = d->frames++;
    return d->encode(d->frame, error);
}

bool ClipEncoder::finish(QString *error)
{
    if (!d->headerWritten) {
        *error = QStringLiteral("%1: the encoder is not open").arg(d->path);
        return false;
    }
    if (!d->encode(nullptr, error))
        return false;
    const int ret = av_write_trailer(d->format);
    if (ret < 0) {
        *error = QStringLiteral("%1: cannot finish the file: %2").arg(d->path, avError(ret));
        return false;
    }
    d->close();
    d->headerWritten = false;
    QFile::remove(d->path);
    if (!QFile::rename(d->partPath, d->path)) {
        *error = QStringLiteral("%1: cannot rename %2 into place").arg(d->path, d->partPath);
        QFile::remove(d->partPath);
        return false;
    }
    return true;
}

} // namespace vigil::scenegen
