// The motion plugin, loaded through the host, on synthetic video.
#include "analytics/pluginhost.h"
#include "syntheticscene.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace vigil;
using vigil::test::SyntheticScene;

namespace {

struct Run
{
    QList<AnalyticsEvent> events;
    int framesWithObjects = 0;
    int objectsOverlappingSquare = 0;
};

std::unique_ptr<AnalyticsAgent> makeMotionAgent(PluginHost &host, const QJsonObject &settings)
{
    host.scan({QStringLiteral(VIGIL_PLUGIN_BUILD_DIR)});
    QString error;
    auto agent = host.createAgent(
        QStringLiteral("org.vigil.motion"),
        {QStringLiteral("cam-synthetic"), QStringLiteral("Test"), settings}, &error);
    INFO(error.toStdString());
    REQUIRE(agent);
    return agent;
}

// 3 s of still scene, then `movingFrames` frames of a 60 px square crossing left to right
// (20 px per frame, row 150), then `stillFrames` frames of still scene again.
Run runScene(AnalyticsAgent &agent, int movingFrames, int stillFrames, unsigned seed = 7)
{
    SyntheticScene scene(seed);
    Run run;
    auto feed = [&](std::optional<QRect> square) {
        const FrameResult result = agent.processFrame(scene.nextFrame(square));
        run.events += result.events;
        if (!result.objects.isEmpty())
            ++run.framesWithObjects;
        for (const ObjectMetadata &object : result.objects) {
            if (square && object.box.intersects(SyntheticScene::normalized(*square)))
                ++run.objectsOverlappingSquare;
        }
    };
    for (int i = 0; i < 15; ++i)
        feed(std::nullopt);
    for (int i = 0; i < movingFrames; ++i)
        feed(QRect(100 + 20 * i, 150, 60, 60));
    for (int i = 0; i < stillFrames; ++i)
        feed(std::nullopt);
    return run;
}

} // namespace

TEST_CASE("a moving square raises one motion event with a box on the square", "[plugins][motion]")
{
    PluginHost host;
    auto agent = makeMotionAgent(host, {});
    const Run run = runScene(*agent, 15, 40);

    REQUIRE(run.events.size() == 2);
    const AnalyticsEvent &started = run.events.at(0);
    const AnalyticsEvent &ended = run.events.at(1);
    CHECK(started.typeId == QStringLiteral("motion"));
    CHECK(started.phase == EventPhase::Started);
    CHECK(ended.phase == EventPhase::Ended);
    CHECK(ended.eventId == started.eventId);

    // Motion starts with the square's first move (frame 15, t = 1 s + 15 * 0.2 s).
    CHECK(started.startTimestampUs == 1'000'000 + 15 * SyntheticScene::kFrameIntervalUs);
    CHECK(ended.startTimestampUs == started.startTimestampUs);
    CHECK(ended.timestampUs > started.timestampUs);
    CHECK(ended.timestampUs <= 1'000'000 + 32 * SyntheticScene::kFrameIntervalUs);

    // The Started event comes on the second moving frame; its box covers the square there.
    REQUIRE_FALSE(started.boxes.isEmpty());
    const NormalizedRect square = SyntheticScene::normalized(QRect(120, 150, 60, 60));
    bool overlaps = false;
    for (const NormalizedRect &box : started.boxes)
        overlaps = overlaps || box.intersects(square);
    CHECK(overlaps);
    REQUIRE(ended.boxes.size() == 1);
    CHECK(ended.boxes.first().intersects(SyntheticScene::normalized(QRect(100, 150, 340, 60))));

    // Per-frame metadata follows the square while it moves.
    CHECK(run.objectsOverlappingSquare >= 14);
}

TEST_CASE("a pause shorter than the hold time does not split the event", "[plugins][motion]")
{
    PluginHost host;
    auto agent = makeMotionAgent(host, {{QStringLiteral("holdTime"), 3}});
    SyntheticScene scene(11);
    QList<AnalyticsEvent> events;
    for (int i = 0; i < 15; ++i)
        events += agent->processFrame(scene.nextFrame()).events;
    for (int i = 0; i < 8; ++i)
        events += agent->processFrame(scene.nextFrame(QRect(100 + 20 * i, 150, 60, 60))).events;
    for (int i = 0; i < 5; ++i) // 1 s without the square
        events += agent->processFrame(scene.nextFrame()).events;
    for (int i = 0; i < 8; ++i)
        events += agent->processFrame(scene.nextFrame(QRect(400 - 20 * i, 150, 60, 60))).events;
    REQUIRE(events.size() == 1);
    CHECK(events.first().phase == EventPhase::Started);

    // Stopping the stream closes the open event.
    const QList<AnalyticsEvent> flushed = agent->flush(scene.nextFrame().timestampUs);
    REQUIRE(flushed.size() == 1);
    CHECK(flushed.first().phase == EventPhase::Ended);
    CHECK(flushed.first().eventId == events.first().eventId);
}

TEST_CASE("a static noisy background raises nothing", "[plugins][motion]")
{
    PluginHost host;
    auto agent = makeMotionAgent(host, {{QStringLiteral("sensitivity"), 80}});
    const Run run = runScene(*agent, 0, 60, 3);
    CHECK(run.events.isEmpty());
    CHECK(run.framesWithObjects == 0);
}

TEST_CASE("movement inside an exclusion zone raises nothing", "[plugins][motion]")
{
    const QJsonArray zone{QJsonArray{0.1, 0.3}, QJsonArray{0.9, 0.3}, QJsonArray{0.9, 0.75},
                          QJsonArray{0.1, 0.75}};
    PluginHost host;
    auto agent = makeMotionAgent(
        host, {{QStringLiteral("exclusionZones"),
                QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Tree")},
                                       {QStringLiteral("points"), zone}}}}});
    const Run run = runScene(*agent, 15, 20);
    CHECK(run.events.isEmpty());
    CHECK(run.framesWithObjects == 0);

    // Same movement with the zone removed is seen, so the zone is what silenced it.
    QString error;
    REQUIRE(agent->setSettings({{QStringLiteral("exclusionZones"), QJsonArray{}}}, &error));
    CHECK_FALSE(runScene(*agent, 15, 20).events.isEmpty());
}
