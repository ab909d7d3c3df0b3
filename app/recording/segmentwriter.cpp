#include "recording/segmentwriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/error.h>
}

#include <algorithm>

namespace vigil {

QString averrorString(int averror)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(averror, text, sizeof(text));
    return QString::fromUtf8(text);
}

namespace {

qint64 timestampOf(const AVPacket &packet)
{
    return packet.dts != AV_NOPTS_VALUE ? packet.dts : packet.pts;
}

QString safeName(const QString &cameraId)
{
    QString name;
    for (const QChar c : cameraId)
        name += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-')
                    ? c
                    : QLatin1Char('_');
    return name.isEmpty() ? QStringLiteral("camera") : name;
}

} // namespace

SegmentWriter::~SegmentWriter()
{
    abandon();
}

QString SegmentWriter::segmentPath(const QString &storageDir, const QString &cameraId,
                                   qint64 startMs)
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC);
    const QString camera = safeName(cameraId);
    return QDir(storageDir)
        .filePath(QStringLiteral("%1/%2/%1_%3.mp4")
                      .arg(camera, start.toString(QStringLiteral("yyyy-MM-dd")),
                           start.toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'"))));
}

bool SegmentWriter::failWith(int averror, const QString &step, QString *error)
{
    m_lastError = averror;
    if (error)
        *error = QStringLiteral("cannot %1 %2: %3")
                     .arg(step, QDir::toNativeSeparators(m_path), averrorString(averror));
    return false;
}

bool SegmentWriter::open(const QString &path, std::shared_ptr<const PacketStreamInfo> stream,
                         QString *error)
{
    abandon();
    m_path = path;
    m_stream = std::move(stream);
    m_lastError = 0;
    m_packets = 0;
    m_maxEndTs = 0;
    m_closedBytes = 0;
    if (!m_stream || !m_stream->parameters())
        return failWith(AVERROR(EINVAL), QStringLiteral("start"), error);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return failWith(AVERROR(errno ? errno : EIO), QStringLiteral("create the folder of"),
                        error);

    const QByteArray file = QFile::encodeName(path);
    int ret = avformat_alloc_output_context2(&m_format, nullptr, "mp4", file.constData());
    if (ret < 0 || !m_format) {
        m_format = nullptr;
        return failWith(ret < 0 ? ret : AVERROR(ENOMEM), QStringLiteral("set up"), error);
    }
    AVStream *out = avformat_new_stream(m_format, nullptr);
    if (!out || (ret = avcodec_parameters_copy(out->codecpar, m_stream->parameters())) < 0) {
        abandon();
        return failWith(ret < 0 ? ret : AVERROR(ENOMEM), QStringLiteral("set up"), error);
    }
    out->codecpar->codec_tag = 0; // let the MP4 muxer choose (avc1/hvc1)
    out->time_base = AVRational{m_stream->timeBaseNum(), m_stream->timeBaseDen()};

    if ((ret = avio_open(&m_format->pb, file.constData(), AVIO_FLAG_WRITE)) < 0) {
        abandon();
        return failWith(ret, QStringLiteral("create"), error);
    }
    AVDictionary *options = nullptr;
    av_dict_set(&options, "movflags", "+frag_keyframe+empty_moov+default_base_moof", 0);
    av_dict_set(&options, "flush_packets", "1", 0); // each finished fragment reaches the disk
    ret = avformat_write_header(m_format, &options);
    av_dict_free(&options);
    if (ret < 0) {
        abandon();
        return failWith(ret, QStringLiteral("write the header of"), error);
    }
    return true;
}

bool SegmentWriter::write(const AVPacket &packet, QString *error)
{
    if (!m_format)
        return failWith(AVERROR(EINVAL), QStringLiteral("write to"), error);
    AVPacket *copy = av_packet_clone(&packet);
    if (!copy)
        return failWith(AVERROR(ENOMEM), QStringLiteral("write to"), error);
    if (copy->pts == AV_NOPTS_VALUE)
        copy->pts = copy->dts;
    if (copy->dts == AV_NOPTS_VALUE)
        copy->dts = copy->pts;
    if (copy->pts == AV_NOPTS_VALUE) { // no timestamps at all: assume one frame after the last
        copy->dts = copy->pts = m_baseTs + m_lastDts + std::max<qint64>(m_frameTs, 1);
    }
    if (m_packets == 0)
        m_baseTs = timestampOf(*copy);
    copy->pts -= m_baseTs;
    copy->dts -= m_baseTs;
    if (m_packets > 0 && copy->dts <= m_lastDts) {
        const qint64 shift = m_lastDts + 1 - copy->dts;
        copy->dts += shift;
        copy->pts = std::max(copy->pts, copy->dts);
    }
    if (m_packets > 0 && copy->dts > m_lastDts)
        m_frameTs =
            m_frameTs == 0 ? copy->dts - m_lastDts : (m_frameTs * 7 + copy->dts - m_lastDts) / 8;
    m_lastDts = copy->dts;
    const qint64 duration = copy->duration > 0 ? copy->duration : m_frameTs;
    m_maxEndTs = std::max(m_maxEndTs, copy->pts + duration);
    ++m_packets;

    const AVRational inBase{m_stream->timeBaseNum(), m_stream->timeBaseDen()};
    av_packet_rescale_ts(copy, inBase, m_format->streams[0]->time_base);
    copy->stream_index = 0;
    copy->pos = -1;
    const int ret = av_write_frame(m_format, copy); // single stream: no interleaving needed
    av_packet_free(&copy);
    if (ret < 0)
        return failWith(ret, QStringLiteral("write to"), error);
    return true;
}

bool SegmentWriter::close(QString *error)
{
    if (!m_format)
        return true;
    int ret = av_write_trailer(m_format);
    const int pbError = m_format->pb ? m_format->pb->error : 0;
    m_closedBytes = bytesWritten();
    const int closeRet = avio_closep(&m_format->pb);
    avformat_free_context(m_format);
    m_format = nullptr;
    if (ret >= 0 && pbError < 0)
        ret = pbError;
    if (ret >= 0 && closeRet < 0)
        ret = closeRet;
    if (ret < 0)
        return failWith(ret, QStringLiteral("finish"), error);
    return true;
}

void SegmentWriter::abandon()
{
    if (!m_format)
        return;
    m_closedBytes = bytesWritten();
    if (m_format->pb)
        avio_closep(&m_format->pb);
    avformat_free_context(m_format);
    m_format = nullptr;
}

qint64 SegmentWriter::bytesWritten() const
{
    if (!m_format || !m_format->pb)
        return m_closedBytes > 0 ? m_closedBytes : QFileInfo(m_path).size();
    return std::max<qint64>(avio_tell(m_format->pb), 0);
}

qint64 SegmentWriter::durationMs() const
{
    if (!m_stream)
        return 0;
    return av_rescale_q(m_maxEndTs, AVRational{m_stream->timeBaseNum(), m_stream->timeBaseDen()},
                        AVRational{1, 1000});
}

} // namespace vigil
