#include "wallbench.h"

#include "benchprocesses.h"

#include "media/displaysink.h"
#include "media/streammanager.h"
#include "media/timestampcode.h"
#include "media/videosource.h"
#include "media/yuvframe.h"
#include "wall/gltilesurface.h"
#include "wall/videotile.h"
#include "wall/wallgrid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QGridLayout>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <vector>

namespace vigil::bench {

namespace {

const char *const kScenes[] = {"plaza", "road_west", "gate", "road_east", "plaza_mirror", "night"};

struct WallUnderTest
{
    std::unique_ptr<QWidget> window;
    std::vector<VideoTile *> tiles;
};

// Runs the event loop for `ms` (blocking in it, not spinning, so idle time costs no CPU).
void runEventLoopFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// N cameras b01..bNN cycling through the demo scenes, each starting at another offset.
QStringList cameraSpecs(const BenchConfig &config, int count, bool timestamp)
{
    QStringList arguments;
    for (int i = 0; i < count; ++i) {
        const QString scene = QString::fromLatin1(kScenes[i % std::size(kScenes)]);
        arguments << QStringLiteral("--camera")
                  << QStringLiteral("id=b%1,main=%2/%3_main.mp4,sub=%2/%3_sub.mp4,start=%4%5")
                         .arg(i + 1, 2, 10, QLatin1Char('0'))
                         .arg(config.clipDir, scene)
                         .arg((i * 7) % 50)
                         .arg(timestamp ? QStringLiteral(",timestamp=1") : QString());
    }
    return arguments;
}

QStringList streamUrls(int port, int count, StreamProfile profile)
{
    QStringList urls;
    for (int i = 0; i < count; ++i)
        urls << QStringLiteral("rtsp://127.0.0.1:%1/b%2/%3")
                    .arg(port)
                    .arg(i + 1, 2, 10, QLatin1Char('0'))
                    .arg(profile == StreamProfile::Main ? QStringLiteral("main")
                                                        : QStringLiteral("sub"));
    return urls;
}

// A wall of `urls.size()` tiles in a near-square grid inside `size`, playing the URLs.
WallUnderTest openWall(StreamManager &streams, const QStringList &urls, StreamProfile profile,
                       QSize size, int columns)
{
    WallUnderTest wall;
    wall.window = std::make_unique<QWidget>();
    auto *grid = new QGridLayout(wall.window.get());
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(WallGrid::kSpacing); // the tile sizes of the real wall
    for (int i = 0; i < urls.size(); ++i) {
        auto *tile = new VideoTile(i, wall.window.get());
        grid->addWidget(tile, i / columns, i % columns);
        StreamRequest request;
        request.cameraId = QStringLiteral("b%1").arg(i + 1);
        request.cameraName = request.cameraId;
        request.profile = profile;
        request.url = urls[i];
        tile->setSource(streams.openDisplay(request, tile), request.cameraId, request.cameraName);
        wall.tiles.push_back(tile);
    }
    wall.window->resize(size);
    wall.window->show();
    return wall;
}

bool waitAllPainting(const WallUnderTest &wall, int timeoutMs)
{
    const auto allPainted = [&wall] {
        return std::all_of(wall.tiles.begin(), wall.tiles.end(),
                           [](const VideoTile *t) { return t->framesPainted() > 0; });
    };
    QElapsedTimer timer;
    timer.start();
    while (!allPainted() && timer.elapsed() < timeoutMs)
        runEventLoopFor(10);
    return allPainted();
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(std::ceil(p * static_cast<double>(values.size())));
    return values[std::min(values.size() - 1, index > 0 ? index - 1 : 0)];
}

// Reads the burned-in capture time from a frame as it was painted: straight from the luma plane
// of a YUV frame (GL renderer), else from the scaled RGB image, resampling the code area back to
// the source geometry; then uses the simulator's own reader.
std::optional<uint64_t> captureTimeOf(const DisplayFrame &frame)
{
    const QSize source = frame.sourceSize;
    if (frame.isNull() || !tscode::fits(source.width(), source.height()))
        return std::nullopt;
    if (frame.yuv)
        return tscode::read(frame.yuv->plane(0), frame.yuv->stride(0), source.width(),
                            source.height());
    const int rows = 2 * tscode::blockSize(source.width());
    std::vector<uint8_t> luma(static_cast<std::size_t>(source.width()) * rows);
    const QImage &image = frame.image;
    for (int y = 0; y < rows; ++y) {
        const int sy = std::min(image.height() - 1, y * image.height() / source.height());
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(sy));
        for (int x = 0; x < source.width(); ++x)
            luma[static_cast<std::size_t>(y) * source.width() + x] = static_cast<uint8_t>(
                qGray(line[std::min(image.width() - 1, x * image.width() / source.width())]));
    }
    return tscode::read(luma.data(), source.width(), source.width(), source.height());
}

// Takes a latency sample each time a tile is about to paint a frame it has not painted before.
class PaintLatencyProbe : public QObject
{
public:
    std::vector<double> samples;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint)
            return false;
        // A GL tile paints in its surface (a child); a raster tile paints itself.
        auto *tile = qobject_cast<VideoTile *>(watched);
        if (!tile)
            tile = static_cast<VideoTile *>(static_cast<QWidget *>(watched)->parentWidget());
        const DisplayFrame &frame = tile->rawFrame();
        quint64 &last = m_lastSequence[tile];
        if (frame.sequence == last)
            return false;
        last = frame.sequence;
        if (const auto captured = captureTimeOf(frame))
            samples.push_back(static_cast<double>(QDateTime::currentMSecsSinceEpoch()) -
                              static_cast<double>(*captured));
        return false;
    }

private:
    std::map<const VideoTile *, quint64> m_lastSequence;
};

} // namespace

std::optional<TilesResult> measureTiles(const BenchConfig &config, int tiles, StreamProfile profile,
                                        QString *error)
{
    const int port = freeLocalPort();
    Simulator sim(config.camsim, QStringList{QStringLiteral("--port"), QString::number(port)} +
                                     cameraSpecs(config, tiles, false));
    if (!sim.waitReady(15000, error))
        return std::nullopt;
    const QStringList urls = streamUrls(port, tiles, profile);
    TilesResult result;
    result.tiles = tiles;
    {
        StreamManager streams;
        const int columns = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(tiles))));
        WallUnderTest wall = openWall(streams, urls, profile, QSize(1920, 1080), columns);
        if (!waitAllPainting(wall, 15000)) {
            *error = QStringLiteral("not every tile painted a frame within 15 s");
            return std::nullopt;
        }
        if (const VideoSource *first = wall.tiles.front()->source()) {
            const StreamStats startup = first->stats();
            std::printf("stream start-up (tile 1, ms since the attempt): open %.0f, probe %.0f, "
                        "first keyframe %.0f, first picture %.0f\n",
                        startup.openMs, startup.probeMs, startup.firstKeyframeMs,
                        startup.firstFrameMs);
        }
        runEventLoopFor(2000); // settle: decoders and converters at steady state
        std::vector<quint64> paintedBefore;
        for (const VideoTile *tile : wall.tiles)
            paintedBefore.push_back(tile->framesPainted());
        const double cpu0 = processCpuSeconds();
        const double gui0 = threadCpuSeconds();
        const quint64 prepare0 = DisplaySink::totalPrepareCpuNs();
        QElapsedTimer elapsed;
        elapsed.start();
        runEventLoopFor(config.seconds * 1000);
        const double wallSeconds = static_cast<double>(elapsed.elapsed()) / 1000.0;
        const double cpu = processCpuSeconds() - cpu0;
        const double gui = threadCpuSeconds() - gui0;
        const double prepare =
            static_cast<double>(DisplaySink::totalPrepareCpuNs() - prepare0) / 1e9;
        result.prepareCpuPercent = 100.0 * prepare / wallSeconds;
        result.rssMiB = residentMiB();
        result.fpsMin = 1e9;
        for (std::size_t i = 0; i < wall.tiles.size(); ++i) {
            const quint64 painted = wall.tiles[i]->framesPainted() - paintedBefore[i];
            result.framesPainted += painted;
            result.fpsMin = std::min(result.fpsMin, static_cast<double>(painted) / wallSeconds);
        }
        result.fpsAvg = static_cast<double>(result.framesPainted) / wallSeconds / tiles;
        result.cpuPercent = 100.0 * cpu / wallSeconds;
        result.guiCpuPercent = 100.0 * gui / wallSeconds;
        const ReferenceResult reference = runFfmpegReference(urls, config.seconds);
        result.referenceCpuPercent = 100.0 * reference.cpuSeconds / config.seconds;
        result.referenceFrames = reference.frames;
        result.referenceFailed = reference.failed;
        if (reference.frames == 0 || result.framesPainted == 0) {
            *error = QStringLiteral("no frames (vigil %1, ffmpeg %2)")
                         .arg(result.framesPainted)
                         .arg(reference.frames);
            return std::nullopt;
        }
        result.ratio = (cpu / static_cast<double>(result.framesPainted)) /
                       (reference.cpuSeconds / static_cast<double>(reference.frames));
        wall.window.reset(); // closes the displays; the manager stops the ingests
        runEventLoopFor(200);
    }
    return result;
}

std::optional<LatencyResult> measureLatency(const BenchConfig &config, QString *error)
{
    constexpr int kCameras = 2;
    const int port = freeLocalPort();
    Simulator sim(config.camsim, QStringList{QStringLiteral("--port"), QString::number(port)} +
                                     cameraSpecs(config, kCameras, true));
    if (!sim.waitReady(15000, error))
        return std::nullopt;
    StreamManager streams;
    WallUnderTest wall = openWall(streams, streamUrls(port, kCameras, StreamProfile::Sub),
                                  StreamProfile::Sub, QSize(2 * 642, 362), kCameras);
    PaintLatencyProbe probe;
    for (VideoTile *tile : wall.tiles) {
        tile->installEventFilter(&probe);
        if (tile->glSurface())
            tile->glSurface()->installEventFilter(&probe);
    }
    if (!waitAllPainting(wall, 15000)) {
        *error = QStringLiteral("not every tile painted a frame within 15 s");
        return std::nullopt;
    }
    runEventLoopFor(2000);
    probe.samples.clear();
    runEventLoopFor(config.seconds * 1000);
    if (probe.samples.empty()) {
        *error = QStringLiteral("no readable timestamps in the painted frames");
        return std::nullopt;
    }
    LatencyResult result;
    result.samples = static_cast<int>(probe.samples.size());
    result.p50Ms = percentile(probe.samples, 0.50);
    result.p95Ms = percentile(probe.samples, 0.95);
    result.maxMs = *std::max_element(probe.samples.begin(), probe.samples.end());
    return result;
}

} // namespace vigil::bench
