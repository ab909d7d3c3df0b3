// Plate pipeline speed on the rendered "checkpoint" scene (tools/scenegen):
//  - per vehicle read: plate locating (PP-OCRv4 detector on the lower vehicle region) + reading
//    (PP-OCRv4 recogniser) in ms, p50/p95, on every frame where a truth plate is readable (the
//    vehicle region is the truth plate box widened to a car's front);
//  - recogniser inferences per second on those plate crops;
//  - the whole plate reader agent (motion blobs, tracking, voting) in frames per second.
//  - the plate locator's precision / recall (IoU >= 0.5) on those vehicle regions.
// Models from $VIGIL_MODEL_DIR (default ~/.cache/vigil/models).
// Run: vigil-bench-plates [--frames N]
// Summary line: read_ms_p50= read_ms_p95= read_cpu_ms_p50= locate_ms_p50= rec_per_s=
// agent_fps= passages= frames= locate_precision= locate_recall=
#include "platereaderagent.h"
#include "vision/detectornet.h"
#include "vision/platelocator.h"
#include "vision/textrecognizer.h"

#include <checkpoint.h>

#include <opencv2/core/utility.hpp>

#include <QGuiApplication>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace vigil;

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * (values.size() - 1) + 0.5))];
}

double iou(const cv::Rect &a, const cv::Rect &b)
{
    const double inter = (a & b).area();
    return inter / std::max(1.0, double(a.area() + b.area()) - inter);
}

// CPU time of the whole process (all OpenCV worker threads), ms: unlike wall time it does not
// grow when other jobs share the cores.
double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double seconds(int64 ticks)
{
    return double(ticks) / cv::getTickFrequency();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the plate characters are drawn with Qt fonts
    const QStringList args = app.arguments();
    const int framesArg = args.indexOf(QStringLiteral("--frames"));
    const int maxFrames =
        framesArg > 0 && framesArg + 1 < args.size() ? args[framesArg + 1].toInt() : 1 << 30;

    const QString dir = vision::modelDirectory();
    QString error;
    auto locator = vision::PlateLocator::load(dir, &error);
    auto recognizer = locator ? vision::TextRecognizer::load(dir, &error) : nullptr;
    if (!recognizer) {
        std::fprintf(stderr, "vigil-bench-plates: %s\n", qPrintable(error));
        return 1;
    }
    const QString name = QStringLiteral("checkpoint");
    const scenegen::CheckpointScene scene =
        scenegen::buildCheckpointScene(name, scenegen::defaultCheckpointSeed(name));
    const int frames = std::min(maxFrames, scene.script.frameCount());

    // Pass 1: per-vehicle locate + read latency on the readable truth plates.
    std::vector<double> readMs, locateMs, readCpuMs;
    std::vector<cv::Mat> crops;
    int truthPlates = 0, candidates = 0, hits = 0; // locator precision / recall at IoU >= 0.5
    {
        scenegen::SceneRenderer renderer(scene.script);
        for (int f = 0; f < frames; ++f) {
            const cv::Mat &bgr = renderer.render(f);
            for (const scenegen::PlatePass &pass : scene.passes) {
                for (const scenegen::PlateFrame &pf : pass.frames) {
                    if (pf.frame != f || !pf.readable)
                        continue;
                    const cv::Rect plate(int(pf.box.x * bgr.cols), int(pf.box.y * bgr.rows),
                                         int(pf.box.width * bgr.cols),
                                         int(pf.box.height * bgr.rows));
                    // A car front: ~4 plate widths wide, the plate in its lower part.
                    const cv::Rect region =
                        cv::Rect(plate.x - plate.width * 3 / 2, plate.y - plate.height * 3,
                                 plate.width * 4, plate.height * 5) &
                        cv::Rect(0, 0, bgr.cols, bgr.rows);
                    const double cpuStart = processCpuMs();
                    const int64 start = cv::getTickCount();
                    const auto found = locator->locate(bgr, region);
                    const int64 located = cv::getTickCount();
                    ++truthPlates;
                    candidates += int(found.size());
                    for (const vision::PlateCandidate &c : found)
                        hits += iou(c.box, plate) >= 0.5;
                    if (!found.empty()) {
                        recognizer->read(bgr(found.front().box));
                        crops.push_back(bgr(found.front().box).clone());
                    }
                    locateMs.push_back(seconds(located - start) * 1e3);
                    readMs.push_back(seconds(cv::getTickCount() - start) * 1e3);
                    readCpuMs.push_back(processCpuMs() - cpuStart);
                }
            }
        }
    }
    // Recogniser throughput on the located crops.
    double recPerS = -1;
    if (!crops.empty()) {
        const int64 start = cv::getTickCount();
        for (const cv::Mat &crop : crops)
            recognizer->read(crop);
        recPerS = crops.size() / seconds(cv::getTickCount() - start);
    }
    // Pass 2: the whole agent.
    const QJsonObject settings{
        {QStringLiteral("vehicleSource"), QStringLiteral("motion")},
        {QStringLiteral("lanes"), scene.settings.value(QStringLiteral("lanes"))}};
    auto agent = platereader::PlateReaderAgent::create(settings, dir, &error);
    if (!agent) {
        std::fprintf(stderr, "vigil-bench-plates: %s\n", qPrintable(error));
        return 1;
    }
    scenegen::SceneRenderer renderer(scene.script);
    int passages = 0;
    double agentSeconds = 0;
    qint64 timestampUs = 0;
    for (int f = 0; f < frames; ++f) {
        const cv::Mat &bgr = renderer.render(f);
        FrameView view;
        view.cameraId = name;
        timestampUs = qint64(scene.script.timeOf(f) * 1e6);
        view.timestampUs = timestampUs;
        view.width = bgr.cols;
        view.height = bgr.rows;
        view.format = PixelFormat::Bgr24;
        view.planes[0] = {bgr.data, int(bgr.step)};
        const int64 start = cv::getTickCount();
        passages += int(agent->processFrame(view).events.size());
        agentSeconds += seconds(cv::getTickCount() - start);
    }
    passages += int(agent->flush(timestampUs).size());

    std::printf("plate reads: %zu (locate + read per vehicle), recogniser runs: %zu\n",
                readMs.size(), crops.size());
    std::printf("locator on vehicle regions: %d truth plates, %d boxes, %d at IoU >= 0.5\n",
                truthPlates, candidates, hits);
    std::printf(
        "read_ms_p50=%.1f read_ms_p95=%.1f read_cpu_ms_p50=%.1f locate_ms_p50=%.1f rec_per_s=%.1f "
        "agent_fps=%.1f passages=%d frames=%d locate_precision=%.3f locate_recall=%.3f\n",
        percentile(readMs, 0.5), percentile(readMs, 0.95), percentile(readCpuMs, 0.5),
        percentile(locateMs, 0.5), recPerS, frames / std::max(agentSeconds, 1e-9), passages, frames,
        candidates ? double(hits) / candidates : 0.0,
        truthPlates ? double(hits) / truthPlates : 0.0);
    return 0;
}
