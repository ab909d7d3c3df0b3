#include "goldenharness.h"

#include <vigil/externalevent.h>

#include <opencv2/imgproc.hpp>

#include <QJsonDocument>

#include <cmath>
#include <cstdio>

namespace vigil::test {

using scenegen::SceneCase;
using scenegen::TruthEvent;

GoldenRun runScene(PluginHost &host, const SceneCase &scene)
{
    GoldenRun run;
    host.scan({QStringLiteral(VIGIL_PLUGIN_BUILD_DIR)});
    const PluginManifest *manifest = host.manifest(scene.pluginId);
    if (!manifest) {
        run.error = QStringLiteral("plugin %1 not found").arg(scene.pluginId);
        return run;
    }
    std::unique_ptr<AnalyticsAgent> agent = host.createAgent(
        scene.pluginId, {QStringLiteral("cam-scene"), scene.script.name, scene.settings},
        &run.error);
    if (!agent)
        return run;
    ExternalEventReceiver *receiver = externalEventReceiver(agent.get());
    QList<scenegen::AccessEvent> pending = scene.accesses;
    // VIGIL_GOLDEN_VERBOSE=1 prints every frame's objects and every event, for tuning scenes.
    const bool verbose = qEnvironmentVariableIntValue("VIGIL_GOLDEN_VERBOSE") == 1;

    scenegen::SceneRenderer renderer(scene.script);
    cv::Mat converted;
    qint64 lastUs = 0;
    for (int f = 0; f < scene.script.frameCount(); ++f) {
        const double t = scene.script.timeOf(f);
        const cv::Mat &bgr = renderer.render(f);
        for (qsizetype i = 0; i < pending.size();) {
            if (pending[i].deliveredAt <= t && receiver) {
                receiver->receiveExternalEvent({QStringLiteral("access.granted"),
                                                QStringLiteral("door-1"),
                                                qint64(pending[i].grantedAt * 1e6),
                                                {}});
                pending.removeAt(i);
            } else {
                ++i;
            }
        }
        FrameView frame;
        frame.cameraId = QStringLiteral("cam-scene");
        frame.timestampUs = lastUs = qint64(std::llround(t * 1e6));
        frame.width = bgr.cols;
        frame.height = bgr.rows;
        if (manifest->stream.pixelFormat == PixelFormat::Bgr24) {
            frame.format = PixelFormat::Bgr24;
            frame.planes[0] = {bgr.data, int(bgr.step)};
        } else {
            cv::cvtColor(bgr, converted, cv::COLOR_BGR2GRAY);
            frame.format = PixelFormat::Gray8;
            frame.planes[0] = {converted.data, int(converted.step)};
        }
        const FrameResult result = agent->processFrame(frame);
        run.events += result.events;
        if (verbose) {
            QStringList objects;
            for (const ObjectMetadata &o : result.objects)
                objects.append(QStringLiteral("%1#%2@%3,%4")
                                   .arg(o.classId)
                                   .arg(o.trackId)
                                   .arg(o.box.x + o.box.width / 2, 0, 'f', 2)
                                   .arg(o.box.y + o.box.height, 0, 'f', 2));
            std::printf("  t=%.1f %s\n", t, qPrintable(objects.join(QLatin1Char(' '))));
            for (const AnalyticsEvent &e : result.events)
                std::printf("  t=%.1f EVENT %s %d %s %s\n", t, qPrintable(e.typeId), int(e.phase),
                            qPrintable(e.description),
                            QJsonDocument(e.details).toJson(QJsonDocument::Compact).constData());
        }
        if (!result.objects.isEmpty())
            ++run.framesWithObjects;
    }
    run.events += agent->flush(lastUs);
    return run;
}

namespace {

double seconds(qint64 us)
{
    return double(us) / 1e6;
}

QString detailOf(const AnalyticsEvent &event)
{
    const QString line = event.details.value(QStringLiteral("line")).toString();
    return line.isEmpty() ? QString()
                          : line + QLatin1Char(':') +
                                event.details.value(QStringLiteral("direction")).toString();
}

} // namespace

GoldenScore scoreRun(const SceneCase &scene, const GoldenRun &run, double toleranceSeconds)
{
    GoldenScore score;
    score.truthCount = int(scene.truth.size());
    QList<const AnalyticsEvent *> openings;
    for (const AnalyticsEvent &event : run.events) {
        if (event.phase != EventPhase::Ended)
            openings.append(&event);
    }
    score.reported = int(openings.size());
    QList<bool> used(openings.size(), false);
    for (const TruthEvent &truth : scene.truth) {
        int best = -1;
        double bestError = toleranceSeconds;
        for (int i = 0; i < openings.size(); ++i) {
            const AnalyticsEvent &event = *openings[i];
            if (used[i] || event.typeId != truth.typeId)
                continue;
            if (truth.typeId == QStringLiteral("lineCrossing") && detailOf(event) != truth.detail)
                continue;
            const double error = std::abs(seconds(event.timestampUs) - truth.start);
            if (error <= bestError) {
                bestError = error;
                best = i;
            }
        }
        if (best < 0) {
            score.problems.append(QStringLiteral("missed %1 at %2 s (actor %3 %4)")
                                      .arg(truth.typeId)
                                      .arg(truth.start)
                                      .arg(truth.actorId)
                                      .arg(truth.detail));
            continue;
        }
        used[best] = true;
        ++score.matched;
        if (truth.end < 0)
            continue;
        ++score.endsChecked;
        const AnalyticsEvent *ended = nullptr;
        for (const AnalyticsEvent &event : run.events) {
            if (event.phase == EventPhase::Ended && event.eventId == openings[best]->eventId &&
                event.typeId == truth.typeId)
                ended = &event;
        }
        if (ended && std::abs(seconds(ended->timestampUs) - truth.end) <= toleranceSeconds)
            ++score.endsWithinTolerance;
        else
            score.problems.append(QStringLiteral("%1 from %2 s: expected end %3 s, got %4")
                                      .arg(truth.typeId)
                                      .arg(truth.start)
                                      .arg(truth.end)
                                      .arg(ended ? QString::number(seconds(ended->timestampUs))
                                                 : QStringLiteral("no end")));
    }
    for (int i = 0; i < openings.size(); ++i) {
        if (!used[i])
            score.problems.append(QStringLiteral("unexpected %1 at %2 s: %3")
                                      .arg(openings[i]->typeId)
                                      .arg(seconds(openings[i]->timestampUs))
                                      .arg(openings[i]->description));
    }
    std::printf("golden %-20s truth=%d reported=%d precision=%.2f recall=%.2f ends=%d/%d\n",
                qPrintable(scene.script.name), score.truthCount, score.reported, score.precision(),
                score.recall(), score.endsWithinTolerance, score.endsChecked);
    return score;
}

} // namespace vigil::test
