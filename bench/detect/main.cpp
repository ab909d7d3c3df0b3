// Detector speed: median milliseconds per detection (resize + forward + peak decoding) of the
// converted CenterNet at input 320 and 416 on a 640x360 picture, and inferences per second.
// Models from $VIGIL_MODEL_DIR (default ~/.cache/vigil/models; scripts/fetch-models.sh).
//   --wall-tiles N [--wall-seconds S]: the same speeds again while vigil-bench-wall paints N live
//     tiles (wallload.h; default S = 40), adding ips_320_wall= ips_416_wall= wall_fps_min=.
//   --scenes: detection precision / recall on the scenegen scenes at input 320
//     (sceneaccuracy.h), adding person_precision= person_recall= vehicle_precision= ...
// Then the passage store stage (passagebench.h): --passages N rows (default 10,000,000; 0 skips
// it), --passages-dir DIR (default the temp dir), --keep-passages (reuse/keep the file),
// --passages-only (skip the detector).
// Ends with one summary line: infer_per_s_320= infer_per_s_416= ms_320= ms_416= ips_320= ...
// exact_ms= wildcard_ms= wildcard_noprefix_ms= ingest_per_s= passages=
#include "passagebench.h"
#include "sceneaccuracy.h"
#include "vision/detectornet.h"
#include "wallload.h"

#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#include <QDir>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace vigil::vision;

namespace {

// Median ms per detect() over `runs` runs after two warm-up runs; -1 when the model is missing.
double medianMs(int size, const cv::Mat &picture, int runs)
{
    QString error;
    auto net = DetectorNet::load(
        {ModelKind::CenterNet, centerNetPath(modelDirectory(), size), size}, &error);
    if (!net) {
        std::fprintf(stderr, "vigil-bench-detect: %s\n", qPrintable(error));
        return -1;
    }
    QList<Detection> found;
    std::vector<double> times;
    for (int i = 0; i < runs + 2; ++i) {
        if (!net->detect(picture, 0.4f, &found, &error)) {
            std::fprintf(stderr, "vigil-bench-detect: %s\n", qPrintable(error));
            return -1;
        }
        if (i >= 2)
            times.push_back(net->lastInferenceMs());
    }
    std::sort(times.begin(), times.end());
    std::printf("input %d: median %.1f ms, min %.1f ms, max %.1f ms over %d runs, %zu boxes\n",
                size, times[times.size() / 2], times.front(), times.back(), runs,
                size_t(found.size()));
    return times[times.size() / 2];
}

int intArg(const QStringList &args, const QString &name, int fallback)
{
    const int at = int(args.indexOf(name));
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

struct SceneFigures
{
    vigil::bench::ClassCounts person;
    vigil::bench::ClassCounts vehicle;
};

// Precision / recall over the scenegen scenes with people or vehicles (the tamper scenes repeat
// the street of "intrusion"): every 2nd frame of the 5 fps street scenes, every 5th of the
// 10 fps checkpoint scenes.
SceneFigures sceneFigures(int size)
{
    SceneFigures figures;
    QString error;
    auto net = DetectorNet::load(
        {ModelKind::CenterNet, centerNetPath(modelDirectory(), size), size}, &error);
    if (!net) {
        std::fprintf(stderr, "vigil-bench-detect: %s\n", qPrintable(error));
        return figures;
    }
    const QStringList scenes = {QStringLiteral("intrusion"),
                                QStringLiteral("linecrossing"),
                                QStringLiteral("loitering"),
                                QStringLiteral("tailgating"),
                                QStringLiteral("parking"),
                                QStringLiteral("crowd"),
                                QStringLiteral("checkpoint"),
                                QStringLiteral("checkpoint_night"),
                                QStringLiteral("checkpoint_newenergy")};
    for (const QString &name : scenes) {
        const int step = name.startsWith(QStringLiteral("checkpoint")) ? 5 : 2;
        const auto c = vigil::bench::scoreSceneDetection(*net, name, step, 0.3f);
        std::printf("scene %s (input %d, %d frames): people %d truths, %d boxes, %d matched; "
                    "vehicles %d truths, %d boxes, %d matched\n",
                    qPrintable(name), size, c.frames, c.person.truths, c.person.detections,
                    c.person.matched, c.vehicle.truths, c.vehicle.detections, c.vehicle.matched);
        for (auto [total, part] :
             {std::pair{&figures.person, &c.person}, std::pair{&figures.vehicle, &c.vehicle}}) {
            total->truths += part->truths;
            total->detections += part->detections;
            total->matched += part->matched;
        }
    }
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the checkpoint scenes draw plates with Qt fonts
    const QStringList args = app.arguments();
    const int runs = std::max(1, intArg(args, QStringLiteral("--runs"), 20));
    const int wallTiles = intArg(args, QStringLiteral("--wall-tiles"), 0);
    const int wallSeconds = std::max(10, intArg(args, QStringLiteral("--wall-seconds"), 40));

    // Content does not change the cost of a dense network; a textured picture keeps the decoder
    // realistic (a few peaks above threshold).
    cv::Mat picture(360, 640, CV_8UC3);
    cv::randu(picture, 0, 255);
    cv::GaussianBlur(picture, picture, cv::Size(15, 15), 0);
    std::printf("OpenCV %s, %d threads, models in %s\n", CV_VERSION, cv::getNumThreads(),
                qPrintable(modelDirectory()));

    const bool passagesOnly = args.contains(QStringLiteral("--passages-only"));
    const double ms320 = passagesOnly ? 0 : medianMs(320, picture, runs);
    const double ms416 = passagesOnly ? 0 : medianMs(416, picture, runs);
    if (ms320 < 0 || ms416 < 0)
        return 1;

    double ms320Wall = 0, ms416Wall = 0;
    QString wallFpsMin = QStringLiteral("-1");
    if (wallTiles > 0 && !passagesOnly) {
        vigil::bench::WallLoad wall(QCoreApplication::applicationDirPath() +
                                        QStringLiteral("/vigil-bench-wall"),
                                    wallTiles, wallSeconds);
        QString error;
        if (!wall.waitPainting(60000, 3000, &error)) {
            std::fprintf(stderr, "vigil-bench-detect: wall: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("with a %d-tile wall painting:\n", wallTiles);
        ms320Wall = medianMs(320, picture, runs);
        ms416Wall = medianMs(416, picture, runs);
        // The wall bench then decodes the streams with FFmpeg for as long again, and exits.
        if (!wall.finish((wallSeconds * 2 + 60) * 1000, &error))
            std::fprintf(stderr, "vigil-bench-detect: wall: %s\n", qPrintable(error));
        std::printf("wall bench: %s\n", qPrintable(wall.figures()));
        static const QRegularExpression fpsMin(QStringLiteral("fps_min=([0-9.]+)"));
        const auto match = fpsMin.match(wall.figures());
        if (match.hasMatch())
            wallFpsMin = match.captured(1);
    }

    SceneFigures scenes;
    const bool withScenes = args.contains(QStringLiteral("--scenes")) && !passagesOnly;
    if (withScenes)
        scenes = sceneFigures(320);

    const int passagesAt = int(args.indexOf(QStringLiteral("--passages")));
    const qint64 passageRows = passagesAt >= 0 && passagesAt + 1 < args.size()
                                   ? args.at(passagesAt + 1).toLongLong()
                                   : 10000000;
    const int dirAt = int(args.indexOf(QStringLiteral("--passages-dir")));
    const QString passagesDir =
        dirAt >= 0 && dirAt + 1 < args.size() ? args.at(dirAt + 1) : QDir::tempPath();
    vigil::bench::PassageBenchResult passages;
    if (passageRows > 0) {
        passages = vigil::bench::runPassageBench(passageRows, passagesDir,
                                                 args.contains(QStringLiteral("--keep-passages")));
        if (!passages.ok) {
            std::fprintf(stderr, "vigil-bench-detect: passages: %s\n", qPrintable(passages.error));
            return 1;
        }
        std::printf("passages: %lld rows, file %.0f MiB, built in %.0f s\n",
                    static_cast<long long>(passageRows), passages.fileMiB, passages.buildSeconds);
    }
    const auto perSecond = [](double ms) { return ms > 0 ? 1000 / ms : 0.0; };
    QString extra;
    if (wallTiles > 0)
        extra += QStringLiteral(" wall_tiles=%1 ips_320_wall=%2 ips_416_wall=%3 wall_fps_min=%4")
                     .arg(wallTiles)
                     .arg(perSecond(ms320Wall), 0, 'f', 1)
                     .arg(perSecond(ms416Wall), 0, 'f', 1)
                     .arg(wallFpsMin);
    if (withScenes)
        extra += QStringLiteral(" person_precision=%1 person_recall=%2 vehicle_precision=%3 "
                                "vehicle_recall=%4 vehicle_boxes=%5")
                     .arg(scenes.person.precision(), 0, 'f', 3)
                     .arg(scenes.person.recall(), 0, 'f', 3)
                     .arg(scenes.vehicle.precision(), 0, 'f', 3)
                     .arg(scenes.vehicle.recall(), 0, 'f', 3)
                     .arg(scenes.vehicle.detections);
    std::printf("infer_per_s_320=%.1f infer_per_s_416=%.1f ms_320=%.1f ms_416=%.1f ips_320=%.1f "
                "ips_416=%.1f threads=%d exact_ms=%.2f wildcard_ms=%.2f wildcard_p95_ms=%.2f "
                "wildcard_noprefix_ms=%.2f ingest_per_s=%.0f passages=%lld%s\n",
                perSecond(ms320), perSecond(ms416), ms320, ms416, perSecond(ms320),
                perSecond(ms416), cv::getNumThreads(), passages.exactMs, passages.wildcardMs,
                passages.wildcardP95Ms, passages.wildcardNoPrefixMs, passages.ingestPerS,
                static_cast<long long>(passageRows), qPrintable(extra));
    return 0;
}
