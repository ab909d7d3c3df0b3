// Golden tests: synthetic scenes with exact ground truth (tools/scenegen) -> the real plugins,
// loaded through the PluginHost -> events compared with the truth (time +/- 1 s, counts exact).
#include "goldenharness.h"

#include <catch2/catch.hpp>

#include <opencv2/imgproc.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

GoldenScore runAndScore(const QString &name, GoldenRun *runOut = nullptr)
{
    std::optional<scenegen::SceneCase> scene = scenegen::sceneCase(name);
    REQUIRE(scene);
    // VIGIL_GOLDEN_SEED_OFFSET=N re-renders every scene with other textures and noise (the truth
    // does not depend on the seed), to check that a result is not luck.
    scene->script.seed += unsigned(qEnvironmentVariableIntValue("VIGIL_GOLDEN_SEED_OFFSET"));
    PluginHost host;
    GoldenRun run = runScene(host, *scene);
    INFO(run.error.toStdString());
    REQUIRE(run.error.isEmpty());
    GoldenScore score = scoreRun(*scene, run);
    INFO(score.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(score.problems.isEmpty());
    if (runOut)
        *runOut = run;
    return score;
}

void requirePerfect(const GoldenScore &score)
{
    INFO(score.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(score.recall() == 1.0);
    CHECK(score.precision() == 1.0);
    CHECK(score.endsWithinTolerance == score.endsChecked);
}

} // namespace

TEST_CASE("golden: intrusion scene", "[plugins][golden]")
{
    GoldenRun run;
    const GoldenScore score = runAndScore(QStringLiteral("intrusion"), &run);
    CHECK(score.truthCount == 2); // the scene is built so that two people enter the lawn
    requirePerfect(score);
    CHECK(run.framesWithObjects > 50);
}

TEST_CASE("golden: directional line crossing scene with counts", "[plugins][golden]")
{
    GoldenRun run;
    const GoldenScore score = runAndScore(QStringLiteral("linecrossing"), &run);
    requirePerfect(score);

    // The counts carried by the last event of each line equal the truth's, both directions.
    const scenegen::SceneCase scene = *scenegen::sceneCase(QStringLiteral("linecrossing"));
    QHash<QString, QJsonObject> lastDetails;
    for (const AnalyticsEvent &event : run.events)
        lastDetails[event.details.value(QStringLiteral("line")).toString()] = event.details;
    for (const QString &line : {QStringLiteral("Gate"), QStringLiteral("Entry")}) {
        INFO(line.toStdString());
        REQUIRE(lastDetails.contains(line));
        CHECK(lastDetails[line].value(QStringLiteral("countLeftToRight")).toInt() ==
              scene.expectedCounts.value(line + QStringLiteral(":leftToRight")).toInt());
        CHECK(lastDetails[line].value(QStringLiteral("countRightToLeft")).toInt() ==
              scene.expectedCounts.value(line + QStringLiteral(":rightToLeft")).toInt());
    }
    CHECK(scene.expectedCounts.value(QStringLiteral("Gate:leftToRight")).toInt() == 2);
}

TEST_CASE("golden: loitering scene", "[plugins][golden]")
{
    const GoldenScore score = runAndScore(QStringLiteral("loitering"));
    CHECK(score.truthCount == 1); // the person walking straight through does not loiter
    requirePerfect(score);
}

TEST_CASE("golden: tailgating scene with a late access event", "[plugins][golden]")
{
    const GoldenScore score = runAndScore(QStringLiteral("tailgating"));
    CHECK(score.truthCount == 2);
    requirePerfect(score);
}

TEST_CASE("golden: illegal parking scene", "[plugins][golden]")
{
    const GoldenScore score = runAndScore(QStringLiteral("parking"));
    CHECK(score.truthCount == 1); // a short stop and a car parked outside the zone do not count
    requirePerfect(score);
}

TEST_CASE("golden: crowd gathering scene", "[plugins][golden]")
{
    const GoldenScore score = runAndScore(QStringLiteral("crowd"));
    CHECK(score.truthCount == 1);
    requirePerfect(score);
}

TEST_CASE("golden: each camera fault raises its own tamper event", "[plugins][golden][tamper]")
{
    const QString name =
        GENERATE(as<QString>{}, QStringLiteral("tamper-cover"), QStringLiteral("tamper-blur"),
                 QStringLiteral("tamper-dark"), QStringLiteral("tamper-bright"),
                 QStringLiteral("tamper-colourCast"), QStringLiteral("tamper-freeze"),
                 QStringLiteral("tamper-shift"));
    INFO(name.toStdString());
    const GoldenScore score = runAndScore(name);
    CHECK(score.truthCount == 1);
    requirePerfect(score);
}

TEST_CASE("golden: light changes and movement raise no tamper event", "[plugins][golden][tamper]")
{
    const GoldenScore score = runAndScore(QStringLiteral("tamper-none"));
    CHECK(score.truthCount == 0);
    CHECK(score.reported == 0);
}

TEST_CASE("scenegen renders deterministically from the seed", "[plugins][scenegen]")
{
    scenegen::SceneCase scene = *scenegen::sceneCase(QStringLiteral("intrusion"));
    scene.script.duration = 8;
    scenegen::SceneRenderer first(scene.script);
    scenegen::SceneRenderer second(scene.script);
    scene.script.seed += 1;
    scenegen::SceneRenderer other(scene.script);
    for (int f = 0; f < scene.script.frameCount(); f += 7) {
        const cv::Mat a = first.render(f).clone();
        CHECK(cv::norm(a, second.render(f), cv::NORM_INF) == 0);
        CHECK(cv::norm(a, other.render(f), cv::NORM_INF) > 0);
    }
}

TEST_CASE("a stream restart ends the open intrusion and tracking starts afresh",
          "[plugins][golden]")
{
    const scenegen::SceneCase scene = *scenegen::sceneCase(QStringLiteral("intrusion"));
    PluginHost host;
    host.scan({QStringLiteral(VIGIL_PLUGIN_BUILD_DIR)});
    QString error;
    auto agent =
        host.createAgent(scene.pluginId, {QStringLiteral("cam"), {}, scene.settings}, &error);
    REQUIRE(agent);
    scenegen::SceneRenderer renderer(scene.script);
    cv::Mat gray;
    auto frameAt = [&](int index, qint64 timestampUs) {
        cv::cvtColor(renderer.render(index), gray, cv::COLOR_BGR2GRAY);
        FrameView frame;
        frame.timestampUs = timestampUs;
        frame.width = gray.cols;
        frame.height = gray.rows;
        frame.planes[0] = {gray.data, int(gray.step)};
        return agent->processFrame(frame);
    };
    QList<AnalyticsEvent> events;
    for (int f = 0; f <= 50; ++f) // person 1 is on the lawn from 7.4 s
        events += frameAt(f, f * 200'000).events;
    REQUIRE(events.size() == 1);
    REQUIRE(events.first().phase == EventPhase::Started);

    const FrameResult restarted = frameAt(51, 1'000); // time ran backwards: a new stream
    REQUIRE(restarted.events.size() == 1);
    CHECK(restarted.events.first().phase == EventPhase::Ended);
    CHECK(restarted.events.first().eventId == events.first().eventId);
    CHECK(restarted.objects.isEmpty()); // the background is learnt again first
}

TEST_CASE("tamper refuses a dark level above the bright level", "[plugins][tamper]")
{
    PluginHost host;
    host.scan({QStringLiteral(VIGIL_PLUGIN_BUILD_DIR)});
    QString error;
    CHECK_FALSE(host.createAgent(
        QStringLiteral("org.vigil.tamper"),
        {QStringLiteral("cam-7"),
         {},
         {{QStringLiteral("darkLevel"), 128}, {QStringLiteral("brightLevel"), 128}}},
        &error));
    INFO(error.toStdString());
    CHECK(error.endsWith(QStringLiteral("darkLevel (128) must be below brightLevel (128)")));
}
