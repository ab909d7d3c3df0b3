// vigil-bench-privacy: what face/plate blurring costs per public stream.
//  1. detector (BlazeFace + CenterNet-320 head/plate bands) time per run on a 640 px picture,
//     without and with the whole-picture plate search (its cost: the difference);
//  2. the display-side cost per frame: masks + pixelating the held regions of a 1280x720
//     picture, and the fail-closed whole-picture pixelation;
//  3. process CPU of one public stream: a PrivacyFilter fed 25 fps 1280x720 pictures for N s
//     (default 10), detection at its default rate (every 250 ms).
// Ends with one summary line of key=value figures.
#include "privacy/modelregiondetector.h"
#include "privacy/pixelate.h"
#include "privacy/privacyfilter.h"
#include "privacy/privacymask.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

using namespace vigil;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

QImage benchPicture(const QString &photo)
{
    QImage image(photo);
    if (image.isNull()) {
        image = QImage(1280, 720, QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                image.setPixel(x, y, qRgb((x * 7) % 256, (y * 5) % 256, ((x + y) * 3) % 256));
    }
    return image.convertToFormat(QImage::Format_RGB32)
        .scaled(1280, 720, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int seconds = 10;
    int fullFrameEvery = ModelRegionDetectorOptions{}.fullFramePlateEvery;
    QString photo = QStringLiteral("/usr/share/doc/opencv-doc/examples/data/messi5.jpg");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--seconds"))
            seconds = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--photo"))
            photo = args[i + 1];
        else if (args[i] == QLatin1String("--full-frame-every")) // 0 = no whole-picture search
            fullFrameEvery = std::max(0, args[i + 1].toInt());
    }
    const QImage picture = benchPicture(photo);

    QString error;
    const QImage small = picture.scaledToWidth(640, Qt::FastTransformation);
    QList<PrivacyRegion> regions;
    // Median run time with the whole-picture plate search never (0) or on every run (1).
    const auto medianDetectMs = [&](int fullFramePlateEvery) -> double {
        ModelRegionDetectorOptions options;
        options.fullFramePlateEvery = fullFramePlateEvery;
        std::unique_ptr<PrivacyRegionDetector> detector =
            createModelRegionDetector(&error, options);
        if (!detector)
            return -1;
        std::vector<double> times;
        for (int i = 0; i < 12; ++i) {
            QElapsedTimer timer;
            timer.start();
            detector->detect(small, &regions, &error);
            if (i >= 2)
                times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        return median(times);
    };
    const double fullFrameMs = medianDetectMs(1);
    const double detectMs = medianDetectMs(0);
    if (detectMs < 0 || fullFrameMs < 0) {
        std::fprintf(stderr, "vigil-bench-privacy: %s\n", qUtf8Printable(error));
        return 1;
    }
    const double plateSearchMs = std::max(0.0, fullFrameMs - detectMs);
    std::printf("detector (640 px, BlazeFace + CenterNet-320): median %.1f ms, %d regions; "
                "with the whole-picture plate search %.1f ms (+%.1f ms, %.1f %% of a core at "
                "one search a second)\n",
                detectMs, int(regions.size()), fullFrameMs, plateSearchMs, plateSearchMs / 10.0);

    QList<QRectF> boxes;
    for (const PrivacyRegion &region : std::as_const(regions))
        boxes.append(region.box);
    if (boxes.isEmpty())
        boxes = {QRectF(0.4, 0.2, 0.08, 0.12), QRectF(0.1, 0.6, 0.2, 0.1)};
    const QList<QPolygonF> masks{QPolygonF(QRectF(0.7, 0.0, 0.3, 0.3)),
                                 QPolygonF({QPointF(0, 0.8), QPointF(0.3, 1), QPointF(0, 1)})};
    std::vector<double> applyMs, closedMs;
    for (int i = 0; i < 50; ++i) {
        QImage frame = picture.copy();
        QElapsedTimer timer;
        timer.start();
        paintMasksBlack(frame, masks);
        pixelateRegions(frame, boxes);
        applyMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        pixelateWhole(frame);
        closedMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("display side per 1280x720 frame: masks + %d regions %.2f ms, fail-closed whole "
                "picture %.2f ms\n",
                int(boxes.size()), median(applyMs), median(closedMs));

    PrivacyFilter filter(QStringLiteral("bench"), [fullFrameEvery](QString *e) {
        ModelRegionDetectorOptions options;
        options.fullFramePlateEvery = fullFrameEvery;
        return createModelRegionDetector(e, options);
    });
    // Let the models load before measuring.
    QElapsedTimer warm;
    warm.start();
    while (!filter.stats().detectorReady && warm.elapsed() < 20000) {
        QImage frame = picture.copy();
        filter.process(frame);
        std::this_thread::sleep_for(std::chrono::milliseconds(40));
    }
    const PrivacyFilterStats before = filter.stats();
    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    int frames = 0;
    while (wall.elapsed() < seconds * 1000) {
        QImage frame = picture.copy();
        filter.process(frame);
        ++frames;
        std::this_thread::sleep_until(std::chrono::steady_clock::now() +
                                      std::chrono::milliseconds(40));
    }
    const double cpu = cpuSeconds() - cpuBefore;
    const double elapsed = double(wall.elapsed()) / 1000;
    const PrivacyFilterStats after = filter.stats();
    // The copy of the picture per frame stands in for the decoder's output; subtract nothing.
    const double cpuPct = 100.0 * cpu / elapsed;
    const double detectionsPerS = double(after.detections - before.detections) / elapsed;
    const double closedPct =
        100.0 * double(after.closedFrames - before.closedFrames) /
        double(std::max<quint64>(1, (after.closedFrames + after.filteredFrames) -
                                        (before.closedFrames + before.filteredFrames)));
    std::printf("one public stream, 25 fps 1280x720 for %.1f s: %.1f %% of one core, %.2f "
                "detections/s (mean %.1f ms), %.1f %% of frames fail-closed\n",
                elapsed, cpuPct, detectionsPerS, after.meanDetectMs, closedPct);
    std::printf("detect_ms=%.1f full_frame_plate_ms=%.1f apply_ms=%.2f closed_frame_ms=%.2f "
                "cpu_per_public_stream_pct=%.1f detections_per_s=%.2f failclosed_pct=%.1f "
                "frames=%d full_frame_every=%d\n",
                detectMs, plateSearchMs, median(applyMs), median(closedMs), cpuPct, detectionsPerS,
                closedPct, frames, fullFrameEvery);
    return 0;
}
