#include "alerts/ruleset.h"
#include "alertstestsupport.h"

#include <catch2/catch.hpp>

using namespace vigil;
using vigil::test::makeEvent;
using vigil::test::t0;

TEST_CASE("priority: most specific rule wins, severity is the fallback", "[alerts][rules]")
{
    RuleSet rules;
    rules.priorityRules = {
        {QStringLiteral("intrusion"), {}, {}, Priority::P2},
        {QStringLiteral("intrusion"), QStringLiteral("c07"), {}, Priority::P1},
        {{}, {}, QStringLiteral("town-1"), Priority::P3},
    };
    CHECK(priorityFor(rules, makeEvent(QStringLiteral("intrusion"), QStringLiteral("c07"), t0())) ==
          Priority::P1);
    // Area (town-1) outranks a type-only rule.
    CHECK(priorityFor(rules, makeEvent(QStringLiteral("intrusion"), QStringLiteral("c01"), t0())) ==
          Priority::P3);
    Event elsewhere = makeEvent(QStringLiteral("intrusion"), QStringLiteral("c01"), t0());
    elsewhere.area = QStringLiteral("town-2");
    CHECK(priorityFor(rules, elsewhere) == Priority::P2);
    Event unknown = makeEvent(QStringLiteral("smoke"), QStringLiteral("c01"), t0(), 85);
    unknown.area.clear();
    CHECK(priorityFor(rules, unknown) == Priority::P1);
    unknown.severity = 10;
    CHECK(priorityFor(rules, unknown) == Priority::P4);
}

TEST_CASE("a priority chosen by the source (hotlist) beats catch-all and camera rules",
          "[alerts][rules]")
{
    RuleSet rules;
    rules.priorityRules = {
        {{}, {}, {}, Priority::P3},
        {{}, QStringLiteral("c11"), {}, Priority::P4},
    };
    Event hit = makeEvent(QStringLiteral("hotlist_hit"), QStringLiteral("c11"), t0(), 90);
    CHECK(priorityFor(rules, hit) == Priority::P4); // without the flag the camera rule decides
    hit.priorityChosenBySource = true;
    CHECK(priorityFor(rules, hit) == Priority::P1);
    // A rule naming the type is the site's explicit word and still applies.
    rules.priorityRules.append({QStringLiteral("hotlist_hit"), {}, {}, Priority::P2});
    CHECK(priorityFor(rules, hit) == Priority::P2);
}

TEST_CASE("suppression windows drop matching events only inside the window", "[alerts][rules]")
{
    RuleSet rules;
    rules.suppressions = {
        {QStringLiteral("c03"), {}, t0(), t0().addSecs(3600), QStringLiteral("maintenance")}};
    const Event inside =
        makeEvent(QStringLiteral("tamper"), QStringLiteral("c03"), t0().addSecs(60));
    const RuleDecision dropped = decide(rules, inside, std::nullopt);
    CHECK(dropped.kind == RuleDecision::Kind::Drop);
    CHECK(dropped.reason == QStringLiteral("maintenance"));
    CHECK(decide(rules,
                 makeEvent(QStringLiteral("tamper"), QStringLiteral("c03"), t0().addSecs(3600)),
                 std::nullopt)
              .kind == RuleDecision::Kind::Create);
    CHECK(decide(rules, makeEvent(QStringLiteral("tamper"), QStringLiteral("c04"), t0()),
                 std::nullopt)
              .kind == RuleDecision::Kind::Create);
}

TEST_CASE("armed schedules: camera over area, over midnight, device health always armed",
          "[alerts][rules]")
{
    RuleSet rules;
    rules.scheduleZone = QTimeZone::utc();
    // Area armed at night 20:00-06:00 every day; camera c05 armed only on weekends, all day.
    rules.schedules = {
        {{},
         QStringLiteral("town-1"),
         {ArmedPeriod{{1, 2, 3, 4, 5, 6, 7}, QTime(20, 0), QTime(6, 0)}}},
        {QStringLiteral("c05"), {}, {ArmedPeriod{{6, 7}, QTime(0, 0), QTime(0, 0)}}},
    };
    const QDateTime wednesday10 = t0();
    const QDateTime wednesday23 = QDateTime(QDate(2026, 3, 4), QTime(23, 0), Qt::UTC);
    const QDateTime thursday05 = QDateTime(QDate(2026, 3, 5), QTime(5, 59), Qt::UTC);
    const QDateTime saturday10 = QDateTime(QDate(2026, 3, 7), QTime(10, 0), Qt::UTC);
    const QString intrusion = QStringLiteral("intrusion");
    CHECK_FALSE(isArmed(rules, makeEvent(intrusion, QStringLiteral("c01"), wednesday10)));
    CHECK(isArmed(rules, makeEvent(intrusion, QStringLiteral("c01"), wednesday23)));
    CHECK(isArmed(rules, makeEvent(intrusion, QStringLiteral("c01"), thursday05)));
    CHECK_FALSE(isArmed(rules, makeEvent(intrusion, QStringLiteral("c05"), wednesday23)));
    CHECK(isArmed(rules, makeEvent(intrusion, QStringLiteral("c05"), saturday10)));
    CHECK(isArmed(rules,
                  makeEvent(QStringLiteral("video_loss"), QStringLiteral("c01"), wednesday10)));
    Event otherArea = makeEvent(intrusion, QStringLiteral("c09"), wednesday10);
    otherArea.area = QStringLiteral("town-2");
    CHECK(isArmed(rules, otherArea));
    CHECK(decide(rules, makeEvent(intrusion, QStringLiteral("c01"), wednesday10), std::nullopt)
              .reason == QStringLiteral("not armed"));
}

TEST_CASE("de-duplication merges the same camera and type within the window", "[alerts][rules]")
{
    RuleSet rules;
    rules.dedupWindowSecs = 60;
    Alert open;
    open.id = 42;
    open.type = QStringLiteral("line_crossing");
    open.cameraId = QStringLiteral("c02");
    open.lastEventAt = t0();
    const QString type = QStringLiteral("line_crossing");

    const RuleDecision merged =
        decide(rules, makeEvent(type, QStringLiteral("c02"), t0().addSecs(59)), open);
    CHECK(merged.kind == RuleDecision::Kind::Merge);
    CHECK(merged.mergeInto == 42);
    CHECK(decide(rules, makeEvent(type, QStringLiteral("c02"), t0().addSecs(61)), open).kind ==
          RuleDecision::Kind::Create);
    CHECK(decide(rules, makeEvent(type, QStringLiteral("c03"), t0().addSecs(1)), open).kind ==
          RuleDecision::Kind::Create);
    CHECK(decide(rules, makeEvent(QStringLiteral("intrusion"), QStringLiteral("c02"), t0()), open)
              .kind == RuleDecision::Kind::Create);
    open.state = AlertState::Resolved;
    CHECK(decide(rules, makeEvent(type, QStringLiteral("c02"), t0().addSecs(1)), open).kind ==
          RuleDecision::Kind::Create);
}
