#include "recording/watermarker.h"

#include "privacy/privacymask.h"
#include "recording/segmentwriter.h" // averrorString

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

namespace vigil {

namespace {

constexpr AVRational kMs{1, 1000};

// Owns every libav object of one job; the destructor frees what was created.
struct Pipeline
{
    AVFormatContext *input = nullptr;
    AVCodecContext *decoder = nullptr;
    AVFormatContext *output = nullptr;
    AVCodecContext *encoder = nullptr;
    SwsContext *toRgb = nullptr;
    SwsContext *toYuv = nullptr;
    AVFrame *decoded = nullptr;
    AVFrame *yuv = nullptr;
    AVPacket *packet = nullptr;
    int inStream = -1;
    bool headerWritten = false;

    ~Pipeline()
    {
        if (output) {
            if (headerWritten)
                av_write_trailer(output);
            if (output->pb)
                avio_closep(&output->pb);
            avformat_free_context(output);
        }
        avcodec_free_context(&encoder);
        avcodec_free_context(&decoder);
        if (input)
            avformat_close_input(&input);
        sws_freeContext(toRgb);
        sws_freeContext(toYuv);
        av_frame_free(&decoded);
        av_frame_free(&yuv);
        av_packet_free(&packet);
    }
};

bool applyPrivacy(QImage &image, const WatermarkJob &job, QString *error)
{
    QList<QPolygonF> masks = job.privacyPolygons;
    for (const QRectF &rect : job.privacyMasks)
        masks.append(polygonFromRect(rect));
    paintMasksBlack(image, masks);
    return !job.frameFilter || job.frameFilter(image, error);
}

void paintOverlay(QImage &image, const WatermarkJob &job, qint64 frameMs)
{
    if (job.lines.isEmpty() && job.firstFrameMs <= 0)
        return;
    QPainter painter(&image);
    QStringList lines = job.lines;
    if (job.firstFrameMs > 0)
        lines << QDateTime::fromMSecsSinceEpoch(frameMs).toString(
            QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz t"));
    QFont font = painter.font();
    font.setPixelSize(std::max(10, image.height() / 24));
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const int lineHeight = metrics.height();
    int width = 0;
    for (const QString &line : lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    const QRect box(4, 4, width + 12, lineHeight * int(lines.size()) + 8);
    painter.fillRect(box, QColor(0, 0, 0, 140));
    painter.setPen(Qt::white);
    for (int i = 0; i < lines.size(); ++i)
        painter.drawText(QPoint(10, 8 + metrics.ascent() + i * lineHeight), lines[i]);
}

} // namespace

WatermarkResult burnWatermark(const WatermarkJob &job)
{
    WatermarkResult result;
    Pipeline p;
    const auto fail = [&](const QString &what, int averror = 0) {
        result.error = averror ? QStringLiteral("%1: %2").arg(what, averrorString(averror)) : what;
        return result;
    };
    const QByteArray inFile = QFile::encodeName(job.inputPath);
    const QByteArray outFile = QFile::encodeName(job.outputPath);
    int ret = avformat_open_input(&p.input, inFile.constData(), nullptr, nullptr);
    if (ret < 0) {
        p.input = nullptr;
        return fail(QStringLiteral("cannot open %1").arg(QDir::toNativeSeparators(job.inputPath)),
                    ret);
    }
    if ((ret = avformat_find_stream_info(p.input, nullptr)) < 0)
        return fail(QStringLiteral("cannot read %1").arg(job.inputPath), ret);
    const AVCodec *decoderCodec = nullptr;
    p.inStream = av_find_best_stream(p.input, AVMEDIA_TYPE_VIDEO, -1, -1, &decoderCodec, 0);
    if (p.inStream < 0)
        return fail(QStringLiteral("%1 holds no video").arg(job.inputPath), p.inStream);
    AVStream *in = p.input->streams[p.inStream];
    p.decoder = avcodec_alloc_context3(decoderCodec);
    avcodec_parameters_to_context(p.decoder, in->codecpar);
    p.decoder->pkt_timebase = in->time_base;
    if ((ret = avcodec_open2(p.decoder, decoderCodec, nullptr)) < 0)
        return fail(QStringLiteral("cannot decode %1").arg(job.inputPath), ret);

    const AVCodec *encoderCodec = avcodec_find_encoder_by_name("libx264");
    if (!encoderCodec)
        encoderCodec = avcodec_find_encoder(AV_CODEC_ID_H264);
    if (!encoderCodec)
        return fail(QStringLiteral("no H.264 encoder in this FFmpeg build"));
    result.encoder = QString::fromLatin1(encoderCodec->name);
    const int width = p.decoder->width;
    const int height = p.decoder->height;
    if (width <= 0 || height <= 0)
        return fail(QStringLiteral("%1: unknown picture size").arg(job.inputPath));

    ret = avformat_alloc_output_context2(&p.output, nullptr, "mp4", outFile.constData());
    if (ret < 0)
        return fail(QStringLiteral("cannot create %1").arg(job.outputPath), ret);
    AVStream *out = avformat_new_stream(p.output, nullptr);
    p.encoder = avcodec_alloc_context3(encoderCodec);
    p.encoder->width = width;
    p.encoder->height = height;
    p.encoder->pix_fmt = AV_PIX_FMT_YUV420P;
    p.encoder->time_base = in->time_base;
    p.encoder->framerate = av_guess_frame_rate(p.input, in, nullptr);
    p.encoder->gop_size = 50;
    p.encoder->max_b_frames = 0;
    p.encoder->thread_count = 2;
    if (p.output->oformat->flags & AVFMT_GLOBALHEADER)
        p.encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    av_opt_set(p.encoder->priv_data, "preset", "veryfast", 0);
    av_opt_set(p.encoder->priv_data, "crf", "23", 0);
    if ((ret = avcodec_open2(p.encoder, encoderCodec, nullptr)) < 0)
        return fail(QStringLiteral("cannot open the %1 encoder").arg(result.encoder), ret);
    avcodec_parameters_from_context(out->codecpar, p.encoder);
    out->time_base = p.encoder->time_base;
    if ((ret = avio_open(&p.output->pb, outFile.constData(), AVIO_FLAG_WRITE)) < 0)
        return fail(QStringLiteral("cannot write %1").arg(QDir::toNativeSeparators(job.outputPath)),
                    ret);
    AVDictionary *options = nullptr;
    av_dict_set(&options, "movflags", "+faststart", 0);
    ret = avformat_write_header(p.output, &options);
    av_dict_free(&options);
    if (ret < 0)
        return fail(QStringLiteral("cannot write %1").arg(job.outputPath), ret);
    p.headerWritten = true;

    p.decoded = av_frame_alloc();
    p.yuv = av_frame_alloc();
    p.packet = av_packet_alloc();
    p.yuv->format = AV_PIX_FMT_YUV420P;
    p.yuv->width = width;
    p.yuv->height = height;
    av_frame_get_buffer(p.yuv, 0);
    QImage image(width, height, QImage::Format_RGB32);
    const qint64 origin = in->start_time != AV_NOPTS_VALUE ? in->start_time : 0;
    const qint64 durationMs = p.input->duration > 0 ? p.input->duration / 1000 : 0;
    AVPacket *encoded = av_packet_alloc();

    const auto writeEncoded = [&]() -> int {
        int r = 0;
        while ((r = avcodec_receive_packet(p.encoder, encoded)) >= 0) {
            av_packet_rescale_ts(encoded, p.encoder->time_base, out->time_base);
            encoded->stream_index = out->index;
            if ((r = av_interleaved_write_frame(p.output, encoded)) < 0)
                return r;
        }
        return r == AVERROR(EAGAIN) || r == AVERROR_EOF ? 0 : r;
    };
    const auto encodeDecoded = [&]() -> int {
        int r = 0;
        while ((r = avcodec_receive_frame(p.decoder, p.decoded)) >= 0) {
            p.toRgb = sws_getCachedContext(
                p.toRgb, p.decoded->width, p.decoded->height, AVPixelFormat(p.decoded->format),
                width, height, AV_PIX_FMT_BGRA, SWS_BILINEAR, nullptr, nullptr, nullptr);
            p.toYuv =
                sws_getCachedContext(p.toYuv, width, height, AV_PIX_FMT_BGRA, width, height,
                                     AV_PIX_FMT_YUV420P, SWS_BILINEAR, nullptr, nullptr, nullptr);
            if (!p.toRgb || !p.toYuv)
                return AVERROR(EINVAL);
            uint8_t *rgb[4] = {image.bits(), nullptr, nullptr, nullptr};
            int rgbStride[4] = {int(image.bytesPerLine()), 0, 0, 0};
            sws_scale(p.toRgb, p.decoded->data, p.decoded->linesize, 0, p.decoded->height, rgb,
                      rgbStride);
            const qint64 pts = p.decoded->best_effort_timestamp;
            const qint64 offsetMs =
                pts != AV_NOPTS_VALUE ? av_rescale_q(pts - origin, in->time_base, kMs) : 0;
            QString privacyError;
            if (!applyPrivacy(image, job, &privacyError)) {
                result.error = QStringLiteral("privacy filter: %1").arg(privacyError);
                return AVERROR_EXTERNAL;
            }
            paintOverlay(image, job, job.firstFrameMs + offsetMs);
            const uint8_t *src[4] = {image.constBits(), nullptr, nullptr, nullptr};
            av_frame_make_writable(p.yuv);
            sws_scale(p.toYuv, src, rgbStride, 0, height, p.yuv->data, p.yuv->linesize);
            p.yuv->pts = pts;
            av_frame_unref(p.decoded);
            ++result.frames;
            if ((r = avcodec_send_frame(p.encoder, p.yuv)) < 0 || (r = writeEncoded()) < 0)
                return r;
            if (job.progress && durationMs > 0 && result.frames % 10 == 0 &&
                !job.progress(std::min(1.0, double(offsetMs) / double(durationMs)))) {
                result.cancelled = true;
                return AVERROR_EXIT;
            }
        }
        return r == AVERROR(EAGAIN) || r == AVERROR_EOF ? 0 : r;
    };

    ret = 0;
    while (ret >= 0 && av_read_frame(p.input, p.packet) >= 0) {
        if (p.packet->stream_index == p.inStream && avcodec_send_packet(p.decoder, p.packet) >= 0)
            ret = encodeDecoded();
        av_packet_unref(p.packet);
    }
    if (ret >= 0) {
        avcodec_send_packet(p.decoder, nullptr);
        ret = encodeDecoded();
    }
    if (ret >= 0) {
        avcodec_send_frame(p.encoder, nullptr);
        ret = writeEncoded();
    }
    av_packet_free(&encoded);
    if (ret < 0) {
        p.headerWritten = false;
        if (p.output->pb)
            avio_closep(&p.output->pb);
        QFile::remove(job.outputPath);
        if (result.cancelled) {
            result.error = QStringLiteral("export cancelled");
            return result;
        }
        if (!result.error.isEmpty())
            return result;
        return fail(QStringLiteral("re-encoding %1 failed").arg(job.inputPath), ret);
    }
    if (job.progress)
        job.progress(1.0);
    result.ok = true;
    return result;
}

} // namespace vigil
