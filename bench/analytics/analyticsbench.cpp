// vigil-bench-analytics: CPU cost of each analytics plugin, called in-process through the real
// PluginHost, on a synthetic 640 x 360 scene (walkers, a car; tools/scenegen) at 5 fps.
//
//   build/bin/vigil-bench-analytics [--frames 300]
//
// Prints ms per frame per plugin, then ONE summary line of key=value figures:
// ms_<plugin>=..., cpu_per_cam_pct=... (all plugins on one camera at 5 fps, % of one core).
// The frames are rendered before timing starts, so only the plugins are measured.

#include "analytics/pluginhost.h"
#include "scenecases.h"

#include <opencv2/imgproc.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QStringList>

#include <cstdio>
#include <vector>

using namespace vigil;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int frames = 300;
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--frames"));
    if (at >= 0 && at + 1 < args.size())
        frames = std::max(10, args.at(at + 1).toInt());

    scenegen::SceneCase scene = *scenegen::sceneCase(QStringLiteral("intrusion"));
    scene.script.duration = frames / scene.script.fps;
    scenegen::SceneRenderer renderer(scene.script);
    std::vector<cv::Mat> bgr;
    std::vector<cv::Mat> gray;
    for (int f = 0; f < scene.script.frameCount(); ++f) {
        bgr.push_back(renderer.render(f).clone());
        gray.emplace_back();
        cv::cvtColor(bgr.back(), gray.back(), cv::COLOR_BGR2GRAY);
    }

    const QJsonArray zone{QJsonObject{
        {QStringLiteral("points"), QJsonArray{QJsonArray{0.3, 0.6}, QJsonArray{0.8, 0.6},
                                              QJsonArray{0.8, 1.0}, QJsonArray{0.3, 1.0}}}}};
    const QJsonArray line{QJsonObject{
        {QStringLiteral("points"), QJsonArray{QJsonArray{0.5, 1.0}, QJsonArray{0.5, 0.6}}},
        {QStringLiteral("direction"), QStringLiteral("both")}}};
    const QList<QPair<QString, QJsonObject>> plugins = {
        {QStringLiteral("org.vigil.motion"), {}},
        {QStringLiteral("org.vigil.intrusion"), {{QStringLiteral("zones"), zone}}},
        {QStringLiteral("org.vigil.linecrossing"), {{QStringLiteral("lines"), line}}},
        {QStringLiteral("org.vigil.loitering"), {{QStringLiteral("zones"), zone}}},
        {QStringLiteral("org.vigil.tailgating"), {{QStringLiteral("doorZones"), zone}}},
        {QStringLiteral("org.vigil.parking"), {{QStringLiteral("zones"), zone}}},
        {QStringLiteral("org.vigil.crowd"), {{QStringLiteral("zones"), zone}}},
        {QStringLiteral("org.vigil.tamper"), {}},
    };

    PluginHost host;
    host.scan(PluginHost::defaultSearchDirectories());
    QStringList summary;
    double totalMs = 0;
    for (const auto &[id, settings] : plugins) {
        const PluginManifest *manifest = host.manifest(id);
        QString error;
        auto agent = manifest
                         ? host.createAgent(id, {QStringLiteral("bench"), {}, settings}, &error)
                         : nullptr;
        if (!agent) {
            std::fprintf(stderr, "vigil-bench-analytics: %s: %s\n", qPrintable(id),
                         manifest ? qPrintable(error) : "plugin not found");
            return 1;
        }
        const bool colour = manifest->stream.pixelFormat == PixelFormat::Bgr24;
        QElapsedTimer timer;
        timer.start();
        int events = 0;
        for (size_t f = 0; f < bgr.size(); ++f) {
            const cv::Mat &picture = colour ? bgr[f] : gray[f];
            FrameView frame;
            frame.cameraId = QStringLiteral("bench");
            frame.timestampUs = qint64(f) * 200'000;
            frame.width = picture.cols;
            frame.height = picture.rows;
            frame.format = colour ? PixelFormat::Bgr24 : PixelFormat::Gray8;
            frame.planes[0] = {picture.data, int(picture.step)};
            events += int(agent->processFrame(frame).events.size());
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6 / double(bgr.size());
        totalMs += ms;
        const QString key = id.section(QLatin1Char('.'), -1);
        std::printf("%-24s %6.2f ms/frame  (%d events over %zu frames)\n", qPrintable(id), ms,
                    events, bgr.size());
        summary.append(QStringLiteral("ms_%1=%2").arg(key).arg(ms, 0, 'f', 2));
    }
    // 5 frames per second per camera: ms per frame * 5 / 1000 s = share of one core.
    summary.append(QStringLiteral("cpu_per_cam_pct=%1").arg(totalMs * 5 / 10, 0, 'f', 1));
    summary.append(QStringLiteral("frames=%1").arg(bgr.size()));
    std::printf("%s\n", qPrintable(summary.join(QLatin1Char(' '))));
    return 0;
}
