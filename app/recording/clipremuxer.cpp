#include "recording/clipremuxer.h"

#include "recording/segmentwriter.h"

#include <QDir>
#include <QFile>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include <algorithm>
#include <cstring>

namespace vigil {

namespace {

constexpr AVRational kMs{1, 1000};

struct InputCloser
{
    void operator()(AVFormatContext *format) const { avformat_close_input(&format); }
};
using InputPtr = std::unique_ptr<AVFormatContext, InputCloser>;

struct PacketFree
{
    void operator()(AVPacket *packet) const { av_packet_free(&packet); }
};

bool sameStream(const AVCodecParameters *a, const AVCodecParameters *b)
{
    return a->codec_id == b->codec_id && a->width == b->width && a->height == b->height &&
           a->extradata_size == b->extradata_size &&
           (a->extradata_size == 0 ||
            std::memcmp(a->extradata, b->extradata, size_t(a->extradata_size)) == 0);
}

class Output
{
public:
    ~Output()
    {
        if (m_format) {
            if (m_format->pb)
                avio_closep(&m_format->pb);
            avformat_free_context(m_format);
        }
    }

    bool isOpen() const { return m_format != nullptr; }
    const AVCodecParameters *parameters() const { return m_format->streams[0]->codecpar; }
    AVRational timeBase() const { return m_format->streams[0]->time_base; }

    bool open(const QString &path, const AVCodecParameters *parameters, QString *error)
    {
        const QByteArray file = QFile::encodeName(path);
        int ret = avformat_alloc_output_context2(&m_format, nullptr, "mp4", file.constData());
        AVStream *stream = ret >= 0 ? avformat_new_stream(m_format, nullptr) : nullptr;
        if (stream)
            ret = avcodec_parameters_copy(stream->codecpar, parameters);
        if (ret < 0 || !stream)
            return fail(path, ret < 0 ? ret : AVERROR(ENOMEM), error);
        stream->codecpar->codec_tag = 0;
        stream->time_base = AVRational{1, 90000};
        if ((ret = avio_open(&m_format->pb, file.constData(), AVIO_FLAG_WRITE)) < 0)
            return fail(path, ret, error);
        AVDictionary *options = nullptr;
        av_dict_set(&options, "movflags", "+faststart", 0);
        ret = avformat_write_header(m_format, &options);
        av_dict_free(&options);
        return ret < 0 ? fail(path, ret, error) : true;
    }

    bool write(AVPacket *packet, const QString &path, QString *error)
    {
        const int ret = av_write_frame(m_format, packet);
        return ret < 0 ? fail(path, ret, error) : true;
    }

    bool finish(const QString &path, QString *error)
    {
        int ret = av_write_trailer(m_format);
        const int closeRet = avio_closep(&m_format->pb);
        if (ret >= 0)
            ret = closeRet;
        return ret < 0 ? fail(path, ret, error) : true;
    }

private:
    static bool fail(const QString &path, int averror, QString *error)
    {
        if (error)
            *error = QStringLiteral("cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), averrorString(averror));
        return false;
    }
    AVFormatContext *m_format = nullptr;
};

} // namespace

bool remuxRange(const QList<SegmentRecord> &segments, qint64 fromMs, qint64 toMs,
                const QString &outPath, RemuxedClip *clip, QString *error)
{
    Output output;
    std::unique_ptr<AVPacket, PacketFree> packet(av_packet_alloc());
    RemuxedClip result;
    qint64 baseMs = 0;
    qint64 lastDts = AV_NOPTS_VALUE;
    qint64 frameTs = 0; // output time base
    bool done = false;

    for (const SegmentRecord &segment : segments) {
        if (done)
            break;
        if (segment.endMs <= fromMs || segment.startMs >= toMs)
            continue;
        AVFormatContext *raw = nullptr;
        const QByteArray file = QFile::encodeName(segment.path);
        int ret = avformat_open_input(&raw, file.constData(), nullptr, nullptr);
        InputPtr input(ret >= 0 ? raw : nullptr);
        if (ret >= 0)
            ret = avformat_find_stream_info(input.get(), nullptr);
        const int videoIndex =
            ret >= 0 ? av_find_best_stream(input.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0)
                     : ret;
        if (ret < 0 || videoIndex < 0) {
            if (error)
                *error = QStringLiteral("cannot read segment %1: %2")
                             .arg(QDir::toNativeSeparators(segment.path),
                                  averrorString(ret < 0 ? ret : videoIndex));
            return false;
        }
        AVStream *in = input->streams[videoIndex];
        if (!output.isOpen()) {
            if (!output.open(outPath, in->codecpar, error))
                return false;
            result.codec = QString::fromUtf8(avcodec_get_name(in->codecpar->codec_id));
        } else if (!sameStream(output.parameters(), in->codecpar)) {
            if (error)
                *error = QStringLiteral("segment %1 changes codec or picture size; export the "
                                        "range before and after it separately")
                             .arg(QDir::toNativeSeparators(segment.path));
            return false;
        }
        const qint64 origin = in->start_time != AV_NOPTS_VALUE ? in->start_time : 0;
        if (fromMs > segment.startMs) {
            const qint64 target =
                origin + av_rescale_q(fromMs - segment.startMs, kMs, in->time_base);
            av_seek_frame(input.get(), videoIndex, target, AVSEEK_FLAG_BACKWARD);
        }
        bool started = result.packets > 0;
        while (av_read_frame(input.get(), packet.get()) >= 0) {
            std::unique_ptr<AVPacket, decltype(&av_packet_unref)> unref(packet.get(),
                                                                        &av_packet_unref);
            if (packet->stream_index != videoIndex)
                continue;
            const qint64 pts = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
            const qint64 wallMs = segment.startMs + av_rescale_q(pts - origin, in->time_base, kMs);
            if (wallMs >= toMs) {
                done = true;
                break;
            }
            if (!started) {
                if (!(packet->flags & AV_PKT_FLAG_KEY))
                    continue; // the clip must start decodable
                started = true;
                baseMs = wallMs;
                result.firstMs = wallMs;
            }
            const AVRational outBase = output.timeBase();
            const qint64 offset = av_rescale_q(segment.startMs - baseMs, kMs, outBase);
            packet->pts = offset + av_rescale_q(pts - origin, in->time_base, outBase);
            const qint64 dts = packet->dts != AV_NOPTS_VALUE ? packet->dts : pts;
            packet->dts = offset + av_rescale_q(dts - origin, in->time_base, outBase);
            if (lastDts != AV_NOPTS_VALUE && packet->dts <= lastDts) {
                packet->dts = lastDts + 1;
                packet->pts = std::max(packet->pts, packet->dts);
            }
            if (lastDts != AV_NOPTS_VALUE)
                frameTs = packet->dts - lastDts;
            lastDts = packet->dts;
            packet->duration = av_rescale_q(packet->duration, in->time_base, outBase);
            packet->stream_index = 0;
            packet->pos = -1;
            result.endMs = wallMs + av_rescale_q(packet->duration > 0 ? packet->duration : frameTs,
                                                 outBase, kMs);
            if (!output.write(packet.get(), outPath, error))
                return false;
            ++result.packets;
        }
    }
    if (!output.isOpen() || result.packets == 0) {
        if (error)
            *error = QStringLiteral("no recorded video in the requested range");
        QFile::remove(outPath);
        return false;
    }
    if (!output.finish(outPath, error))
        return false;
    if (clip)
        *clip = result;
    return true;
}

} // namespace vigil
