#include "demoscenes.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace vigil::scenegen {

namespace {

constexpr double kDuration = 20;
constexpr double kFps = 12.5;
// No sensor noise (the backdrops have a fixed fine texture): fresh noise on every frame costs
// the renderer and the encoder most of their time, and the demo set-up has a time budget.
constexpr double kNoise = 0;

const cv::Scalar kClothes[] = {{120, 30, 30},  {30, 30, 120},  {40, 90, 20},  {35, 30, 30},
                               {40, 120, 170}, {150, 140, 60}, {90, 60, 140}, {170, 170, 170}};
const cv::Scalar kPaints[] = {{235, 235, 232}, {40, 38, 36},    {150, 150, 150}, {40, 40, 150},
                              {140, 90, 40},   {200, 200, 205}, {60, 100, 60},   {30, 110, 190}};

// People and side-on vehicles are drawn smaller further up the picture.
struct Depth
{
    double atTop = 0.2; // scale at y = 0
    double perY = 0.8;  // added per unit of y
    double at(double y) const { return atTop + perY * y; }
};

struct Builder
{
    SceneScript &script;
    Depth depth;
    cv::RNG rng;
    double dim = 1; // night: bodies and clothes darker
    int nextId = 1;

    void add(ActorKind kind, QList<Keyframe> path, cv::Scalar colour)
    {
        for (Keyframe &k : path)
            k.scale = depth.at(k.y);
        Actor actor;
        actor.id = nextId++;
        actor.kind = kind;
        actor.path = std::move(path);
        actor.colour = colour * dim;
        script.actors.append(actor);
    }
    cv::Scalar clothes() { return kClothes[rng.uniform(0, 8)]; }
    cv::Scalar paint() { return kPaints[rng.uniform(0, 8)]; }

    // `count` actors crossing the whole picture at `y`, evenly spread over the loop with some
    // jitter, `speed` in widths per second (negative: to the left). Off-picture margins so they
    // come in and leave whole.
    void stream(ActorKind kind, int count, double y, double speed, double margin)
    {
        const double travel = (1 + 2 * margin) / std::abs(speed);
        const double phase = rng.uniform(0.0, kDuration / count);
        for (int i = 0; i < count; ++i) {
            // Entries spread over [0, duration): what is still on its way at the end is wrapped
            // to the start (wrapAround()).
            const double enter =
                std::fmod(phase + i * kDuration / count +
                              rng.uniform(-0.2, 0.2) * kDuration / count + kDuration,
                          kDuration);
            const double x0 = speed > 0 ? -margin : 1 + margin;
            const double x1 = speed > 0 ? 1 + margin : -margin;
            const double lane = kind == ActorKind::Person ? y + rng.uniform(-0.02, 0.02) : y;
            add(kind, {{enter, x0, lane}, {enter + travel, x1, lane}},
                kind == ActorKind::Person ? clothes() : paint());
        }
    }
};

SceneScript demoScript(const QString &name, unsigned seed, Backdrop backdrop)
{
    SceneScript script;
    script.name = name;
    script.seed = seed;
    script.width = 1280;
    script.height = 720;
    script.fps = kFps;
    script.duration = kDuration;
    script.lightSwing = 0.02;
    script.backdrop = backdrop;
    script.noise = kNoise;
    return script;
}

QJsonArray classes(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

SceneCase streetCase(const QString &name, unsigned seed, bool night)
{
    SceneCase c;
    c.script = demoScript(name, seed, Backdrop::Boulevard);
    Builder b{c.script, {0.2, 0.8}, cv::RNG(seed)};
    if (night) {
        c.script.ambient = 0.3;
        c.script.lightSwing = 0;
        b.dim = 0.45;
    }
    // Far pavement, then the four lanes far to near (left-bound, then right-bound), then the
    // near pavement; the renderer sorts by depth anyway.
    b.stream(ActorKind::Person, 3, 0.355, -0.045, 0.05);
    b.stream(ActorKind::Vehicle, 3, 0.465, -0.22, 0.1);
    b.stream(ActorKind::Vehicle, 3, 0.55, -0.27, 0.1);
    b.stream(ActorKind::Vehicle, 4, 0.645, 0.25, 0.1);
    b.stream(ActorKind::Vehicle, 3, 0.725, 0.2, 0.1);
    b.stream(ActorKind::Person, 3, 0.86, 0.05, 0.05);
    b.stream(ActorKind::Person, 3, 0.92, -0.045, 0.05);
    wrapAround(c.script);

    const VerticalLine line{QStringLiteral("Pavement"), 0.5, 0.76, 1.0, QStringLiteral("both")};
    const QStringList watched{QStringLiteral("person")};
    c.pluginId = QStringLiteral("org.vigil.linecrossing");
    c.settings = {{QStringLiteral("lines"), QJsonArray{line.toSetting()}},
                  {QStringLiteral("objectClasses"), classes(watched)}};
    int leftToRight = 0;
    int rightToLeft = 0;
    for (TruthEvent event : crossingTruth(c.script, line, watched)) {
        (event.detail == QStringLiteral("leftToRight") ? leftToRight : rightToLeft) += 1;
        event.detail = line.name + QLatin1Char(':') + event.detail;
        c.truth.append(event);
    }
    c.expectedCounts = {{line.name + QStringLiteral(":leftToRight"), leftToRight},
                        {line.name + QStringLiteral(":rightToLeft"), rightToLeft}};
    return c;
}

SceneCase gateCase(const QString &name, unsigned seed)
{
    SceneCase c;
    c.script = demoScript(name, seed, Backdrop::CommunityGate);
    Builder b{c.script, {0.1, 0.85}, cv::RNG(seed)};
    // Walkers along the wall, never into the door zone.
    b.stream(ActorKind::Person, 3, 0.74, 0.045, 0.05);
    b.stream(ActorKind::Person, 2, 0.9, -0.05, 0.05);
    wrapAround(c.script);

    // Through the door (x 0.405-0.49): in from the plaza, or out of the compound. Whole paths
    // inside the clip, so the loop point shows nobody in the doorway.
    const double jitter = b.rng.uniform(0.0, 0.3); // the last one is gone by 20 s
    struct Passage
    {
        double start;
        bool in;
        double side; // where on the plaza they come from / go to
        bool ownAccess;
    };
    // Timed so that each access comes after the previous person went through (the plugin
    // counts people against the latest access).
    const Passage passages[] = {{0.3 + jitter, true, 0.18, true},
                                {5.5 + jitter, false, 0.82, true},
                                {6.5 + jitter, true, 0.3, true},
                                {7.6 + jitter, true, 0.24, false}, // on the previous one's access
                                {13.2 + jitter, false, 0.65, true}};
    const double doorX = 0.447;
    QList<double> granted;
    for (const Passage &p : passages) {
        // 5 s across the plaza (perspective makes the far part slower), 1.2 s through the door.
        const QList<Keyframe> in = {{p.start, p.side, 1.03},
                                    {p.start + 3.2, (p.side + doorX) / 2, 0.72},
                                    {p.start + 5, doorX, 0.585},
                                    {p.start + 6.2, doorX, 0.5}};
        QList<Keyframe> path;
        for (const Keyframe &k : in)
            path.append(p.in ? k : Keyframe{2 * p.start + 6.2 - k.t, k.x, k.y});
        std::sort(path.begin(), path.end(),
                  [](const Keyframe &l, const Keyframe &r) { return l.t < r.t; });
        b.add(ActorKind::Person, path, b.clothes());
        // The card is shown a moment before the door zone (reached going in at ~4.4 s, going
        // out at ~0.7 s).
        if (p.ownAccess)
            granted.append(p.start + (p.in ? 3.8 : 0.2));
    }
    const RectZone door{QStringLiteral("Door"), 0.405, 0.55, 0.49, 0.63};
    c.pluginId = QStringLiteral("org.vigil.tailgating");
    c.settings = {{QStringLiteral("doorZones"), QJsonArray{door.toSetting()}},
                  {QStringLiteral("accessWindow"), 4},
                  {QStringLiteral("peoplePerAccess"), 1}};
    for (double t : granted)
        c.accesses.append({t, t});
    c.truth = tailgatingTruth(c.script, door, granted, 4, 1);
    return c;
}

SceneCase parkingCase(const QString &name, unsigned seed)
{
    SceneCase c;
    c.script = demoScript(name, seed, Backdrop::ParkingStrip);
    Builder b{c.script, {0.2, 0.8}, cv::RNG(seed)};
    const double bayY = 0.72;
    auto bayX = [](int bay) { return 0.105 + 0.15 * bay; };
    // Parked all along: bays 0, 1 and 3 (bay 4 stays free).
    for (int bay : {0, 1, 3})
        b.add(ActorKind::Vehicle, {{0, bayX(bay), bayY}, {kDuration, bayX(bay), bayY}}, b.paint());
    b.stream(ActorKind::Vehicle, 3, 0.39, -0.24, 0.1);
    b.stream(ActorKind::Vehicle, 2, 0.48, 0.22, 0.1);
    b.stream(ActorKind::Person, 3, 0.86, 0.045, 0.05);
    b.stream(ActorKind::Person, 2, 0.93, -0.05, 0.05);
    wrapAround(c.script);
    // Bay 2: one car backs out and leaves at the start, one like it parks there at the end, so
    // the loop point shows the same car in the same place.
    const cv::Scalar shared = b.paint();
    b.add(ActorKind::Vehicle,
          {{0, bayX(2), bayY},
           {2.5, bayX(2), bayY},
           {4, bayX(2) + 0.06, 0.56},
           {4.8, 0.55, 0.48},
           {7.2, 1.12, 0.48}},
          shared);
    b.add(ActorKind::Vehicle,
          {{11, -0.12, 0.48},
           {13.4, 0.3, 0.48},
           {15, bayX(2) - 0.04, 0.6},
           {16, bayX(2), bayY},
           {kDuration, bayX(2), bayY}},
          shared);
    // A delivery van stopping in the hatched box for 11 s.
    b.add(ActorKind::Vehicle,
          {{1.5, -0.12, 0.48},
           {5.5, 0.78, 0.48},
           {6.6, 0.89, bayY},
           {17.6, 0.89, bayY},
           {19.6, 1.14, bayY}},
          b.paint());

    const RectZone zone{QStringLiteral("No parking"), 0.80, 0.6, 0.98, 0.78};
    const QStringList watched{QStringLiteral("vehicle")};
    c.pluginId = QStringLiteral("org.vigil.parking");
    c.settings = {{QStringLiteral("zones"), QJsonArray{zone.toSetting()}},
                  {QStringLiteral("maxStopTime"), 8}};
    c.truth = parkingTruth(c.script, zone, watched, 8);
    return c;
}

} // namespace

void wrapAround(SceneScript &script)
{
    int nextId = 0;
    for (const Actor &actor : script.actors)
        nextId = std::max(nextId, actor.id);
    const qsizetype count = script.actors.size();
    for (qsizetype i = 0; i < count; ++i) {
        const Actor actor = script.actors[i];
        if (actor.path.isEmpty())
            continue;
        for (int k = 1; actor.path.last().t - k * script.duration > 0; ++k) {
            Actor copy = actor;
            copy.id = ++nextId;
            for (Keyframe &key : copy.path)
                key.t -= k * script.duration;
            script.actors.append(copy);
        }
    }
}

QStringList demoSceneNames()
{
    QStringList names{QStringLiteral("demo_street"), QStringLiteral("demo_street_night"),
                      QStringLiteral("demo_gate"), QStringLiteral("demo_parking")};
    for (const QString &checkpoint : checkpointSceneNames())
        names.append(QStringLiteral("demo_") + checkpoint);
    return names;
}

std::optional<SceneCase> demoSceneCase(const QString &name, std::optional<unsigned> seed)
{
    const QString checkpoint = name.mid(5);
    if (name.startsWith(QStringLiteral("demo_")) && checkpointSceneNames().contains(checkpoint)) {
        // The checkpoint scene and its truth, without the per-frame sensor noise.
        CheckpointScene scene =
            buildCheckpointScene(checkpoint, seed.value_or(defaultCheckpointSeed(checkpoint)));
        SceneCase c;
        c.script = std::move(scene.script);
        c.script.name = name;
        c.script.noise = kNoise;
        c.settings = std::move(scene.settings);
        c.plates = std::move(scene.passes);
        return c;
    }
    const int index = int(demoSceneNames().indexOf(name));
    if (index < 0)
        return std::nullopt;
    const unsigned s = seed.value_or(41 + unsigned(index));
    switch (index) {
    case 0:
        return streetCase(name, s, false);
    case 1:
        return streetCase(name, s, true);
    case 2:
        return gateCase(name, s);
    default:
        return parkingCase(name, s);
    }
}

} // namespace vigil::scenegen
