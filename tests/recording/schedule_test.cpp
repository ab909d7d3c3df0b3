// Recording schedules: weekly periods incl. over midnight, the parser's located errors, and the
// ScheduleRunner applying modes live with an injected clock.
#include "recording/recordingsettings.h"
#include "recording/schedulerunner.h"

#include <catch2/catch.hpp>

using namespace vigil;

namespace {

// 2026-11-30 is a Monday.
QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, 30).addDays(day), QTime(hour, minute));
}

RecordingSchedule parseSchedule(const QByteArray &periods, QStringList *errors = nullptr)
{
    const QByteArray json = "{\n  \"cameras\": {\n    \"cam\": {\n      \"mode\": \"event\",\n"
                            "      \"schedule\": " +
                            periods + "\n    }\n  }\n}\n";
    const RecordingSettingsResult result =
        RecordingSettingsReader::parse(json, QStringLiteral("recording.json"), {});
    if (errors)
        *errors = result.errors;
    else
        INFO(result.errors.join(QLatin1Char('\n')).toStdString());
    return result.settings.scheduleFor(QStringLiteral("cam"));
}

} // namespace

TEST_CASE("Schedule periods apply on their days, over midnight into the next day",
          "[recording][schedule]")
{
    const RecordingSchedule schedule = parseSchedule(R"([
        {"days": "weekdays", "from": "08:00", "to": "18:00", "mode": "off"},
        {"days": ["fri", "sat"], "from": "22:00", "to": "06:00", "mode": "continuous"},
        {"days": "daily", "from": "12:00", "to": "13:00", "mode": "continuous"}])");
    REQUIRE(schedule.periods.size() == 3);
    const RecordingMode fallback = RecordingMode::Event;

    CHECK(schedule.modeAt(at(0, 7, 59), fallback) == RecordingMode::Event);
    CHECK(schedule.modeAt(at(0, 8, 0), fallback) == RecordingMode::Off);
    CHECK(schedule.modeAt(at(0, 12, 30), fallback) == RecordingMode::Off); // first period wins
    CHECK(schedule.modeAt(at(0, 18, 0), fallback) == RecordingMode::Event);
    CHECK(schedule.modeAt(at(5, 12, 30), fallback) == RecordingMode::Continuous); // Saturday
    CHECK(schedule.modeAt(at(5, 9, 0), fallback) == RecordingMode::Event);        // no weekday rule
    // Friday 22:00 → Saturday 06:00, Saturday 22:00 → Sunday 06:00; not Thursday night.
    CHECK(schedule.modeAt(at(3, 23, 0), fallback) == RecordingMode::Event);
    CHECK(schedule.modeAt(at(4, 21, 59), fallback) == RecordingMode::Event);
    CHECK(schedule.modeAt(at(4, 22, 0), fallback) == RecordingMode::Continuous);
    CHECK(schedule.modeAt(at(5, 2, 0), fallback) == RecordingMode::Continuous);
    CHECK(schedule.modeAt(at(5, 6, 0), fallback) == RecordingMode::Event);
    CHECK(schedule.modeAt(at(6, 5, 59), fallback) == RecordingMode::Continuous); // Sunday early
    CHECK(schedule.modeAt(at(7, 2, 0), fallback) == RecordingMode::Event);       // Monday early: no

    // Next change: Monday 07:00 → 08:00 (off); Friday 18:00 → 22:00; Sunday 01:00 → 06:00.
    CHECK(schedule.nextChange(at(0, 7, 0), fallback) == at(0, 8, 0));
    CHECK(schedule.nextChange(at(0, 8, 0), fallback) == at(0, 18, 0)); // 12–13 stays off
    CHECK(schedule.nextChange(at(4, 18, 0), fallback) == at(4, 22, 0));
    CHECK(schedule.nextChange(at(6, 1, 0), fallback) == at(6, 6, 0));
    CHECK(schedule.nextChange(at(6, 6, 0), fallback) == at(6, 12, 0));
    CHECK(RecordingSchedule{}.nextChange(at(0, 0), fallback).isNull());

    CHECK(schedule.everRecords(RecordingMode::Off));
    RecordingSchedule onlyOff;
    onlyOff.periods.append(SchedulePeriod{0x7f, 0, 1440, RecordingMode::Off});
    CHECK_FALSE(onlyOff.everRecords(RecordingMode::Off));
    CHECK(onlyOff.modeAt(at(2, 3), RecordingMode::Continuous) == RecordingMode::Off);
}

TEST_CASE("Bad schedule periods are reported with index, line and field and left out",
          "[recording][schedule]")
{
    QStringList errors;
    const RecordingSchedule schedule = parseSchedule(R"([
        {"days": "daily", "from": "00:00", "to": "24:00", "mode": "continuous"},
        {"days": ["mon", "funday"], "from": "01:00", "to": "02:00", "mode": "off"},
        {"from": "25:00", "to": "02:00", "mode": "off"},
        {"from": "03:00", "to": "03:00", "mode": "off"},
        {"from": "03:00", "to": "04:00", "mode": "sometimes"},
        {"from": "03:00", "mode": "off"},
        {"from": "03:00", "to": "04:00", "mode": "off", "colour": "red"}])",
                                                     &errors);
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(schedule.periods.size() == 1);
    CHECK(schedule.periods[0].toMinute == 1440);
    REQUIRE(errors.size() == 6);
    // The schedule list starts on line 5; period i is on line 6 + i.
    CHECK(errors[0].startsWith(QStringLiteral("recording.json:7: cameras.cam.schedule[1].days: ")));
    CHECK(errors[1].startsWith(QStringLiteral("recording.json:8: cameras.cam.schedule[2].from: ")));
    CHECK(errors[2].startsWith(QStringLiteral("recording.json:9: cameras.cam.schedule[3].to: ")));
    CHECK(
        errors[3].startsWith(QStringLiteral("recording.json:10: cameras.cam.schedule[4].mode: ")));
    CHECK(errors[4].startsWith(QStringLiteral("recording.json:11: cameras.cam.schedule[5]: ")));
    CHECK(errors[5].startsWith(
        QStringLiteral("recording.json:12: cameras.cam.schedule[6].colour: unknown field")));

    parseSchedule("\"nightly\"", &errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].startsWith(QStringLiteral("recording.json:5: cameras.cam.schedule: ")));
}

TEST_CASE("The schedule runner switches modes at period boundaries of an injected clock",
          "[recording][schedule]")
{
    RecordingSchedule night;
    night.periods.append(SchedulePeriod{0x7f, 22 * 60, 6 * 60, RecordingMode::Continuous});
    RecordingSchedule office;
    office.periods.append(SchedulePeriod{0x1f, 8 * 60, 18 * 60, RecordingMode::Off});

    QDateTime now = at(0, 21, 0);
    ScheduleRunner runner;
    runner.setClock([&now] { return now; });
    runner.setSchedule(QStringLiteral("yard"), night, RecordingMode::Event);
    runner.setSchedule(QStringLiteral("office"), office, RecordingMode::Continuous);
    QList<QPair<QString, RecordingMode>> changes;
    QObject::connect(&runner, &ScheduleRunner::modeChanged,
                     [&](const QString &camera, RecordingMode mode) {
                         changes.append({camera, mode});
                     });

    CHECK(runner.modeOf(QStringLiteral("yard")) == RecordingMode::Event);
    runner.evaluate();
    CHECK(changes.size() == 2); // first evaluation states every camera's mode
    CHECK(runner.nextEvaluation() == at(0, 22, 0));

    changes.clear();
    now = at(0, 22, 0).addSecs(1);
    runner.evaluate();
    REQUIRE(changes.size() == 1);
    CHECK(changes[0] == qMakePair(QStringLiteral("yard"), RecordingMode::Continuous));
    CHECK(runner.nextEvaluation() == at(1, 6, 0)); // over midnight

    changes.clear();
    now = at(1, 6, 0).addSecs(1);
    runner.evaluate();
    REQUIRE(changes.size() == 1);
    CHECK(changes[0] == qMakePair(QStringLiteral("yard"), RecordingMode::Event));
    CHECK(runner.nextEvaluation() == at(1, 8, 0));

    changes.clear();
    now = at(1, 8, 0).addSecs(1);
    runner.evaluate();
    REQUIRE(changes.size() == 1);
    CHECK(changes[0] == qMakePair(QStringLiteral("office"), RecordingMode::Off));
    CHECK(runner.modeOf(QStringLiteral("office")) == RecordingMode::Off);

    // Re-evaluating without a boundary emits nothing.
    changes.clear();
    now = now.addSecs(600);
    runner.evaluate();
    CHECK(changes.isEmpty());
}
