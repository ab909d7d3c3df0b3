#include "checkpoint.h"

#include <opencv2/imgproc.hpp>

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace vigil::scenegen {

namespace {

constexpr double kHorizon = 0.2;
constexpr double kGroundFactor = 9.6; // y = kHorizon + kGroundFactor / d
constexpr double kLaneOffset = 3.0;   // lane centre x = 0.5 -/+ kLaneOffset / d
constexpr double kWidthFactor = 2.8;  // box width = widthMetres * kWidthFactor / d
constexpr double kRoadEdge = 6.0;
constexpr double kFar = 70;   // metres: where vehicles appear / vanish
constexpr double kNear = 9.5; // metres: the bumper is below the picture

double groundY(double d)
{
    return kHorizon + kGroundFactor / d;
}

double laneX(int lane, double d)
{
    return 0.5 + (lane == 1 ? -1 : 1) * kLaneOffset / d;
}

cv::Point px(double x, double y, int width, int height)
{
    return {int(std::lround(x * width)), int(std::lround(y * height))};
}

struct Variant
{
    QString name;
    QList<PlateKind> kinds; // one vehicle each, shuffled
    double ambient = 1;
    double plateLight = 1;
    double exposure = 1.0 / 500;
    double blurredExposure = 1.0 / 60; // for every third vehicle
    bool laneTwoAway = false;
};

Variant variantFor(const QString &name)
{
    using K = PlateKind;
    if (name == QStringLiteral("checkpoint"))
        return {name,
                {K::Blue, K::Blue, K::Blue, K::Green, K::Yellow, K::Police, K::Blue, K::Blue}};
    if (name == QStringLiteral("checkpoint_night"))
        return {name,
                {K::Blue, K::Blue, K::Green, K::Yellow, K::Blue, K::Police, K::Blue, K::Green},
                0.32,
                0.85,
                1.0 / 120,
                1.0 / 50};
    if (name == QStringLiteral("checkpoint_newenergy"))
        return {name,
                {K::Green, K::Green, K::Green, K::Blue, K::Green, K::Green, K::Blue, K::Green},
                1,
                1,
                1.0 / 500,
                1.0 / 60,
                true};
    return {};
}

const cv::Scalar kBodyColours[] = {{235, 235, 232}, {40, 38, 36},  {150, 150, 150},
                                   {40, 40, 150},   {140, 90, 40}, {200, 200, 205},
                                   {60, 100, 60},   {90, 90, 100}};

// A nearer vehicle (lower in the picture, drawn later) whose box overlaps the plate.
bool hiddenByNearer(const SceneScript &script, const Actor &actor, const Pose &pose,
                    const NormalizedRect &plate, double t)
{
    for (const Actor &other : script.actors) {
        const std::optional<Pose> otherPose = other.poseAt(t);
        if (other.id == actor.id || !otherPose || otherPose->anchor.y() <= pose.anchor.y())
            continue;
        const NormalizedRect box = other.boxAt(*otherPose, script.aspect());
        if (box.x < plate.x + plate.width && plate.x < box.x + box.width &&
            box.y < plate.y + plate.height && plate.y < box.y + box.height)
            return true;
    }
    return false;
}

PlatePass passTruth(const SceneScript &script, const Actor &actor, int lane, bool away)
{
    PlatePass pass;
    pass.actorId = actor.id;
    pass.plate = *actor.plate;
    const PlateCheck check = checkPlate(actor.plate->text);
    pass.valid = check.valid;
    pass.flag = check.flag;
    pass.lane = lane;
    pass.direction = away ? QStringLiteral("away") : QStringLiteral("towards");
    pass.start = -1;
    for (int f = 0; f < script.frameCount(); ++f) {
        const double t = script.timeOf(f);
        const std::optional<Pose> pose = actor.poseAt(t);
        if (!pose)
            continue;
        const NormalizedRect box = boundsOf(*actor.plateQuadAt(*pose, script.aspect()));
        if (box.x < 0 || box.y < 0 || box.x + box.width > 1 || box.y + box.height > 1 ||
            hiddenByNearer(script, actor, *pose, box, t))
            continue;
        const double widthPx = box.width * script.width;
        const bool readable = widthPx >= kReadablePlateWidthPx;
        pass.frames.append({f, box, readable});
        if (pass.start < 0)
            pass.start = t;
        pass.end = t;
        if (readable) {
            if (pass.readableFrom < 0)
                pass.readableFrom = t;
            pass.readableTo = t;
        }
        if (widthPx > pass.maxPlateWidthPx) {
            pass.maxPlateWidthPx = widthPx;
            const std::optional<Pose> next = actor.poseAt(t + 1 / script.fps);
            const std::optional<Pose> previous = actor.poseAt(t - 1 / script.fps);
            const std::optional<Pose> other = next ? next : previous;
            pass.blurPx = other ? int(std::lround(actor.exposure *
                                                  std::abs(other->anchor.y() - pose->anchor.y()) *
                                                  script.height * script.fps))
                                : 0;
        }
    }
    return pass;
}

QJsonArray polygon(std::initializer_list<std::pair<double, double>> points)
{
    QJsonArray array;
    for (const auto &[x, y] : points)
        array.append(QJsonArray{x, y});
    return array;
}

} // namespace

QJsonObject PlatePass::toJson(const SceneScript &script) const
{
    QJsonArray boxes;
    auto round4 = [](double v) { return std::round(v * 10000) / 10000; };
    for (const PlateFrame &f : frames)
        boxes.append(QJsonObject{
            {QStringLiteral("frame"), f.frame},
            {QStringLiteral("t"), round4(script.timeOf(f.frame))},
            {QStringLiteral("box"), QJsonArray{round4(f.box.x), round4(f.box.y),
                                               round4(f.box.width), round4(f.box.height)}},
            {QStringLiteral("readable"), f.readable}});
    QJsonObject json{{QStringLiteral("type"), QStringLiteral("platePass")},
                     {QStringLiteral("actor"), actorId},
                     {QStringLiteral("plate"), plate.text},
                     {QStringLiteral("plateDisplay"), plateDisplay(plate.text)},
                     {QStringLiteral("plateKind"), plateKindKey(plate.kind)},
                     {QStringLiteral("valid"), valid},
                     {QStringLiteral("lane"), lane},
                     {QStringLiteral("direction"), direction},
                     {QStringLiteral("start"), round4(start)},
                     {QStringLiteral("end"), round4(end)},
                     {QStringLiteral("readableFrom"), round4(readableFrom)},
                     {QStringLiteral("readableTo"), round4(readableTo)},
                     {QStringLiteral("maxPlateWidthPx"), std::round(maxPlateWidthPx)},
                     {QStringLiteral("motionBlurPx"), blurPx},
                     {QStringLiteral("boxes"), boxes}};
    if (!flag.isEmpty())
        json.insert(QStringLiteral("flag"), flag);
    return json;
}

QStringList checkpointSceneNames()
{
    return {QStringLiteral("checkpoint"), QStringLiteral("checkpoint_night"),
            QStringLiteral("checkpoint_newenergy")};
}

unsigned defaultCheckpointSeed(const QString &name)
{
    return 21 + unsigned(checkpointSceneNames().indexOf(name));
}

CheckpointScene buildCheckpointScene(const QString &name, unsigned seed)
{
    const Variant variant = variantFor(name);
    CheckpointScene scene;
    if (variant.name.isEmpty())
        return scene;
    PlateGenerator gen(seed);
    QList<PlateKind> kinds = variant.kinds;
    for (qsizetype i = kinds.size() - 1; i > 0; --i) // seeded Fisher-Yates
        std::swap(kinds[i], kinds[gen.below(int(i + 1))]);

    SceneScript &script = scene.script;
    script.name = name;
    script.seed = seed;
    script.width = 1280;
    script.height = 720;
    script.fps = 10;
    script.checkpointBackdrop = true;
    script.ambient = variant.ambient;
    script.plateLight = variant.plateLight;
    script.lightSwing = variant.ambient < 1 ? 0 : 0.02;

    const int firstLane = 1 + gen.below(2);
    double enter = 0.5;
    double lastEnd = 0;
    for (int i = 0; i < kinds.size(); ++i) {
        Actor actor;
        actor.id = i + 1;
        actor.kind = ActorKind::Vehicle;
        const int lane = (i % 2 == 0) ? firstLane : 3 - firstLane;
        const bool away = variant.laneTwoAway && lane == 2;
        const PlateKind kind = away && kinds[i] == PlateKind::Yellow ? PlateKind::Blue : kinds[i];
        // Mostly local plates (鄂A Wuhan, 鄂C Shiyan); a few from elsewhere.
        const bool local = gen.below(10) < 7;
        Plate plate{gen.plate(kind, local ? QChar(0x9102) : QChar()), kind}; // 鄂
        if (local && kind != PlateKind::Police)
            plate.text[1] = gen.below(2) ? QLatin1Char('A') : QLatin1Char('C');
        actor.plate = plate;
        actor.view = away ? VehicleView::Rear : VehicleView::Front;
        actor.colour = kBodyColours[gen.below(8)];
        if (kind == PlateKind::Yellow) {
            actor.widthMm = 2500;
            actor.heightRatio = 1.35;
            actor.colour = kBodyColours[gen.below(2) ? 3 : 6];
        }
        actor.exposure = (i % 3 == 2) ? variant.blurredExposure : variant.exposure;
        const double speed = 7 + gen.below(21) / 10.0; // 7..9 m/s
        const double travel = (kFar - kNear) / speed;
        for (double dt = 0;; dt += 0.2) {
            const double u = std::min(dt, travel) * speed;
            const double d = away ? kNear + u : kFar - u;
            actor.path.append(
                {enter + dt, laneX(lane, d), groundY(d), actor.widthMm / 1000 * kWidthFactor / d});
            if (dt >= travel)
                break;
        }
        lastEnd = std::max(lastEnd, actor.path.last().t);
        script.actors.append(actor);
        enter += 2.6 + gen.below(9) / 10.0;
    }
    script.duration = std::ceil(lastEnd + 1);
    for (const Actor &actor : script.actors) {
        const int lane = actor.path.first().x < 0.5 ? 1 : 2;
        scene.passes.append(passTruth(script, actor, lane, actor.view == VehicleView::Rear));
    }
    const double yFar = groundY(kFar);
    const QJsonObject laneOne{
        {QStringLiteral("name"), QStringLiteral("1")},
        {QStringLiteral("direction"), QStringLiteral("towards")},
        {QStringLiteral("points"),
         polygon({{0.5, yFar}, {0.5, 1.0}, {0.0, 1.0}, {0.5 - 6 / kFar, yFar}})}};
    QJsonObject laneTwo{{QStringLiteral("name"), QStringLiteral("2")},
                        {QStringLiteral("direction"),
                         variant.laneTwoAway ? QStringLiteral("away") : QStringLiteral("towards")},
                        {QStringLiteral("points"),
                         polygon({{0.5, yFar}, {0.5 + 6 / kFar, yFar}, {1.0, 1.0}, {0.5, 1.0}})}};
    scene.settings = {{QStringLiteral("checkpoint"), QStringLiteral("Gate 1")},
                      {QStringLiteral("lanes"), QJsonArray{laneOne, laneTwo}}};
    return scene;
}

cv::Mat drawCheckpointBackground(int width, int height, cv::RNG &rng)
{
    cv::Mat image(height, width, CV_8UC3, cv::Scalar(96, 118, 104)); // verges
    // Sky and a row of buildings behind the horizon.
    cv::rectangle(image, cv::Rect(0, 0, width, int(kHorizon * height)), cv::Scalar(200, 180, 160),
                  cv::FILLED);
    for (int x = 0; x < width;) {
        const int w = 60 + rng.uniform(0, 80);
        const int h = int(height * (0.05 + rng.uniform(0.0, 0.1)));
        const int g = rng.uniform(120, 180);
        cv::rectangle(image, cv::Rect(x, int(kHorizon * height) - h, w - 6, h),
                      cv::Scalar(g, g, g + 4), cv::FILLED);
        x += w;
    }
    // The road: edges meet at the vanishing point (0.5, kHorizon).
    auto edgeX = [](double y, int side) {
        return 0.5 + side * kRoadEdge * (y - kHorizon) / kGroundFactor;
    };
    const double yTop = groundY(120);
    std::vector<cv::Point> road = {
        px(edgeX(yTop, -1), yTop, width, height), px(edgeX(yTop, 1), yTop, width, height),
        px(edgeX(1.0, 1), 1.0, width, height), px(edgeX(1.0, -1), 1.0, width, height)};
    cv::fillConvexPoly(image, road, cv::Scalar(84, 86, 86), cv::LINE_AA);
    for (int side : {-1, 1})
        cv::line(image, px(edgeX(yTop, side), yTop, width, height),
                 px(edgeX(1.0, side), 1.0, width, height), cv::Scalar(210, 210, 210), 3,
                 cv::LINE_AA);
    for (double d = 8; d < 100; d += 8) // dashed divider, 4 m dashes
        cv::line(image, px(0.5, groundY(d), width, height), px(0.5, groundY(d + 4), width, height),
                 cv::Scalar(225, 225, 225), 3, cv::LINE_AA);
    const double stop = groundY(30);
    cv::line(image, px(edgeX(stop, -1), stop, width, height),
             px(edgeX(stop, 1), stop, width, height), cv::Scalar(225, 225, 225), 4, cv::LINE_AA);
    // The gantry: two posts at the road edges 22 m away and a beam above the picture's vehicles.
    const double postFoot = groundY(22);
    for (int side : {-1, 1}) {
        const double x = 0.5 + side * (kRoadEdge + 0.8) / 22;
        cv::rectangle(
            image,
            cv::Rect(px(x - 0.008, 0.04, width, height), px(x + 0.008, postFoot, width, height)),
            cv::Scalar(150, 150, 156), cv::FILLED);
    }
    cv::rectangle(image,
                  cv::Rect(px(0.5 - (kRoadEdge + 1.2) / 22, 0.04, width, height),
                           px(0.5 + (kRoadEdge + 1.2) / 22, 0.1, width, height)),
                  cv::Scalar(140, 140, 146), cv::FILLED);
    addGaussianNoise(image, rng, 5);
    return image;
}

} // namespace vigil::scenegen
