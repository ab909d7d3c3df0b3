#include "sceneaccuracy.h"

#include <scenecases.h>

#include <algorithm>

namespace vigil::bench {

namespace {

constexpr double kMinIou = 0.5;
constexpr double kMinVisibleShare = 0.5;
constexpr int kMinTruthHeightPx = 16;

double iou(const NormalizedRect &a, const NormalizedRect &b)
{
    const double x0 = std::max(a.x, b.x), y0 = std::max(a.y, b.y);
    const double x1 = std::min(a.x + a.width, b.x + b.width);
    const double y1 = std::min(a.y + a.height, b.y + b.height);
    const double inter = std::max(0.0, x1 - x0) * std::max(0.0, y1 - y0);
    const double unionArea = a.width * a.height + b.width * b.height - inter;
    return unionArea > 0 ? inter / unionArea : 0;
}

NormalizedRect clipped(const NormalizedRect &box)
{
    const double x0 = std::clamp(box.x, 0.0, 1.0), y0 = std::clamp(box.y, 0.0, 1.0);
    const double x1 = std::clamp(box.x + box.width, 0.0, 1.0);
    const double y1 = std::clamp(box.y + box.height, 0.0, 1.0);
    return {x0, y0, x1 - x0, y1 - y0};
}

struct Truth
{
    NormalizedRect box;
    bool counted = true; // false: don't care
    bool matched = false;
};

// Greedy one-to-one matching, best-scoring detection first.
void score(QList<vision::Detection> detections, QList<Truth> truths, ClassCounts *counts)
{
    std::sort(detections.begin(), detections.end(),
              [](const auto &a, const auto &b) { return a.confidence > b.confidence; });
    for (const Truth &t : truths)
        counts->truths += t.counted;
    for (const vision::Detection &d : detections) {
        int best = -1;
        double bestIou = kMinIou;
        for (int i = 0; i < truths.size(); ++i) {
            const double overlap = iou(d.box, truths[i].box);
            if (!truths[i].matched && overlap >= bestIou) {
                best = i;
                bestIou = overlap;
            }
        }
        if (best >= 0) {
            truths[best].matched = true;
            if (!truths[best].counted)
                continue; // on a don't-care truth
            ++counts->matched;
        }
        ++counts->detections;
    }
}

bool isVehicleClass(const QString &classId)
{
    return classId == QLatin1String("car") || classId == QLatin1String("bus") ||
           classId == QLatin1String("truck") || classId == QLatin1String("motorcycle");
}

} // namespace

SceneDetectionCounts scoreSceneDetection(vision::DetectorNet &net, const QString &name,
                                         int frameStep, float threshold)
{
    SceneDetectionCounts counts;
    const std::optional<scenegen::SceneCase> scene = scenegen::sceneCase(name);
    if (!scene)
        return counts;
    counts.scene = name;
    const scenegen::SceneScript &script = scene->script;
    scenegen::SceneRenderer renderer(script);
    QString error;
    for (int f = 0; f < script.frameCount(); ++f) {
        const cv::Mat &bgr = renderer.render(f); // every frame: the freeze fault needs the order
        if (f % frameStep != 0)
            continue;
        ++counts.frames;
        const double t = script.timeOf(f);
        QList<Truth> people, vehicles;
        for (const scenegen::Actor &actor : script.actors) {
            const std::optional<scenegen::Pose> pose = actor.poseAt(t);
            if (!pose)
                continue;
            const NormalizedRect box = actor.boxAt(*pose, script.aspect());
            const NormalizedRect inside = clipped(box);
            const double share = box.width * box.height > 0
                                     ? inside.width * inside.height / (box.width * box.height)
                                     : 0;
            if (share <= 0)
                continue;
            const bool counted =
                share >= kMinVisibleShare && inside.height * script.height >= kMinTruthHeightPx;
            (actor.kind == scenegen::ActorKind::Person ? people : vehicles)
                .append({inside, counted});
        }
        QList<vision::Detection> found;
        if (!net.detect(bgr, threshold, &found, &error))
            continue;
        QList<vision::Detection> personBoxes, vehicleBoxes;
        for (const vision::Detection &d : found) {
            if (d.classId == QLatin1String("person"))
                personBoxes.append(d);
            else if (isVehicleClass(d.classId))
                vehicleBoxes.append(d);
        }
        score(personBoxes, people, &counts.person);
        score(vehicleBoxes, vehicles, &counts.vehicle);
    }
    return counts;
}

} // namespace vigil::bench
