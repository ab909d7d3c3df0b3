// Detector speed: median milliseconds per detection (resize + forward + peak decoding) of the
// converted CenterNet at input 320 and 416 on a 640x360 picture, and inferences per second.
// Models from $VIGIL_MODEL_DIR (default ~/.cache/vigil/models; scripts/fetch-models.sh).
// Then the passage store stage (passagebench.h): --passages N rows (default 10,000,000; 0 skips
// it), --passages-dir DIR (default the temp dir), --keep-passages (reuse/keep the file),
// --passages-only (skip the detector).
// Ends with one summary line: infer_per_s_320= infer_per_s_416= ms_320= ms_416= ips_320= ...
// exact_ms= wildcard_ms= wildcard_noprefix_ms= ingest_per_s= passages=
#include "passagebench.h"
#include "vision/detectornet.h"

#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#include <QCoreApplication>
#include <QDir>
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 20;
    const QStringList args = app.arguments();
    const int at = int(args.indexOf(QStringLiteral("--runs")));
    if (at >= 0 && at + 1 < args.size())
        runs = std::max(1, args.at(at + 1).toInt());

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
    std::printf("infer_per_s_320=%.1f infer_per_s_416=%.1f ms_320=%.1f ms_416=%.1f ips_320=%.1f "
                "ips_416=%.1f threads=%d exact_ms=%.2f wildcard_ms=%.2f wildcard_p95_ms=%.2f "
                "wildcard_noprefix_ms=%.2f ingest_per_s=%.0f passages=%lld\n",
                perSecond(ms320), perSecond(ms416), ms320, ms416, perSecond(ms320),
                perSecond(ms416), cv::getNumThreads(), passages.exactMs, passages.wildcardMs,
                passages.wildcardP95Ms, passages.wildcardNoPrefixMs, passages.ingestPerS,
                static_cast<long long>(passageRows));
    return 0;
}
