// vigil-bench-wall: the live wall against the real camera simulator. Run by hand (offscreen by
// default); prints figures per phase and ends with one key=value summary line.
//
//   vigil-bench-wall [--seconds S] [--clip-dir DIR] [--phases first,tiles,main,latency]
//                    [--tiles 4,9,16,36] [--running-demo-camsim]
//
// Phases:
//  first    the application's own start path (AppBootstrap --demo --layout 9, a fresh data dir)
//           against a simulator serving the demo district on port 8554: time from main() to
//           the first painted live frame (process exec and library loading not included).
//  tiles    N = 4, 9, 16, 36 sub streams (640×360@25) on a 1920×1080 wall of VideoTiles, then
//           the same N URLs decoded by `ffmpeg -threads 1 … -f null -` for the same seconds:
//           painted fps per tile, CPU, RSS, GUI-thread CPU (the display path's share) and the
//           ratio of Vigil's CPU per painted frame to FFmpeg's CPU per decoded frame.
//  main     the same for 4 main streams (1280×720@25).
//  latency  2 cameras with burned-in capture timestamps shown in 640×360 tiles: paint time
//           minus capture time, p50/p95 over the run.

#include "benchprocesses.h"
#include "wallbench.h"

#include "app/appoptions.h"
#include "app/bootstrap.h"
#include "mainwindow.h"
#include "media/streamtypes.h"
#include "media/videosource.h"
#include "wall/videotile.h"
#include "wall/wallgrid.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace vigil;
using namespace vigil::bench;

namespace {

QElapsedTimer g_sinceMain;
qint64 g_appInitMs = 0; // main() to a constructed QApplication

// `runningDemoSimulator`: the demo district's simulator already serves port 8554 (cameras that
// are on before the operator starts Vigil); otherwise a fresh one is started for the phase.
std::optional<double> measureFirstFrame(const BenchConfig &config, bool runningDemoSimulator,
                                        QString *error)
{
    std::optional<Simulator> sim;
    if (!runningDemoSimulator) {
        sim.emplace(config.camsim, QStringList{QStringLiteral("--config"), config.demoCamsimConfig,
                                               QStringLiteral("--clip-dir"), config.clipDir,
                                               QStringLiteral("--port"), QStringLiteral("8554")});
        if (!sim->waitReady(15000, error))
            return std::nullopt;
    }
    QTemporaryDir data;
    AppOptions options;
    options.dataDir = data.path();
    options.demo = true;
    options.layout = 9;
    options.layoutGiven = true;
    const qint64 startMs = g_sinceMain.elapsed();
    AppBootstrap app(options);
    app.start();
    std::optional<double> firstFrameMs;
    StreamStats firstStats; // start-up phases of the stream that painted first
    QTimer poll;
    poll.setInterval(2);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (!app.window() || !app.window()->wallGrid())
            return;
        for (VideoTile *tile : app.window()->wallGrid()->tiles())
            if (tile->framesPainted() > 0 && !firstFrameMs) {
                firstFrameMs = static_cast<double>(g_sinceMain.elapsed());
                if (tile->source())
                    firstStats = tile->source()->stats();
            }
    });
    poll.start();
    QElapsedTimer timeout;
    timeout.start();
    while (!firstFrameMs && timeout.elapsed() < 20000) {
        QEventLoop wait; // blocks until the next poll instead of spinning
        QTimer::singleShot(2, &wait, &QEventLoop::quit);
        wait.exec();
    }
    if (!firstFrameMs) {
        *error = QStringLiteral("no live frame painted within 20 s");
        return std::nullopt;
    }
    // The simulator's own start-up is not the app's: count QApplication set-up, then bootstrap
    // start to first painted frame.
    const double appMs =
        static_cast<double>(g_appInitMs) + (*firstFrameMs - static_cast<double>(startMs));
    std::printf("first frame: %.0f ms (QApplication %lld ms + bootstrap to first paint %.0f ms)\n",
                appMs, static_cast<long long>(g_appInitMs),
                *firstFrameMs - static_cast<double>(startMs));
    const double bootstrapMs = *firstFrameMs - static_cast<double>(startMs);
    std::printf("  first stream, ms since its connection attempt: rtsp open %.0f, probe done %.0f, "
                "first keyframe %.0f, first picture decoded %.0f; bootstrap before the attempt + "
                "conversion + paint %.0f\n",
                firstStats.openMs, firstStats.probeMs, firstStats.firstKeyframeMs,
                firstStats.firstFrameMs, bootstrapMs - firstStats.firstFrameMs);
    return appMs;
}

void printTiles(const char *label, const TilesResult &r)
{
    std::printf("%s: tiles=%d fps_min=%.1f fps_avg=%.1f cpu_pct=%.1f gui_cpu_pct=%.1f rss_mb=%.0f "
                "painted=%llu | ffmpeg cpu_pct=%.1f frames=%llu failed=%d | ratio=%.2f\n",
                label, r.tiles, r.fpsMin, r.fpsAvg, r.cpuPercent, r.guiCpuPercent, r.rssMiB,
                static_cast<unsigned long long>(r.framesPainted), r.referenceCpuPercent,
                static_cast<unsigned long long>(r.referenceFrames), r.referenceFailed, r.ratio);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    g_sinceMain.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    registerMediaMetaTypes();
    g_appInitMs = g_sinceMain.elapsed();

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Seconds per measured phase."),
                      QStringLiteral("S"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("clip-dir"), QStringLiteral("Demo clips."),
                      QStringLiteral("DIR"),
                      QDir::homePath() + QStringLiteral("/.cache/vigil/media/clips")});
    parser.addOption({QStringLiteral("phases"), QStringLiteral("Comma-separated phases."),
                      QStringLiteral("LIST"), QStringLiteral("first,tiles,main,latency")});
    parser.addOption({QStringLiteral("running-demo-camsim"),
                      QStringLiteral("Phase first: use the demo simulator already on port 8554.")});
    parser.addOption({QStringLiteral("tiles"), QStringLiteral("Tile counts of the tiles phase."),
                      QStringLiteral("LIST"), QStringLiteral("4,9,16,36")});
    parser.process(application);

    BenchConfig config;
    config.seconds = parser.value(QStringLiteral("seconds")).toInt();
    config.clipDir = parser.value(QStringLiteral("clip-dir"));
    config.camsim = QCoreApplication::applicationDirPath() + QStringLiteral("/vigil-camsim");
    config.demoCamsimConfig = QStringLiteral(VIGIL_SOURCE_DIR "/resources/demo/camsim.json");
    const QStringList phases = parser.value(QStringLiteral("phases")).split(QLatin1Char(','));
    if (config.seconds < 3) {
        std::fprintf(stderr, "vigil-bench-wall: --seconds must be at least 3\n");
        return 2;
    }
    if (!QDir(config.clipDir).exists(QStringLiteral("plaza_sub.mp4"))) {
        std::fprintf(stderr, "vigil-bench-wall: no demo clips in %s (run scripts/vigil.sh setup)\n",
                     qPrintable(config.clipDir));
        return 2;
    }

    QStringList summary;
    QString error;
    if (phases.contains(QStringLiteral("first"))) {
        const auto ms =
            measureFirstFrame(config, parser.isSet(QStringLiteral("running-demo-camsim")), &error);
        if (!ms) {
            std::fprintf(stderr, "first-frame phase failed: %s\n", qPrintable(error));
            return 1;
        }
        summary << QStringLiteral("first_frame_ms=%1").arg(*ms, 0, 'f', 0);
    }
    if (phases.contains(QStringLiteral("tiles"))) {
        double worstRatio = 0;
        for (const QString &count : parser.value(QStringLiteral("tiles")).split(QLatin1Char(','))) {
            const int tiles = count.toInt();
            if (tiles < 1 || tiles > 64) {
                std::fprintf(stderr, "vigil-bench-wall: --tiles: %s is not 1..64\n",
                             qPrintable(count));
                return 2;
            }
            const auto result = measureTiles(config, tiles, StreamProfile::Sub, &error);
            if (!result) {
                std::fprintf(stderr, "tiles phase (%d) failed: %s\n", tiles, qPrintable(error));
                return 1;
            }
            printTiles("sub", *result);
            worstRatio = std::max(worstRatio, result->ratio);
            summary
                << QStringLiteral("tiles%1_fps_min=%2").arg(tiles).arg(result->fpsMin, 0, 'f', 1)
                << QStringLiteral("tiles%1_cpu_pct=%2")
                       .arg(tiles)
                       .arg(result->cpuPercent, 0, 'f', 1);
            if (tiles == 36)
                summary << QStringLiteral("tiles36_rss_mb=%1").arg(result->rssMiB, 0, 'f', 0);
        }
        summary << QStringLiteral("ratio=%1").arg(worstRatio, 0, 'f', 2);
    }
    if (phases.contains(QStringLiteral("main"))) {
        const auto result = measureTiles(config, 4, StreamProfile::Main, &error);
        if (!result) {
            std::fprintf(stderr, "main phase failed: %s\n", qPrintable(error));
            return 1;
        }
        printTiles("main", *result);
        summary << QStringLiteral("main4_fps_min=%1").arg(result->fpsMin, 0, 'f', 1)
                << QStringLiteral("main4_ratio=%1").arg(result->ratio, 0, 'f', 2);
    }
    if (phases.contains(QStringLiteral("latency"))) {
        const auto result = measureLatency(config, &error);
        if (!result) {
            std::fprintf(stderr, "latency phase failed: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("latency: samples=%d p50=%.0f ms p95=%.0f ms max=%.0f ms\n", result->samples,
                    result->p50Ms, result->p95Ms, result->maxMs);
        summary << QStringLiteral("p50_latency_ms=%1").arg(result->p50Ms, 0, 'f', 0)
                << QStringLiteral("p95_latency_ms=%1").arg(result->p95Ms, 0, 'f', 0);
    }
    std::printf("%s\n", qPrintable(summary.join(QLatin1Char(' '))));
    return 0;
}
