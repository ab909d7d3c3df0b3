#include "recordingtestsupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

extern "C" {
#include <libavformat/avformat.h>
}

namespace recordingtest {

namespace {

// Encodes a lavfi source graph to H.264 with one keyframe per second (25 fps, no B-frames), as
// the recorder's segment and motion tests expect.
QString encodeLavfi(const QString &path, const QString &graph, int seconds)
{
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-hide_banner"),
                                            QStringLiteral("-loglevel"),
                                            QStringLiteral("error"),
                                            QStringLiteral("-y"),
                                            QStringLiteral("-f"),
                                            QStringLiteral("lavfi"),
                                            QStringLiteral("-i"),
                                            graph,
                                            QStringLiteral("-t"),
                                            QString::number(seconds),
                                            QStringLiteral("-c:v"),
                                            QStringLiteral("libx264"),
                                            QStringLiteral("-preset"),
                                            QStringLiteral("ultrafast"),
                                            QStringLiteral("-g"),
                                            QStringLiteral("25"),
                                            QStringLiteral("-keyint_min"),
                                            QStringLiteral("25"),
                                            QStringLiteral("-sc_threshold"),
                                            QStringLiteral("0"),
                                            QStringLiteral("-bf"),
                                            QStringLiteral("0"),
                                            QStringLiteral("-pix_fmt"),
                                            QStringLiteral("yuv420p"),
                                            path});
    const bool finished = ffmpeg.waitForFinished(60000);
    INFO("ffmpeg: " << ffmpeg.readAllStandardError().toStdString());
    REQUIRE(finished);
    REQUIRE(ffmpeg.exitCode() == 0);
    return path;
}

} // namespace

QString makeClip(const QString &dir, const QString &name, int seconds, int width, int height)
{
    return encodeLavfi(QDir(dir).filePath(name),
                       QStringLiteral("testsrc2=size=%1x%2:rate=25").arg(width).arg(height),
                       seconds);
}

QString makeBoxClip(const QString &dir, const QString &name, int seconds, bool movingBox)
{
    // The box moves 120 px per second (x = 0…120, bouncing), so keyframes one second apart
    // always see it elsewhere.
    const QString graph = movingBox ? QStringLiteral("color=c=gray:s=320x180:r=25[bg];"
                                                     "color=c=white:s=40x40:r=25[box];"
                                                     "[bg][box]overlay=x='120*abs(mod(t,2)-1)':"
                                                     "y=20:eval=frame:shortest=1")
                                    : QStringLiteral("color=c=gray:s=320x180:r=25");
    return encodeLavfi(QDir(dir).filePath(name), graph, seconds);
}

FeedResult feedClip(const QString &clip, vigil::QueuedPacketConsumer &consumer,
                    const FeedOptions &options)
{
    FeedResult result;
    result.nextSequence = options.firstSequence;
    qint64 loopStartMs = options.startWallMs;
    // One stream info per "connection", like the ingest: all loops share it.
    std::shared_ptr<const vigil::PacketStreamInfo> info;
    for (int loop = 0; loop < options.loops; ++loop) {
        AVFormatContext *format = nullptr;
        REQUIRE(avformat_open_input(&format, QFile::encodeName(clip).constData(), nullptr,
                                    nullptr) == 0);
        REQUIRE(avformat_find_stream_info(format, nullptr) >= 0);
        const int video = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
        REQUIRE(video >= 0);
        AVStream *stream = format->streams[video];
        if (!info)
            info = std::make_shared<const vigil::PacketStreamInfo>(
                *stream->codecpar, stream->time_base.num, stream->time_base.den);
        AVPacket *packet = av_packet_alloc();
        qint64 lastMs = loopStartMs;
        bool stop = false;
        while (!stop && av_read_frame(format, packet) >= 0) {
            if (packet->stream_index == video) {
                const qint64 ms =
                    loopStartMs + av_rescale_q(packet->pts, stream->time_base, AVRational{1, 1000});
                if (options.beforePacket && !options.beforePacket(ms)) {
                    stop = true;
                } else {
                    // Each loop continues the timeline, as a camera's clock would.
                    AVPacket *shifted = av_packet_clone(packet);
                    const qint64 shift = av_rescale_q(loopStartMs - options.startWallMs,
                                                      AVRational{1, 1000}, stream->time_base);
                    shifted->pts += shift;
                    shifted->dts += shift;
                    consumer.consumePacket(*shifted, info, ms, result.nextSequence++);
                    av_packet_free(&shifted);
                    lastMs = ms + 40;
                    if (options.sleepEveryPackets > 0 &&
                        ++result.packets % options.sleepEveryPackets == 0)
                        QThread::msleep(2);
                }
            }
            av_packet_unref(packet);
        }
        av_packet_free(&packet);
        avformat_close_input(&format);
        loopStartMs = lastMs;
        if (stop)
            break;
    }
    result.endWallMs = loopStartMs;
    return result;
}

Probe ffprobe(const QString &path)
{
    Probe probe;
    QProcess process;
    process.start(QStringLiteral("ffprobe"),
                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
                   QStringLiteral("-select_streams"), QStringLiteral("v:0"),
                   QStringLiteral("-show_entries"),
                   QStringLiteral("stream=codec_name,nb_read_frames:format=duration"),
                   QStringLiteral("-of"), QStringLiteral("json"), path});
    if (!process.waitForFinished(30000))
        return probe;
    probe.errors = QString::fromUtf8(process.readAllStandardError());
    const QJsonObject root = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    const QJsonArray streams = root.value(QStringLiteral("streams")).toArray();
    if (process.exitCode() != 0 || streams.isEmpty())
        return probe;
    probe.codec = streams.first().toObject().value(QStringLiteral("codec_name")).toString();
    probe.frames =
        streams.first().toObject().value(QStringLiteral("nb_read_frames")).toString().toInt();
    probe.durationS = root.value(QStringLiteral("format"))
                          .toObject()
                          .value(QStringLiteral("duration"))
                          .toString()
                          .toDouble();
    probe.ok = true;
    return probe;
}

Camsim::Camsim(const QStringList &arguments)
{
    QString program = qEnvironmentVariable("VIGIL_CAMSIM");
    if (program.isEmpty())
        program = QStringLiteral(VIGIL_TEST_CAMSIM);
    INFO("VIGIL_CAMSIM=" << program.toStdString());
    REQUIRE(QFileInfo(program).isExecutable());
    m_process.start(program,
                    QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
    REQUIRE(m_process.waitForStarted(5000));
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 15000 && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
        const qsizetype at = out.indexOf("listening port=");
        if (at >= 0 && out.indexOf('\n', at) > at) {
            m_port = out.mid(at + 15).split(' ').first().trimmed().toInt();
            break;
        }
    }
    INFO("camsim: " << out.toStdString() << m_process.readAllStandardError().toStdString());
    REQUIRE(m_port > 0);
}

Camsim::~Camsim()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString Camsim::url(const QString &path) const
{
    return QStringLiteral("rtsp://127.0.0.1:%1/%2").arg(m_port).arg(path);
}

} // namespace recordingtest
