// alerts.json rules and response-time targets: valid sections reach RuleSet/SlaPolicy, every bad
// value is reported as <file>:<line>: <field path>: <what>, and the valid rest still applies.
#include "alerts/alertsettings.h"
#include "alertstestsupport.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace vigil;
using vigil::test::makeEvent;
using vigil::test::t0;

namespace {

bool hasError(const AlertSettingsResult &result, const QString &prefix)
{
    for (const QString &error : result.errors) {
        if (error.startsWith(prefix))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("alerts.json rules and SLA targets are read into RuleSet and SlaPolicy",
          "[alerts][settings]")
{
    const QByteArray json = R"({
  "dedup_window_s": 90,
  "priorities": [
    {"priority": "P3"},
    {"area": "t01-c2", "priority": "P2"},
    {"camera": "c11", "type": "intrusion", "priority": "P1"}
  ],
  "suppressions": [
    {"camera": "c03", "type": "motion", "from": "2026-03-04T08:00:00Z",
     "until": "2026-03-04T12:00:00Z", "reason": "cleaning"}
  ],
  "schedules": [
    {"area": "town-1", "periods": [{"days": [6, 7], "start": "22:00", "end": "06:00"}]}
  ],
  "always_armed": ["video_loss", "fire"],
  "sla": {"P1": {"ack_s": 15, "dispatch_s": 30, "on_scene_s": 60},
          "P3": {"on_scene_s": 2400}}
})";
    const AlertSettingsResult result = AlertSettingsReader::parse(json, QStringLiteral("a.json"));
    INFO(result.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(result.errors.isEmpty());
    CHECK(result.parsed);
    const RuleSet &rules = result.settings.rules;
    CHECK(rules.dedupWindowSecs == 90);
    REQUIRE(rules.priorityRules.size() == 3);
    Event elsewhere = makeEvent(QStringLiteral("intrusion"), QStringLiteral("c09"), t0(), 95);
    elsewhere.area = QStringLiteral("t02-v2");
    CHECK(priorityFor(rules, elsewhere) == Priority::P3); // the catch-all beats severity
    Event centre = elsewhere;
    centre.area = QStringLiteral("t01-c2");
    CHECK(priorityFor(rules, centre) == Priority::P2);
    Event post = elsewhere;
    post.cameraId = QStringLiteral("c11");
    CHECK(priorityFor(rules, post) == Priority::P1);

    REQUIRE(rules.suppressions.size() == 1);
    CHECK(rules.suppressions.first().reason == QStringLiteral("cleaning"));
    CHECK(suppressionFor(rules, makeEvent(QStringLiteral("motion"), QStringLiteral("c03"),
                                          t0().addSecs(3600)))); // 11:00Z
    CHECK_FALSE(suppressionFor(
        rules, makeEvent(QStringLiteral("motion"), QStringLiteral("c03"), t0().addSecs(3 * 3600))));

    REQUIRE(rules.schedules.size() == 1);
    CHECK(rules.schedules.first().periods.first().weekdays == QList<int>{6, 7});
    CHECK(rules.schedules.first().periods.first().start == QTime(22, 0));
    CHECK(rules.alwaysArmedTypes ==
          QSet<QString>{QStringLiteral("video_loss"), QStringLiteral("fire")});

    const SlaPolicy &sla = result.settings.sla;
    CHECK(sla.forPriority(Priority::P1).acknowledgeSecs == 15);
    CHECK(sla.forPriority(Priority::P1).onSceneSecs == 60);
    CHECK(sla.forPriority(Priority::P3).onSceneSecs == 2400);
    CHECK(sla.forPriority(Priority::P3).acknowledgeSecs == SlaPolicy{}.targets[2].acknowledgeSecs);
    CHECK(sla.forPriority(Priority::P2).onSceneSecs == SlaPolicy{}.targets[1].onSceneSecs);
}

TEST_CASE("alerts.json: each bad rule value is located, the valid rest still applies",
          "[alerts][settings]")
{
    const QByteArray json = R"({
  "dedup_window_s": -5,
  "priorities": [
    {"camera": "c01", "priority": "P7"},
    {"camera": "c02", "priority": "P1"},
    {"camra": "c03", "priority": "P2"}
  ],
  "suppressions": [
    {"camera": "c03", "from": "2026-03-04T08:00:00Z", "until": "tomorrow"},
    {"camera": "c04", "from": "2026-03-04T08:00:00Z", "until": "2026-03-04T07:00:00Z"}
  ],
  "schedules": [
    {"camera": "c05", "periods": [{"days": [1, 8], "start": "20:00", "end": "06:00"}]},
    {"camera": "c06", "periods": [{"days": [1], "start": "25:00", "end": "06:00"}]},
    {"area": "town-9", "periods": [{"days": [1, 2], "start": "08:00", "end": "18:00"}]}
  ],
  "sla": {"P2": {"ack_s": 600, "dispatch_s": 300, "on_scene_s": 900},
          "P5": {"ack_s": 1},
          "P4": {"ack_s": "soon"}},
  "dedup": 3
})";
    const AlertSettingsResult result = AlertSettingsReader::parse(json, QStringLiteral("b.json"));
    const QString all = result.errors.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(hasError(result, QStringLiteral("b.json:2: dedup_window_s: ")));
    CHECK(hasError(result, QStringLiteral("b.json:4: priorities[0].priority: must be \"P1\"")));
    CHECK(hasError(result, QStringLiteral("b.json:6: priorities[2].camra: unknown field")));
    CHECK(hasError(result, QStringLiteral("b.json:9: suppressions[0].until: must be an ISO")));
    CHECK(hasError(result, QStringLiteral("b.json:10: suppressions[1].until: must be later")));
    CHECK(hasError(result, QStringLiteral("b.json:13: schedules[0].periods[0].days[1]: unknown "
                                          "day 8")));
    CHECK(hasError(result, QStringLiteral("b.json:14: schedules[1].periods[0].start: must be a "
                                          "time of day")));
    CHECK(hasError(result, QStringLiteral("b.json:17: sla.P2: targets must grow")));
    CHECK(hasError(result, QStringLiteral("b.json:18: sla.P5: unknown field")));
    CHECK(hasError(result, QStringLiteral("b.json:19: sla.P4.ack_s: must be a whole number")));
    CHECK(hasError(result, QStringLiteral("b.json:20: dedup: unknown field")));
    CHECK(result.errors.size() == 11);

    // What was valid is applied; what was bad is left out or keeps its default.
    const RuleSet &rules = result.settings.rules;
    CHECK(rules.dedupWindowSecs == RuleSet{}.dedupWindowSecs);
    REQUIRE(rules.priorityRules.size() == 1);
    CHECK(rules.priorityRules.first().cameraId == QStringLiteral("c02"));
    CHECK(rules.suppressions.isEmpty());
    REQUIRE(rules.schedules.size() == 1);
    CHECK(rules.schedules.first().area == QStringLiteral("town-9"));
    CHECK(result.settings.sla.forPriority(Priority::P2).acknowledgeSecs ==
          SlaPolicy{}.targets[1].acknowledgeSecs);
}

TEST_CASE("alerts.json: broken JSON is located and nothing is applied", "[alerts][settings]")
{
    const AlertSettingsResult broken = AlertSettingsReader::parse(
        "{\n  \"priorities\": [\n    {\"priority\": \"P1\"},\n    {\"priority\" \"P2\"}\n  ]\n}",
        QStringLiteral("c.json"));
    REQUIRE(broken.errors.size() == 1);
    CHECK(broken.errors.first().startsWith(QStringLiteral("c.json:4: invalid JSON")));
    CHECK_FALSE(broken.parsed);
    CHECK(broken.settings.rules.priorityRules.isEmpty());
}

TEST_CASE("the shipped example alerts.json is valid and models the issue's targets",
          "[alerts][settings]")
{
    const QString path = qEnvironmentVariable("VIGIL_SOURCE_DIR") +
                         QStringLiteral("/resources/examples/alerts.example.json");
    const AlertSettingsResult result = AlertSettingsReader::loadFile(path);
    INFO(result.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(result.fileFound);
    REQUIRE(result.errors.isEmpty());
    const RuleSet &rules = result.settings.rules;
    const SlaPolicy &sla = result.settings.sla;
    const auto onSceneSecs = [&](const char *camera, const char *area) {
        Event event = makeEvent(QStringLiteral("intrusion"), QString::fromLatin1(camera), t0());
        event.area = QString::fromLatin1(area);
        return sla.forPriority(priorityFor(rules, event)).onSceneSecs;
    };
    CHECK(onSceneSecs("c11", "t04") == 60);     // checkpoint post: 1 minute
    CHECK(onSceneSecs("c01", "t01-c2") == 180); // city centre: 3 minutes
    CHECK(onSceneSecs("c07", "t02-v1") == 300); // elsewhere: 5 minutes
}
