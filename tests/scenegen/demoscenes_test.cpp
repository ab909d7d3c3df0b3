// The demo district's synthetic scenes: size and timing, the truth each carries, a loop point
// without a jump (the actors of the last instant are those of the first), the night variant, the
// checkpoint variants without noise, and that depth scaling leaves the analytics scenes alone.
#include "../common/guiapp.h"
#include <demoscenes.h>
#include <scenecases.h>

#include <catch2/catch.hpp>

#include <opencv2/imgproc.hpp>

#include <QGuiApplication>

#include <algorithm>
#include <tuple>
#include <vector>

using namespace vigil::scenegen;

using vigil::testing::ensureGuiApp;

namespace {

using Placed = std::tuple<long, long, long, long, long>; // box in 1/10000, colour

// What the picture shows of the actors at time t: their boxes and body colours.
std::vector<Placed> placedAt(const SceneScript &script, double t)
{
    std::vector<Placed> placed;
    for (const Actor &actor : script.actors) {
        if (const std::optional<Pose> pose = actor.poseAt(t)) {
            const vigil::NormalizedRect box = actor.boxAt(*pose, script.aspect());
            auto n = [](double v) { return std::lround(v * 10000); };
            placed.emplace_back(
                n(box.x), n(box.y), n(box.width), n(box.height),
                std::lround(actor.colour[0] + 256 * actor.colour[1] + 65536 * actor.colour[2]));
        }
    }
    std::sort(placed.begin(), placed.end());
    return placed;
}

double meanLuma(const cv::Mat &bgr)
{
    cv::Mat grey;
    cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
    return cv::mean(grey)[0];
}

} // namespace

TEST_CASE("demo scenes: 1280x720, 20 s at 12.5 fps, with the truth of their plugin",
          "[scenegen][demo]")
{
    struct Expectation
    {
        const char *name;
        const char *plugin;
        int minTruth;
        int maxTruth;
    };
    for (const Expectation &e : {Expectation{"demo_street", "org.vigil.linecrossing", 3, 40},
                                 Expectation{"demo_street_night", "org.vigil.linecrossing", 3, 40},
                                 Expectation{"demo_gate", "org.vigil.tailgating", 1, 1},
                                 Expectation{"demo_parking", "org.vigil.parking", 1, 1}}) {
        INFO(e.name);
        const std::optional<SceneCase> scene = sceneCase(QString::fromLatin1(e.name));
        REQUIRE(scene);
        CHECK(scene->script.width == 1280);
        CHECK(scene->script.height == 720);
        CHECK(scene->script.duration == 20);
        CHECK(scene->script.frameCount() == 250);
        CHECK(scene->pluginId == QLatin1String(e.plugin));
        CHECK(int(scene->truth.size()) >= e.minTruth);
        CHECK(int(scene->truth.size()) <= e.maxTruth);
        CHECK(sceneCaseNames().contains(QString::fromLatin1(e.name)));
    }
    // The gate's tailgater is the one who walks in on the previous person's access.
    const SceneCase gate = *sceneCase(QStringLiteral("demo_gate"));
    REQUIRE(gate.accesses.size() == 4);
    CHECK(gate.truth.first().start > gate.accesses[2].grantedAt);
    CHECK(gate.truth.first().start < gate.accesses[2].grantedAt + 4);
    CHECK(gate.truth.first().start < gate.accesses[3].grantedAt);
}

TEST_CASE("demo scenes loop without a jump", "[scenegen][demo]")
{
    for (const QString &name : {QStringLiteral("demo_street"), QStringLiteral("demo_gate"),
                                QStringLiteral("demo_parking")}) {
        INFO(name.toStdString());
        const SceneCase scene = *sceneCase(name);
        const std::vector<Placed> first = placedAt(scene.script, 0);
        CHECK(first.size() >= 3); // the picture is not empty at the loop point
        CHECK(first == placedAt(scene.script, scene.script.duration));
        // Half-way is different (things move), so the comparison above means something.
        CHECK(first != placedAt(scene.script, scene.script.duration / 2));
    }
}

TEST_CASE("wrapAround copies what is still on its way at the end", "[scenegen][demo]")
{
    SceneScript script;
    script.duration = 20;
    Actor walker;
    walker.id = 3;
    walker.path = {{15, 0.0, 0.9}, {45, 1.0, 0.9}};
    Actor early;
    early.id = 4;
    early.path = {{2, 0.0, 0.8}, {10, 1.0, 0.8}};
    script.actors = {walker, early};
    wrapAround(script);
    REQUIRE(script.actors.size() == 4); // two copies of the walker, none of the early one
    CHECK(script.actors[2].id == 5);
    CHECK(script.actors[2].path.first().t == -5);
    CHECK(script.actors[3].path.first().t == -25);
    CHECK(script.actors[3].path.last().t == 5);
    CHECK(script.actors[2].anchorAt(0)->x() == Approx(walker.anchorAt(20)->x()));
    CHECK(script.actors[3].anchorAt(0)->x() == Approx(walker.anchorAt(40)->x()));
}

TEST_CASE("demo scenes render and the night street is dark with lit lamps", "[scenegen][demo]")
{
    ensureGuiApp();
    SceneRenderer day(sceneCase(QStringLiteral("demo_street"))->script);
    SceneRenderer night(sceneCase(QStringLiteral("demo_street_night"))->script);
    REQUIRE(day.error().isEmpty());
    const cv::Mat dayFrame = day.render(0).clone();
    const cv::Mat nightFrame = night.render(0).clone();
    REQUIRE(dayFrame.size() == cv::Size(1280, 720));
    CHECK(meanLuma(nightFrame) < 0.5 * meanLuma(dayFrame));
    // The lamp heads keep their light: brighter at night than the dimmed street around them.
    const cv::Rect lampHead(int(0.43 * 1280), int(0.29 * 720), 20, 6);
    CHECK(meanLuma(nightFrame(lampHead)) > 2 * meanLuma(nightFrame));
    // Same seed, same pixels (the renderer draws no noise here, so frames 0 twice are equal).
    SceneRenderer again(sceneCase(QStringLiteral("demo_street"))->script);
    CHECK(cv::norm(again.render(0), dayFrame, cv::NORM_INF) == 0);
    for (const QString &name : {QStringLiteral("demo_gate"), QStringLiteral("demo_parking")}) {
        SceneRenderer renderer(sceneCase(name)->script);
        const cv::Mat frame = renderer.render(100);
        cv::Mat grey;
        cv::cvtColor(frame, grey, cv::COLOR_BGR2GRAY);
        cv::Scalar mean, stddev;
        cv::meanStdDev(grey, mean, stddev);
        INFO(name.toStdString());
        CHECK(stddev[0] > 20); // a drawn scene, not a flat colour
    }
}

TEST_CASE("demo checkpoint scenes: the checkpoint's plates and truth, without the noise",
          "[scenegen][demo]")
{
    ensureGuiApp();
    const SceneCase plain = *sceneCase(QStringLiteral("checkpoint"), 101u);
    const SceneCase demo = *sceneCase(QStringLiteral("demo_checkpoint"), 101u);
    REQUIRE(demo.plates.size() == plain.plates.size());
    for (qsizetype i = 0; i < demo.plates.size(); ++i) {
        CHECK(demo.plates[i].plate.text == plain.plates[i].plate.text);
        CHECK(demo.plates[i].frames.size() == plain.plates[i].frames.size());
    }
    CHECK(demo.script.noise == 0);
    CHECK(plain.script.noise == 2.5);
    SceneRenderer a(plain.script);
    SceneRenderer b(demo.script);
    REQUIRE(a.error().isEmpty());
    cv::Mat diff;
    cv::absdiff(a.render(0), b.render(0), diff);
    const cv::Scalar mean = cv::mean(diff);
    CHECK(mean[0] > 0.5); // the noise is gone ...
    CHECK(mean[0] < 3.5); // ... and only the noise
}

TEST_CASE("depth scaling leaves the analytics scenes' actors at their standard size",
          "[scenegen][demo]")
{
    Actor person;
    person.kind = ActorKind::Person;
    const vigil::NormalizedRect standard = person.boxAt({QPointF(0.5, 0.9), 1}, 16.0 / 9);
    const vigil::NormalizedRect half = person.boxAt({QPointF(0.5, 0.9), 0.5}, 16.0 / 9);
    CHECK(standard.width == 0.035); // kPersonWidth, exactly as before scaling existed
    CHECK(standard.height == 0.15);
    CHECK(half.width == Approx(0.0175));
    CHECK(half.y + half.height == Approx(0.9)); // still standing on its anchor
    for (const QString &name : {QStringLiteral("intrusion"), QStringLiteral("crowd")}) {
        const SceneCase scene = *sceneCase(name);
        for (const Actor &actor : scene.script.actors) {
            for (const Keyframe &k : actor.path)
                CHECK(k.scale == 1);
        }
    }
}
