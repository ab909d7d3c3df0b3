// vigil-bench-wall: the live wall against the real camera simulator. Run by hand (offscreen by
// default); prints figures per phase and ends with one key=value summary line.
//
//   vigil-bench-wall [--seconds S] [--clip-dir DIR]
//                    [--phases first,first-inprocess,tiles,main,latency]
//                    [--tiles 4,9,16,36] [--running-demo-camsim] [--renderer raster|gl|auto]
//                    [--demo-port PORT]
//
// --renderer gl draws the tiles' YUV planes with the OpenGL shader (needs an X server with GL,
// e.g. `xvfb-run -a`, where Mesa's llvmpipe rasterises on the CPU — not a GPU figure); the
// default raster converts on the ingest threads (swscale) and paints offscreen.
//
// Phases:
//  first    the whole application: `vigil --demo --layout 9 --renderer R` started as a process
//           (fresh data and settings dirs) against a simulator serving the demo district on
//           port 8554 (or --demo-port): time from launch to the first live frame painted on
//           the wall, as reported by vigil (firstframe.h).
//  first-inprocess  the same start path inside the bench (AppBootstrap): from main(), process
//           exec and library loading not included.
//  tiles    N = 4, 9, 16, 36 sub streams (640×360@25) on a 1920×1080 wall of VideoTiles, then
//           the same N URLs decoded by `ffmpeg -threads 1 … -f null -` for the same seconds:
//           painted fps per tile, CPU, RSS, GUI-thread CPU (the display path's share) and the
//           ratio of Vigil's CPU per painted frame to FFmpeg's CPU per decoded frame.
//  main     the same for 4 main streams (1280×720@25).
//  latency  2 cameras with burned-in capture timestamps shown in 640×360 tiles: paint time
//           minus capture time, p50/p95 over the run.

#include "benchprocesses.h"
#include "firstframe.h"
#include "wallbench.h"

#include "media/streamtypes.h"
#include "wall/wallrenderer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QSurfaceFormat>

#include <cstdio>
#include <optional>

using namespace vigil;
using namespace vigil::bench;

namespace {

QElapsedTimer g_sinceMain;
qint64 g_appInitMs = 0; // main() to a constructed QApplication

void printFirstFrame(const char *label, const FirstFrameResult &r)
{
    std::printf("%s: first live frame %.0f ms", label, r.firstFrameMs);
    if (r.toMainMs >= 0)
        std::printf(" (launch to vigil's main() %.0f ms)", r.toMainMs);
    std::printf(
        "\n  first stream, ms since its connection attempt: rtsp open %.0f, probe done %.0f, "
        "first keyframe %.0f, first picture decoded %.0f; everything else (start-up before "
        "the attempt, conversion, paint) %.0f\n",
        r.openMs, r.probeMs, r.keyframeMs, r.decodedMs, r.firstFrameMs - r.decodedMs);
    std::fflush(stdout);
}

void printTiles(const char *label, const TilesResult &r)
{
    std::printf("%s: tiles=%d fps_min=%.1f fps_avg=%.1f cpu_pct=%.1f gui_cpu_pct=%.1f "
                "prepare_cpu_pct=%.1f rss_mb=%.0f painted=%llu | ffmpeg cpu_pct=%.1f frames=%llu "
                "failed=%d | ratio=%.2f\n",
                label, r.tiles, r.fpsMin, r.fpsAvg, r.cpuPercent, r.guiCpuPercent,
                r.prepareCpuPercent, r.rssMiB, static_cast<unsigned long long>(r.framesPainted),
                r.referenceCpuPercent, static_cast<unsigned long long>(r.referenceFrames),
                r.referenceFailed, r.ratio);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    g_sinceMain.start();
    // The gl renderer needs a windowing platform with OpenGL (run under xvfb-run); raster runs
    // offscreen. Decided before QApplication exists, so argv is looked at directly.
    bool wantsGl = false;
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "--renderer") == 0 && qstrcmp(argv[i + 1], "raster") != 0)
            wantsGl = true;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", wantsGl ? "xcb" : "offscreen");
    if (wantsGl && qEnvironmentVariableIsSet("VIGIL_BENCH_NO_VSYNC")) {
        // Experiment: do not wait for a (virtual) vertical blank when the wall swaps buffers.
        QSurfaceFormat format = QSurfaceFormat::defaultFormat();
        format.setSwapInterval(0);
        QSurfaceFormat::setDefaultFormat(format);
    }
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
    parser.addOption({QStringLiteral("demo-port"),
                      QStringLiteral("Phase first: serve the demo district on this port instead of "
                                     "8554 (the site is imported before the clock starts)."),
                      QStringLiteral("PORT"), QStringLiteral("8554")});
    parser.addOption({QStringLiteral("renderer"),
                      QStringLiteral("Wall renderer: raster, gl or auto (gl needs an X server)."),
                      QStringLiteral("NAME"), QStringLiteral("raster")});
    parser.process(application);
    if (!setWallRendererPreference(parser.value(QStringLiteral("renderer")))) {
        std::fprintf(stderr, "vigil-bench-wall: --renderer: expected raster, gl or auto\n");
        return 2;
    }
    const bool gl = wallRenderer() == WallRenderer::Gl;
    std::printf("renderer: %s\n", gl ? "gl" : "raster");

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

    QStringList summary{
        QStringLiteral("renderer=%1").arg(gl ? QStringLiteral("gl") : QStringLiteral("raster"))};
    QString error;
    FirstFrameSetup firstSetup;
    firstSetup.runningDemoSimulator = parser.isSet(QStringLiteral("running-demo-camsim"));
    firstSetup.demoPort = parser.value(QStringLiteral("demo-port")).toInt();
    firstSetup.renderer = parser.value(QStringLiteral("renderer"));
    firstSetup.appInitMs = g_appInitMs;
    if (phases.contains(QStringLiteral("first"))) {
        const auto result = measureWholeAppFirstFrame(config, firstSetup, &error);
        if (!result) {
            std::fprintf(stderr, "first-frame phase failed: %s\n", qPrintable(error));
            return 1;
        }
        printFirstFrame("whole application", *result);
        summary << QStringLiteral("first_frame_ms=%1").arg(result->firstFrameMs, 0, 'f', 0)
                << QStringLiteral("first_to_main_ms=%1").arg(result->toMainMs, 0, 'f', 0);
    }
    if (phases.contains(QStringLiteral("first-inprocess"))) {
        const auto result = measureInProcessFirstFrame(config, firstSetup, &error);
        if (!result) {
            std::fprintf(stderr, "in-process first-frame phase failed: %s\n", qPrintable(error));
            return 1;
        }
        printFirstFrame("in process (from main())", *result);
        summary << QStringLiteral("first_inprocess_ms=%1").arg(result->firstFrameMs, 0, 'f', 0);
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
                       .arg(result->cpuPercent, 0, 'f', 1)
                << QStringLiteral("tiles%1_gui_cpu_pct=%2")
                       .arg(tiles)
                       .arg(result->guiCpuPercent, 0, 'f', 1)
                << QStringLiteral("tiles%1_prepare_cpu_pct=%2")
                       .arg(tiles)
                       .arg(result->prepareCpuPercent, 0, 'f', 1)
                << QStringLiteral("tiles%1_ratio=%2").arg(tiles).arg(result->ratio, 0, 'f', 2);
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
        summary
            << QStringLiteral("main4_fps_min=%1").arg(result->fpsMin, 0, 'f', 1)
            << QStringLiteral("main4_ratio=%1").arg(result->ratio, 0, 'f', 2)
            << QStringLiteral("main4_cpu_pct=%1").arg(result->cpuPercent, 0, 'f', 1)
            << QStringLiteral("main4_gui_cpu_pct=%1").arg(result->guiCpuPercent, 0, 'f', 1)
            << QStringLiteral("main4_prepare_cpu_pct=%1").arg(result->prepareCpuPercent, 0, 'f', 1);
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
