// vigil-bench-analyticsd: what the process boundary costs. The same frames (the demo's real
// footage, $VIGIL_CLIP_DIR/plaza_sub.mp4: 640 x 360 H.264 from vtest.avi, every 5th decoded
// picture = 5 fps, handed over as the decoder's yuv420p AVFrames exactly as the ingest delivers
// them) go through motion + line crossing + intrusion twice:
//   in-process — convert to gray and call the agents directly (PluginHost);
//   isolated   — AnalyticsSupervisor: convert into the shared-memory ring, notify the
//                vigil-analyticsd worker over the socket, one binary results message back per
//                camera and frame.
// CPU is process time (app: getrusage; worker: /proc/PID/stat), so waiting costs nothing.
//
//   build/bin/vigil-bench-analyticsd [--frames 150] [--clip FILE] [--paced]
//   build/bin/vigil-bench-analyticsd --cameras 16 [--seconds 30] [--threads N] [--beside-wall]
//   (runCameras(); --beside-wall runs vigil-bench-wall's 16-tile phase at the same time; the
//   process_ratio is against the in-process run paced alike, process_ratio_hot against the
//   in-process run back to back)
//   --inproc-cv-threads N: OpenCV's thread count for the in-process run (default: OpenCV's own,
//   one per core, as in the app; 1 = single-threaded like the worker, the strict like-for-like
//   baseline). The worker always runs OpenCV single-threaded.
//
// Ends with ONE summary line: frames=… inproc_cpu_ms=… isolated_cpu_ms=… worker_cpu_ms=…
// process_ratio=… cpu_per_cam_pct=… (isolated, % of one core per camera at 5 fps)
// isolated_per_cam_pct=…

#include "analytics/analyticsframesource.h"
#include "analytics/analyticssupervisor.h"
#include "analytics/pluginhost.h"
#include "events/inprocesseventbus.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/frame.h>
#include <libswscale/swscale.h>
}

#include <opencv2/core/utility.hpp>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

using namespace vigil;

namespace {

double selfCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec * 1e3 + usage.ru_utime.tv_usec / 1e3 +
           usage.ru_stime.tv_sec * 1e3 + usage.ru_stime.tv_usec / 1e3;
}

// Children of this process (any thread may have started them), but `except`.
QList<qint64> childPids(qint64 except = 0)
{
    QList<qint64> pids;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks.filePath(task + QStringLiteral("/children")));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &pid : file.readAll().split(' ')) {
            if (!pid.trimmed().isEmpty() && pid.trimmed().toLongLong() != except)
                pids.append(pid.trimmed().toLongLong());
        }
    }
    return pids;
}

double processCpuMs(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = file.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = fields.at(11).toDouble() + fields.at(12).toDouble(); // utime, stime
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

// Every `keepEvery`-th decoded picture of the clip, up to `count`, as decoder-owned AVFrames.
std::vector<AVFrame *> decodeClip(const QString &path, int count, int keepEvery, QString *error)
{
    std::vector<AVFrame *> frames;
    AVFormatContext *format = nullptr;
    if (avformat_open_input(&format, path.toUtf8().constData(), nullptr, nullptr) < 0 ||
        avformat_find_stream_info(format, nullptr) < 0) {
        *error = QStringLiteral("%1: cannot open").arg(path);
        avformat_close_input(&format);
        return frames;
    }
    const AVCodec *decoder = nullptr;
    const int stream = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, &decoder, 0);
    AVCodecContext *codec = stream >= 0 ? avcodec_alloc_context3(decoder) : nullptr;
    if (!codec || avcodec_parameters_to_context(codec, format->streams[stream]->codecpar) < 0 ||
        avcodec_open2(codec, decoder, nullptr) < 0) {
        *error = QStringLiteral("%1: no decodable video").arg(path);
        avcodec_free_context(&codec);
        avformat_close_input(&format);
        return frames;
    }
    AVPacket *packet = av_packet_alloc();
    AVFrame *frame = av_frame_alloc();
    int decoded = 0;
    while (int(frames.size()) < count && av_read_frame(format, packet) >= 0) {
        if (packet->stream_index == stream && avcodec_send_packet(codec, packet) >= 0) {
            while (int(frames.size()) < count && avcodec_receive_frame(codec, frame) == 0) {
                if (decoded++ % keepEvery == 0)
                    frames.push_back(av_frame_clone(frame));
                av_frame_unref(frame);
            }
        }
        av_packet_unref(packet);
    }
    av_frame_free(&frame);
    av_packet_free(&packet);
    avcodec_free_context(&codec);
    avformat_close_input(&format);
    if (int(frames.size()) < count)
        *error = QStringLiteral("%1: only %2 of %3 frames").arg(path).arg(frames.size()).arg(count);
    return frames;
}

class BenchFrameSource : public AnalyticsFrameSource
{
public:
    bool attach(const QString &, StreamProfile, std::shared_ptr<FrameConsumer> consumer,
                QString *) override
    {
        this->consumer = consumer;
        return true;
    }
    void detach(const QString &, const FrameConsumer *) override { consumer.reset(); }
    std::shared_ptr<FrameConsumer> consumer;
};

// One consumer per camera.
class MultiFrameSource : public AnalyticsFrameSource
{
public:
    bool attach(const QString &cameraId, StreamProfile, std::shared_ptr<FrameConsumer> consumer,
                QString *) override
    {
        consumers.insert(cameraId, consumer);
        return true;
    }
    void detach(const QString &cameraId, const FrameConsumer *) override
    {
        consumers.remove(cameraId);
    }
    QHash<QString, std::shared_ptr<FrameConsumer>> consumers;
};

// --cameras N: N cameras x (motion + line + zone) at a live 5 fps for `seconds` through the
// supervisor and the worker with the app's default options (CPU budget 1 core), each camera on
// its own stretch of the clip. The main thread plays the N ingest threads (the feed's conversion
// into the rings is app CPU, as in the app). Then the same frames in-process, paced and back to
// back, for the ratios.
// --beside-wall: vigil-bench-wall (next to this binary) plays a 16-tile wall of sub streams from
// its own camera simulator for the whole run; its summary line is printed and its cpu_pct and
// fps go into ours. The wall starts 10 s before the analytics are measured.
struct WallRun
{
    std::unique_ptr<QProcess> process;
    QByteArray summary; // the wall bench's key=value line
};

std::unique_ptr<WallRun> startWall(int seconds)
{
    auto wall = std::make_unique<WallRun>();
    wall->process = std::make_unique<QProcess>();
    wall->process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    wall->process->start(
        QCoreApplication::applicationDirPath() + QStringLiteral("/vigil-bench-wall"),
        {QStringLiteral("--phases"), QStringLiteral("tiles"), QStringLiteral("--tiles"),
         QStringLiteral("16"), QStringLiteral("--seconds"), QString::number(seconds)});
    if (!wall->process->waitForStarted(5000))
        return nullptr;
    QEventLoop settle; // the simulator and the 16 tiles come up
    QTimer::singleShot(10000, &settle, &QEventLoop::quit);
    settle.exec();
    return wall;
}

QByteArray finishWall(WallRun &wall)
{
    wall.process->waitForFinished(120000);
    const QList<QByteArray> lines = wall.process->readAllStandardOutput().trimmed().split('\n');
    return lines.isEmpty() ? QByteArray() : lines.last().trimmed();
}

QByteArray wallFigure(const QByteArray &summary, const QByteArray &key)
{
    for (const QByteArray &pair : summary.split(' ')) {
        if (pair.startsWith(key + '='))
            return pair.mid(key.size() + 1);
    }
    return "-";
}

int runCameras(const std::vector<AVFrame *> &yuv, int cameras, int seconds,
               const CameraAnalyticsConfigList &perCamera, int workerThreads, bool besideWall)
{
    std::unique_ptr<WallRun> wall;
    if (besideWall) {
        wall = startWall(seconds + 15);
        if (!wall) {
            std::fprintf(stderr, "vigil-bench-analyticsd: vigil-bench-wall did not start\n");
            return 1;
        }
    }
    const qint64 wallPid = wall ? wall->process->processId() : 0;
    const qint64 epochMs = QDateTime::currentMSecsSinceEpoch();
    CameraAnalyticsConfigList configs;
    for (int c = 0; c < cameras; ++c) {
        for (CameraAnalyticsConfig config : perCamera) {
            config.cameraId = QStringLiteral("cam-%1").arg(c + 1);
            configs.append(config);
        }
    }
    const auto frameOf = [&](int camera, int tick) -> const AVFrame & {
        return *yuv[std::size_t((tick + camera * 11) % int(yuv.size()))];
    };
    const int ticks = seconds * 5;

    InProcessEventBus bus;
    MultiFrameSource source;
    AnalyticsSupervisorOptions options; // the app's defaults
    if (workerThreads > 0)
        options.workerThreads = workerThreads;
    AnalyticsSupervisor supervisor(&bus, &source, options);
    QObject receiver;
    qint64 answers = 0;
    QObject::connect(&supervisor, &AnalyticsSupervisor::objectsReady, &receiver,
                     [&](const QString &, qint64, const QList<ObjectMetadata> &) { ++answers; });
    supervisor.setConfigs(configs);
    supervisor.start();
    QElapsedTimer clock;
    clock.start();
    const auto allReady = [&] {
        if (source.consumers.size() != cameras)
            return false;
        for (const auto &consumer : std::as_const(source.consumers)) {
            if (!consumer->wantsFrames())
                return false;
        }
        return true;
    };
    while (!allReady() && clock.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    const QList<qint64> workers = childPids(wallPid);
    if (!allReady() || workers.size() != 1) {
        std::fprintf(stderr, "vigil-bench-analyticsd: the worker did not start\n");
        return 1;
    }
    const double workerStart = processCpuMs(workers.first());
    const double appStart = selfCpuMs();
    clock.restart();
    for (int tick = 0; tick < ticks; ++tick) {
        for (int c = 0; c < cameras; ++c)
            source.consumers.value(QStringLiteral("cam-%1").arg(c + 1))
                ->consumeFrame(frameOf(c, tick), {quint64(tick), epochMs + tick * 200});
        // Sleep in an event loop (results keep arriving) until the next 200 ms tick.
        QEventLoop tickWait;
        QTimer::singleShot(std::max<qint64>(0, (tick + 1) * 200 - clock.elapsed()),
                           Qt::PreciseTimer, &tickWait, &QEventLoop::quit);
        tickWait.exec();
    }
    QEventLoop settle; // up to 1 s for the last answers
    QTimer::singleShot(1000, &settle, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &settle, [&] {
        if (answers >= qint64(ticks) * cameras)
            settle.quit();
    });
    poll.start(20);
    settle.exec();
    const double appMs = selfCpuMs() - appStart;
    const double workerMs = processCpuMs(workers.first()) - workerStart;
    supervisor.stop();
    const QByteArray wallSummary = wall ? finishWall(*wall) : QByteArray();
    if (wall)
        std::printf("wall: %s\n", wallSummary.constData());

    // In-process: the same frames through the same plugins on one thread, twice with fresh
    // agents: paced like the isolated run (a tick every 200 ms, as a live 5 fps feed would call
    // them; the like-for-like baseline) and back to back (hot caches; the lower bound).
    PluginHost host;
    host.scan(PluginHost::defaultSearchDirectories());
    const auto runInProcess = [&](bool paced) -> double {
        std::vector<std::unique_ptr<AnalyticsAgent>> agents;
        for (const CameraAnalyticsConfig &config : configs) {
            QString error;
            agents.push_back(
                host.createAgent(config.pluginId, {config.cameraId, {}, config.settings}, &error));
            if (!agents.back()) {
                std::fprintf(stderr, "vigil-bench-analyticsd: %s\n", qPrintable(error));
                return -1;
            }
        }
        SwsContext *sws = nullptr;
        std::vector<uchar> gray;
        QElapsedTimer pace;
        pace.start();
        const double start = selfCpuMs();
        for (int tick = 0; tick < ticks; ++tick) {
            for (int c = 0; c < cameras; ++c) {
                const AVFrame &frame = frameOf(c, tick);
                sws = sws_getCachedContext(
                    sws, frame.width, frame.height, AVPixelFormat(frame.format), frame.width,
                    frame.height, AV_PIX_FMT_GRAY8, SWS_BILINEAR, nullptr, nullptr, nullptr);
                gray.resize(std::size_t(frame.width) * frame.height);
                uint8_t *planes[4] = {gray.data(), nullptr, nullptr, nullptr};
                int strides[4] = {frame.width, 0, 0, 0};
                sws_scale(sws, frame.data, frame.linesize, 0, frame.height, planes, strides);
                FrameView view;
                view.timestampUs = (epochMs + tick * 200) * 1000;
                view.width = frame.width;
                view.height = frame.height;
                view.planes[0] = {gray.data(), frame.width};
                for (std::size_t p = 0; p < std::size_t(perCamera.size()); ++p) {
                    AnalyticsAgent &agent = *agents[std::size_t(c) * perCamera.size() + p];
                    view.cameraId = configs.at(int(c * perCamera.size() + p)).cameraId;
                    agent.processFrame(view);
                }
            }
            if (paced)
                QThread::msleep(std::max<qint64>(0, (tick + 1) * 200 - pace.elapsed()));
        }
        const double used = selfCpuMs() - start;
        sws_freeContext(sws);
        return used;
    };
    const double inprocMs = runInProcess(true);
    const double inprocHotMs = runInProcess(false);
    if (inprocMs < 0 || inprocHotMs < 0)
        return 1;

    const double isolatedMs = appMs + workerMs;
    const double wallSeconds = ticks / 5.0;
    // objectsReady comes once per camera and frame, with the answers of all its agents.
    const qint64 expected = qint64(ticks) * cameras;
    const double totalPct = isolatedMs / (wallSeconds * 1000) * 100;
    std::printf("%d cameras x %lld plugins at 5 fps for %.0f s: app %.0f ms + worker %.0f ms CPU "
                "= %.1f %% of one core; in-process %.0f ms paced, %.0f ms back to back; answered "
                "%lld of %lld camera frames\n",
                cameras, qlonglong(perCamera.size()), wallSeconds, appMs, workerMs, totalPct,
                inprocMs, inprocHotMs, qlonglong(answers), qlonglong(expected));
    std::printf(
        "cameras=%d plugins=%lld seconds=%.0f app_cpu_ms=%.0f worker_cpu_ms=%.0f "
        "inproc_cpu_ms=%.0f inproc_hot_cpu_ms=%.0f total_cpu_pct=%.1f cpu_per_cam_pct=%.2f "
        "cpu_per_cam_plugin_pct=%.2f inproc_per_cam_pct=%.2f process_ratio=%.3f "
        "process_ratio_hot=%.3f dropped_camera_frames=%lld inproc_cv_threads=%d%s\n",
        cameras, qlonglong(perCamera.size()), wallSeconds, appMs, workerMs, inprocMs, inprocHotMs,
        totalPct, totalPct / cameras, totalPct / cameras / perCamera.size(),
        inprocMs / (wallSeconds * 1000) * 100 / cameras, isolatedMs / std::max(1.0, inprocMs),
        isolatedMs / std::max(1.0, inprocHotMs), qlonglong(expected - answers), cv::getNumThreads(),
        wall ? (" wall_tiles=16 wall_cpu_pct=" + wallFigure(wallSummary, "tiles16_cpu_pct") +
                " wall_fps_min=" + wallFigure(wallSummary, "tiles16_fps_min") +
                " wall_gui_cpu_pct=" + wallFigure(wallSummary, "tiles16_gui_cpu_pct"))
                   .constData()
             : "");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int frames = 150;
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--frames"));
    if (at >= 0 && at + 1 < args.size())
        frames = std::max(20, args.at(at + 1).toInt());

    const qsizetype clipAt = args.indexOf(QStringLiteral("--clip"));
    QString clip =
        clipAt >= 0 && clipAt + 1 < args.size()
            ? args.at(clipAt + 1)
            : qEnvironmentVariable("VIGIL_CLIP_DIR",
                                   QDir::homePath() + QStringLiteral("/.cache/vigil/media/clips")) +
                  QStringLiteral("/plaza_sub.mp4");
    // --paced: feed one frame per 200 ms like a live 5 fps camera, so the fixed per-second costs
    // (heartbeats, watchdog) count as they do in the app; the default feeds each frame as soon
    // as the previous one is answered.
    const qint64 pacedMs = args.contains(QStringLiteral("--paced")) ? 200 : 0;
    const qsizetype cvThreadsAt = args.indexOf(QStringLiteral("--inproc-cv-threads"));
    if (cvThreadsAt >= 0 && cvThreadsAt + 1 < args.size())
        cv::setNumThreads(std::max(1, args.at(cvThreadsAt + 1).toInt()));
    std::printf("in-process OpenCV threads: %d\n", cv::getNumThreads());
    QString error;
    std::vector<AVFrame *> yuv = decodeClip(clip, frames, 5, &error); // 25 fps → 5 fps
    if (!error.isEmpty()) {
        std::fprintf(stderr, "vigil-bench-analyticsd: %s\n", qPrintable(error));
        return 1;
    }
    const double seconds = (frames - 1) / 5.0; // frame 0 is the uncounted warm-up

    const QJsonArray zone{QJsonObject{
        {QStringLiteral("points"), QJsonArray{QJsonArray{0.3, 0.6}, QJsonArray{0.8, 0.6},
                                              QJsonArray{0.8, 1.0}, QJsonArray{0.3, 1.0}}}}};
    const QJsonArray line{QJsonObject{
        {QStringLiteral("points"), QJsonArray{QJsonArray{0.5, 1.0}, QJsonArray{0.5, 0.6}}},
        {QStringLiteral("direction"), QStringLiteral("both")}}};
    const CameraAnalyticsConfigList configs{
        {QStringLiteral("bench"), QStringLiteral("org.vigil.motion"), true, {}},
        {QStringLiteral("bench"),
         QStringLiteral("org.vigil.linecrossing"),
         true,
         {{QStringLiteral("lines"), line}}},
        {QStringLiteral("bench"),
         QStringLiteral("org.vigil.intrusion"),
         true,
         {{QStringLiteral("zones"), zone}}},
    };
    const qsizetype camerasAt = args.indexOf(QStringLiteral("--cameras"));
    if (camerasAt >= 0 && camerasAt + 1 < args.size()) {
        const qsizetype secondsAt = args.indexOf(QStringLiteral("--seconds"));
        const int runSeconds =
            secondsAt >= 0 && secondsAt + 1 < args.size() ? args.at(secondsAt + 1).toInt() : 30;
        const qsizetype threadsAt = args.indexOf(QStringLiteral("--threads"));
        const int threads =
            threadsAt >= 0 && threadsAt + 1 < args.size() ? args.at(threadsAt + 1).toInt() : 0;
        const int code =
            runCameras(yuv, std::max(1, args.at(camerasAt + 1).toInt()), std::max(2, runSeconds),
                       configs, threads, args.contains(QStringLiteral("--beside-wall")));
        for (AVFrame *frame : yuv)
            av_frame_free(&frame);
        return code;
    }
    const qint64 epochMs = 1764547200000;

    // In-process.
    PluginHost host;
    host.scan(PluginHost::defaultSearchDirectories());
    std::vector<std::unique_ptr<AnalyticsAgent>> agents;
    for (const CameraAnalyticsConfig &config : configs) {
        QString error;
        agents.push_back(
            host.createAgent(config.pluginId, {config.cameraId, {}, config.settings}, &error));
        if (!agents.back()) {
            std::fprintf(stderr, "vigil-bench-analyticsd: %s: %s\n", qPrintable(config.pluginId),
                         qPrintable(error));
            return 1;
        }
    }
    SwsContext *sws = nullptr;
    std::vector<uchar> gray;
    // Frame 0 warms both paths up (agent set-up, first allocations) and is not counted.
    double inStart = selfCpuMs();
    for (int f = 0; f < int(yuv.size()); ++f) {
        if (f == 1)
            inStart = selfCpuMs();
        const AVFrame &frame = *yuv[std::size_t(f)];
        sws = sws_getCachedContext(sws, frame.width, frame.height, AVPixelFormat(frame.format),
                                   frame.width, frame.height, AV_PIX_FMT_GRAY8, SWS_BILINEAR,
                                   nullptr, nullptr, nullptr);
        gray.resize(std::size_t(frame.width) * frame.height);
        uint8_t *planes[4] = {gray.data(), nullptr, nullptr, nullptr};
        int strides[4] = {frame.width, 0, 0, 0};
        sws_scale(sws, frame.data, frame.linesize, 0, frame.height, planes, strides);
        FrameView view;
        view.cameraId = QStringLiteral("bench");
        view.timestampUs = (epochMs + f * 200) * 1000;
        view.width = frame.width;
        view.height = frame.height;
        view.planes[0] = {gray.data(), frame.width};
        for (auto &agent : agents)
            agent->processFrame(view);
        if (pacedMs > 0) // same rhythm as the isolated run: caches and clocks cool down alike
            QThread::msleep(pacedMs);
    }
    const double inprocMs = selfCpuMs() - inStart;
    sws_freeContext(sws);
    agents.clear();

    // Isolated.
    InProcessEventBus bus;
    BenchFrameSource source;
    AnalyticsSupervisorOptions options;
    options.cpuBudgetCores = 2.0;
    AnalyticsSupervisor supervisor(&bus, &source, options);
    QObject receiver;
    qint64 lastTime = 0;
    int answers = 0;
    QEventLoop waitForAnswers;
    QObject::connect(&supervisor, &AnalyticsSupervisor::objectsReady, &receiver,
                     [&](const QString &, qint64 t, const QList<ObjectMetadata> &) {
                         if (t == lastTime && ++answers == 1) // one per camera and frame
                             waitForAnswers.quit();
                     });
    QTimer giveUp;
    giveUp.setSingleShot(true);
    QObject::connect(&giveUp, &QTimer::timeout, &waitForAnswers, &QEventLoop::quit);
    supervisor.setConfigs(configs);
    supervisor.start();
    QElapsedTimer timeout;
    timeout.start();
    while (!(source.consumer && source.consumer->wantsFrames()) && timeout.elapsed() < 15000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    const QList<qint64> workers = childPids();
    if (!source.consumer || !source.consumer->wantsFrames() || workers.size() != 1) {
        std::fprintf(stderr, "vigil-bench-analyticsd: the worker did not start\n");
        return 1;
    }
    double workerStart = processCpuMs(workers.first());
    double appStart = selfCpuMs();
    for (int f = 0; f < int(yuv.size()); ++f) {
        if (f == 1) {
            workerStart = processCpuMs(workers.first());
            appStart = selfCpuMs();
        }
        lastTime = (epochMs + f * 200) * 1000;
        answers = 0;
        source.consumer->consumeFrame(*yuv[std::size_t(f)], {quint64(f), epochMs + f * 200});
        const qint64 sentAt = timeout.elapsed();
        giveUp.start(5000);
        if (answers < 1)
            waitForAnswers.exec(); // blocks without spinning: waiting costs no CPU
        giveUp.stop();
        if (pacedMs > 0) // like a live camera: the next frame comes pacedMs later
            QThread::msleep(std::max<qint64>(0, pacedMs - (timeout.elapsed() - sentAt)));
    }
    const double appMs = selfCpuMs() - appStart;
    const double workerMs = processCpuMs(workers.first()) - workerStart;
    supervisor.stop();
    for (AVFrame *frame : yuv)
        av_frame_free(&frame);

    const double isolatedMs = appMs + workerMs;
    const double ratio = isolatedMs / std::max(1.0, inprocMs);
    const double perCamPct = isolatedMs / (seconds * 1000) * 100;
    const double inprocPerCamPct = inprocMs / (seconds * 1000) * 100;
    std::printf("in-process: %.0f ms CPU for %d frames (%.2f ms/frame)\n", inprocMs, frames - 1,
                inprocMs / (frames - 1));
    std::printf("isolated:   %.0f ms CPU (app %.0f + worker %.0f, %.2f ms/frame)\n", isolatedMs,
                appMs, workerMs, isolatedMs / (frames - 1));
    std::printf("frames=%d inproc_cpu_ms=%.0f isolated_cpu_ms=%.0f worker_cpu_ms=%.0f "
                "process_ratio=%.3f cpu_per_cam_pct=%.2f inproc_per_cam_pct=%.2f "
                "inproc_cv_threads=%d\n",
                frames, inprocMs, isolatedMs, workerMs, ratio, perCamPct, inprocPerCamPct,
                cv::getNumThreads());
    return 0;
}
