// vigil-bench-record: CPU per recorded camera, write throughput, seek latency and synchronised
// playback (frames/s and CPU per camera), measured on the real pipeline (vigil-camsim over RTSP →
// StreamIngest packet tap → CameraRecorder → fMP4 → CameraPlayer).
#include "media/streamingest.h"
#include "recording/camerarecorder.h"
#include "recording/playbackengine.h"
#include "recording/recordingsearch.h"
#include "recording/segmentindex.h"
#include "recording/segmentreader.h"
#include "store/database.h"
#include "util/cpumeter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <map>
#include <unistd.h>

using namespace vigil;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// CPU ticks of this process's threads, summed by thread name (/proc/self/task/*/stat).
std::map<QString, quint64> threadTicks()
{
    std::map<QString, quint64> ticks;
    const QStringList tasks =
        QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile file(QStringLiteral("/proc/self/task/%1/stat").arg(task));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = file.readAll();
        const qsizetype open = stat.indexOf('('), close = stat.lastIndexOf(')');
        if (open < 0 || close < 0)
            continue;
        const QString name = QString::fromUtf8(stat.mid(open + 1, close - open - 1));
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() > 12)
            ticks[name] +=
                fields.at(11).toULongLong() + fields.at(12).toULongLong(); // utime, stime
    }
    return ticks;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int cameras = 8;
    int seconds = 30;
    int seeks = 30;
    QString clip;
    QString keepDir; // record here and keep the files (default: a temp folder, removed)
    QString config = QStringLiteral(VIGIL_BENCH_CAMSIM_CONFIG);
    QString clipDir = QDir::home().filePath(QStringLiteral(".cache/vigil/media/clips"));
    bool motion = true; // keyframe motion index while recording
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const QString &key = args.at(i), &value = args.at(i + 1);
        if (key == QStringLiteral("--cameras"))
            cameras = std::max(1, value.toInt());
        else if (key == QStringLiteral("--seconds"))
            seconds = std::max(5, value.toInt());
        else if (key == QStringLiteral("--seeks"))
            seeks = std::max(1, value.toInt());
        else if (key == QStringLiteral("--clip"))
            clip = value;
        else if (key == QStringLiteral("--config"))
            config = value;
        else if (key == QStringLiteral("--clip-dir"))
            clipDir = value;
        else if (key == QStringLiteral("--keep"))
            keepDir = value;
        else if (key == QStringLiteral("--motion"))
            motion = value != QStringLiteral("off");
        else {
            std::fprintf(stderr,
                         "usage: vigil-bench-record [--cameras N] [--seconds T] [--seeks K] "
                         "[--clip FILE | --config FILE --clip-dir DIR] [--keep DIR] "
                         "[--motion on|off]\n");
            return 2;
        }
    }

    QTemporaryDir temp;
    const QDir work(keepDir.isEmpty() ? temp.path() : keepDir);
    QDir().mkpath(work.path());
    const QString camsimPath =
        QDir(app.applicationDirPath()).filePath(QStringLiteral("vigil-camsim"));
    QStringList camsimArgs{QStringLiteral("--port"), QStringLiteral("0")};
    QStringList ids;
    if (!clip.isEmpty()) {
        for (int i = 1; i <= cameras; ++i) {
            ids << QStringLiteral("b%1").arg(i);
            camsimArgs << QStringLiteral("--camera")
                       << QStringLiteral("id=%1,main=%2,start=%3").arg(ids.last(), clip).arg(i);
        }
    } else {
        camsimArgs << QStringLiteral("--config") << config << QStringLiteral("--clip-dir")
                   << clipDir;
        for (int i = 1; i <= cameras; ++i)
            ids << QStringLiteral("c%1").arg(i, 2, 10, QLatin1Char('0'));
    }
    QProcess camsim;
    camsim.start(camsimPath, camsimArgs);
    int port = -1;
    QByteArray out;
    QElapsedTimer startup;
    startup.start();
    while (port < 0 && startup.elapsed() < 20000) {
        camsim.waitForReadyRead(200);
        out += camsim.readAllStandardOutput();
        const qsizetype at = out.indexOf("listening port=");
        if (at >= 0 && out.indexOf('\n', at) > at)
            port = out.mid(at + 15).split(' ').first().trimmed().toInt();
        if (camsim.state() == QProcess::NotRunning)
            break;
    }
    if (port < 0) {
        std::fprintf(stderr, "vigil-bench-record: camsim did not start: %s\n",
                     camsim.readAllStandardError().constData());
        return 1;
    }

    const QString dbPath = work.filePath(QStringLiteral("vigil.db"));
    QString error;
    std::unique_ptr<Database> db = Database::open(dbPath, &error);
    if (!db) {
        std::fprintf(stderr, "vigil-bench-record: %s\n", qPrintable(error));
        return 1;
    }
    std::vector<std::unique_ptr<CameraRecorder>> recorders;
    std::vector<std::unique_ptr<StreamIngest>> ingests;
    for (const QString &id : std::as_const(ids)) {
        CameraRecordingConfig cfg;
        cfg.cameraId = id;
        cfg.storageDir = work.filePath(QStringLiteral("rec"));
        cfg.segmentSeconds = 10;
        cfg.minFreeBytes = 0;
        cfg.motionIndex = motion;
        recorders.push_back(std::make_unique<CameraRecorder>(cfg, dbPath));
        recorders.back()->start();
        StreamRequest request;
        request.cameraId = id;
        request.profile = StreamProfile::Main;
        request.url = QStringLiteral("rtsp://127.0.0.1:%1/%2/main").arg(port).arg(id);
        ingests.push_back(std::make_unique<StreamIngest>(request, IngestOptions{}));
        ingests.back()->addPacketConsumer(recorders.back()->packetConsumer());
        ingests.back()->start();
    }
    // Warm-up: every camera recording.
    QElapsedTimer warm;
    warm.start();
    while (warm.elapsed() < 15000) {
        bool all = true;
        for (const auto &r : recorders)
            all = all && r->status().state == RecordingState::Recording;
        if (all)
            break;
        QThread::msleep(100);
    }
    QThread::sleep(2);

    CpuMeter meter;
    meter.processPercentOfOneCore();
    const auto ticksBefore = threadTicks();
    QElapsedTimer measured;
    measured.start();
    QThread::sleep(unsigned(seconds));
    const double processPct = meter.processPercentOfOneCore();
    const auto ticksAfter = threadTicks();
    const double wallS = measured.elapsed() / 1000.0;
    for (auto &ingest : ingests)
        ingest->stop();
    quint64 dropped = 0;
    qint64 bytes = 0;
    for (auto &r : recorders) {
        dropped += r->packetConsumer()->droppedPackets();
        r->stop();
        bytes += r->status().bytesWritten;
    }
    camsim.terminate();
    camsim.waitForFinished(5000);

    const double tick = double(sysconf(_SC_CLK_TCK));
    auto threadPct = [&](const QString &name) {
        quint64 delta = 0;
        for (const auto &[thread, value] : ticksAfter)
            if (thread == name)
                delta += value - (ticksBefore.count(thread) ? ticksBefore.at(thread) : 0);
        return 100.0 * delta / tick / wallS;
    };
    const double recordPct = threadPct(QStringLiteral("vigil-record"));
    const double ingestPct = threadPct(QStringLiteral("vigil-ingest"));

    // Seek latency: random segment, random offset, open + seek + decode the shown frame.
    SegmentIndex index(db->connection());
    QList<SegmentRecord> all;
    for (const QString &id : std::as_const(ids))
        all += index.segments(id, 0, std::numeric_limits<qint64>::max());
    // Throughput from the index: bytes on disk over the recorded time per camera.
    qint64 indexedBytes = 0;
    qint64 recordedMs = 0;
    for (const SegmentRecord &segment : std::as_const(all)) {
        indexedBytes += segment.bytes;
        recordedMs += segment.endMs - segment.startMs;
    }
    const double mbPerS =
        recordedMs > 0 ? double(indexedBytes) / (recordedMs / 1000.0 / cameras) / 1e6 : 0;
    std::vector<double> seekMs;
    auto *random = QRandomGenerator::global();
    for (int i = 0; i < seeks && !all.isEmpty(); ++i) {
        const SegmentRecord &segment = all.at(random->bounded(int(all.size())));
        const qint64 offset =
            random->bounded(int(std::max<qint64>(1, segment.endMs - segment.startMs)));
        QElapsedTimer timer;
        timer.start();
        SegmentReader reader;
        qint64 shown = 0;
        if (!reader.open(segment.path, &error) || !reader.frameAt(offset, &shown, &error)) {
            std::fprintf(stderr, "vigil-bench-record: %s\n", qPrintable(error));
            continue;
        }
        seekMs.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(seekMs.begin(), seekMs.end());

    // Motion index: samples written per camera and second, and smart search of a quarter of the
    // picture over everything recorded (query + region test), per camera.
    qint64 motionSamples = 0;
    std::vector<double> searchMs;
    for (const QString &id : std::as_const(ids)) {
        MotionSearchQuery query;
        query.cameraId = id;
        query.region = QRectF(0.25, 0.25, 0.5, 0.5);
        query.fromMs = 0;
        query.toMs = std::numeric_limits<qint64>::max();
        QElapsedTimer timer;
        timer.start();
        const MotionSearchResult result = searchMotion(db->connection(), query);
        searchMs.push_back(timer.nsecsElapsed() / 1e6);
        motionSamples += result.samples;
    }
    std::sort(searchMs.begin(), searchMs.end());
    const double searchMedian = searchMs.empty() ? -1 : searchMs[searchMs.size() / 2];
    const double samplesPerCamS =
        recordedMs > 0 ? double(motionSamples) / (recordedMs / 1000.0) : 0;
    const double seekMedian = seekMs.empty() ? -1 : seekMs[seekMs.size() / 2];
    const double seekMax = seekMs.empty() ? -1 : seekMs.back();

    // Synchronised playback: every recorded camera on one clock at 1× for up to 5 s, pictures
    // scaled for a 4×4 grid tile; frames shown per second per camera and the player threads' CPU.
    qint64 commonStart = 0;
    qint64 commonEnd = std::numeric_limits<qint64>::max();
    QHash<QString, QList<SegmentRecord>> byCamera;
    for (const SegmentRecord &segment : std::as_const(all))
        byCamera[segment.cameraId].append(segment);
    for (const QList<SegmentRecord> &list : std::as_const(byCamera)) {
        commonStart = std::max(commonStart, list.first().startMs);
        commonEnd = std::min(commonEnd, list.last().endMs);
    }
    const qint64 playMs = std::clamp<qint64>(commonEnd - commonStart - 500, 0, 5000);
    std::atomic<int> framesShown{0};
    double playbackFpsPerCam = 0;
    double playbackPctPerCam = 0;
    if (playMs > 1000) {
        PlaybackClock clock;
        std::vector<std::unique_ptr<CameraPlayer>> players;
        for (auto it = byCamera.cbegin(); it != byCamera.cend(); ++it) {
            auto player = std::make_unique<CameraPlayer>(it.key(), clock,
                                                         [&framesShown](const PlayerFrame &frame) {
                                                             if (!frame.image.isNull())
                                                                 framesShown.fetch_add(1);
                                                         });
            player->setSegments(it.value());
            player->setTargetSize(QSize(480, 270));
            players.push_back(std::move(player));
        }
        clock.seek(commonStart + 200);
        const auto playBefore = threadTicks();
        for (auto &player : players)
            player->start();
        clock.setPaused(false);
        QThread::msleep(quint64(playMs));
        for (auto &player : players)
            player->stop();
        const auto playAfter = threadTicks();
        quint64 delta = 0;
        for (const auto &[thread, value] : playAfter)
            if (thread == QStringLiteral("vigil-playback"))
                delta += value - (playBefore.count(thread) ? playBefore.at(thread) : 0);
        const double n = double(players.size());
        playbackFpsPerCam = framesShown.load() / (playMs / 1000.0) / n;
        playbackPctPerCam = 100.0 * delta / tick / (playMs / 1000.0) / n;
    }

    say(QStringLiteral("cameras=%1 seconds=%2 source=%3")
            .arg(cameras)
            .arg(wallS, 0, 'f', 1)
            .arg(clip.isEmpty() ? config : clip));
    say(QStringLiteral(
            "process CPU %1 % of one core (RTSP demux + recording), record threads %2 %, "
            "ingest threads %3 %")
            .arg(processPct, 0, 'f', 1)
            .arg(recordPct, 0, 'f', 2)
            .arg(ingestPct, 0, 'f', 2));
    say(QStringLiteral("written %1 MB in %2 segments, %3 MB/s; packets dropped %4")
            .arg(bytes / 1e6, 0, 'f', 1)
            .arg(all.size())
            .arg(mbPerS, 0, 'f', 2)
            .arg(dropped));
    say(QStringLiteral("seek to first frame over %1 seeks: median %2 ms, max %3 ms")
            .arg(seekMs.size())
            .arg(seekMedian, 0, 'f', 1)
            .arg(seekMax, 0, 'f', 1));
    say(QStringLiteral("synchronised playback of %1 camera(s) at 1× for %2 s: %3 frames/s per "
                       "camera, %4 % of a core per camera")
            .arg(byCamera.size())
            .arg(playMs / 1000.0, 0, 'f', 1)
            .arg(playbackFpsPerCam, 0, 'f', 1)
            .arg(playbackPctPerCam, 0, 'f', 1));
    say(QStringLiteral("motion index %1: %2 samples per camera-second, smart search median %3 ms")
            .arg(motion ? QStringLiteral("on") : QStringLiteral("off"))
            .arg(samplesPerCamS, 0, 'f', 2)
            .arg(searchMedian, 0, 'f', 2));
    say(QStringLiteral("cameras=%1 cpu_per_cam_pct=%2 record_thread_pct_per_cam=%3 "
                       "write_mb_s=%4 dropped_packets=%5 seek_ms=%6 seek_max_ms=%7 "
                       "playback_fps_per_cam=%8 playback_cpu_pct_per_cam=%9")
            .arg(cameras)
            .arg(processPct / cameras, 0, 'f', 2)
            .arg(recordPct / cameras, 0, 'f', 3)
            .arg(mbPerS, 0, 'f', 2)
            .arg(dropped)
            .arg(seekMedian, 0, 'f', 1)
            .arg(seekMax, 0, 'f', 1)
            .arg(playbackFpsPerCam, 0, 'f', 1)
            .arg(playbackPctPerCam, 0, 'f', 1) +
        QStringLiteral(" motion=%1 motion_samples_per_cam_s=%2 motion_search_ms=%3")
            .arg(motion ? 1 : 0)
            .arg(samplesPerCamS, 0, 'f', 2)
            .arg(searchMedian, 0, 'f', 2));
    return 0;
}
