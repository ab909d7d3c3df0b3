// Device health events (stream lost/restored → video_loss / video_restored and what a restore does
// to the alert), the alert settings file with located errors, history paging over the store, and
// the SLA deadline queue.
#include "alertpipelinefixture.h"
#include "alerts/alertsettings.h"
#include "events/devicehealthmonitor.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace vigil;
using Pipeline = vigil::test::AlertPipeline;
using vigil::test::makeEvent;
using vigil::test::t0;
using vigil::test::waitUntil;

namespace {

// Collects what is published on a bus (on the test thread).
struct BusRecorder
{
    explicit BusRecorder(EventBus &bus)
    {
        bus.subscribe(&receiver, [this](const Event &event) { events.append(event); });
    }
    QStringList types() const
    {
        QStringList list;
        for (const Event &event : events)
            list << event.type + QLatin1Char(':') + event.cameraId;
        return list;
    }
    QObject receiver;
    QList<Event> events;
};

StreamStatus status(StreamState state, StreamFault fault = StreamFault::None)
{
    StreamStatus s;
    s.state = state;
    s.fault = fault;
    s.reason = fault == StreamFault::None ? QString() : QStringLiteral("connection refused");
    return s;
}

} // namespace

TEST_CASE("a stream failing past the grace period raises video_loss once, live again restores",
          "[alerts][health]")
{
    InProcessEventBus bus;
    ManualClock clock(t0());
    BusRecorder recorder(bus);
    DeviceHealthMonitor monitor(bus, clock);
    monitor.setGraceMs(50);
    const QString key = QStringLiteral("rtsp://cam7/sub#tcp");
    const QString camera = QStringLiteral("c07");

    monitor.onStreamStatus(key, camera, status(StreamState::Connecting));
    monitor.onStreamStatus(key, camera, status(StreamState::Live));
    // A glitch shorter than the grace period raises nothing.
    monitor.onStreamStatus(key, camera, status(StreamState::Reconnecting, StreamFault::Timeout));
    monitor.onStreamStatus(key, camera, status(StreamState::Live));
    REQUIRE_FALSE(waitUntil([&] { return !recorder.events.isEmpty(); }, 150));

    monitor.onStreamStatus(key, camera, status(StreamState::Reconnecting, StreamFault::Refused));
    monitor.onStreamStatus(key, camera, status(StreamState::Connecting)); // retrying: still lost
    monitor.onStreamStatus(key, camera, status(StreamState::Offline, StreamFault::Refused));
    REQUIRE(waitUntil([&] { return recorder.events.size() == 1; }));
    CHECK(recorder.types() == QStringList{QStringLiteral("video_loss:c07")});
    const Event loss = recorder.events.first();
    CHECK(loss.source == EventSource::DeviceHealth);
    CHECK(loss.details.value(QStringLiteral("fault")).toString() == QStringLiteral("refused"));
    CHECK(monitor.isLost(camera));
    REQUIRE_FALSE(waitUntil([&] { return recorder.events.size() > 1; }, 150));

    monitor.onStreamStatus(key, camera, status(StreamState::Live));
    REQUIRE(waitUntil([&] { return recorder.events.size() == 2; }));
    CHECK(recorder.types().last() == QStringLiteral("video_restored:c07"));
    CHECK_FALSE(monitor.isLost(camera));
}

TEST_CASE("retries after a failure keep the loss period running", "[alerts][health]")
{
    InProcessEventBus bus;
    ManualClock clock(t0());
    BusRecorder recorder(bus);
    DeviceHealthMonitor monitor(bus, clock);
    monitor.setGraceMs(80);
    const QString key = QStringLiteral("rtsp://cam9/sub#tcp");
    // The engine reports every new attempt as "connecting": the camera is still down.
    monitor.onStreamStatus(key, QStringLiteral("c09"), status(StreamState::Connecting));
    monitor.onStreamStatus(key, QStringLiteral("c09"),
                           status(StreamState::Reconnecting, StreamFault::Refused));
    monitor.onStreamStatus(key, QStringLiteral("c09"), status(StreamState::Connecting));
    REQUIRE(waitUntil([&] { return recorder.events.size() == 1; }));
    CHECK(recorder.types() == QStringList{QStringLiteral("video_loss:c09")});
    CHECK(recorder.events.first().details.value(QStringLiteral("fault")).toString() ==
          QStringLiteral("refused"));
    // Never connected at all (first attempt still running): nothing to report.
    monitor.onStreamStatus(QStringLiteral("other"), QStringLiteral("c10"),
                           status(StreamState::Connecting));
    REQUIRE_FALSE(waitUntil([&] { return recorder.events.size() > 1; }, 200));
}

TEST_CASE("a released stream is forgotten: no loss, no restore", "[alerts][health]")
{
    InProcessEventBus bus;
    ManualClock clock(t0());
    BusRecorder recorder(bus);
    DeviceHealthMonitor monitor(bus, clock);
    monitor.setGraceMs(40);
    const QString key = QStringLiteral("rtsp://cam3/sub#tcp");
    monitor.onStreamStatus(key, QStringLiteral("c03"),
                           status(StreamState::Reconnecting, StreamFault::Refused));
    monitor.onStreamStatus(key, QStringLiteral("c03"), StreamStatus{}); // released (Idle)
    REQUIRE_FALSE(waitUntil([&] { return !recorder.events.isEmpty(); }, 150));
    // A second stream of the same camera keeps it visible: the other one failing is no loss.
    monitor.onStreamStatus(QStringLiteral("main"), QStringLiteral("c04"),
                           status(StreamState::Live));
    monitor.onStreamStatus(QStringLiteral("sub"), QStringLiteral("c04"),
                           status(StreamState::Offline, StreamFault::Timeout));
    REQUIRE_FALSE(waitUntil([&] { return !recorder.events.isEmpty(); }, 150));
}

TEST_CASE("video_restored closes an untouched video_loss alert and annotates a handled one",
          "[alerts][health][service]")
{
    QTemporaryDir dir;
    Pipeline pipeline(dir.filePath(QStringLiteral("vigil.db")));
    QSignalSpy raised(&pipeline.service, &AlertService::alertRaised);
    QSignalSpy logged(&pipeline.service, &AlertService::actionLogged);

    Event loss = makeEvent(QStringLiteral("video_loss"), QStringLiteral("c15"), t0(), 70);
    loss.source = EventSource::DeviceHealth;
    pipeline.bus.publish(loss);
    REQUIRE(waitUntil([&] { return raised.size() == 1; }));
    const qint64 untouched = raised.at(0).at(0).value<Alert>().id;
    Event restored =
        makeEvent(QStringLiteral("video_restored"), QStringLiteral("c15"), t0().addSecs(42), 0);
    pipeline.bus.publish(restored);
    REQUIRE(waitUntil([&] {
        const auto alert = pipeline.service.alert(untouched);
        return alert && alert->state == AlertState::Resolved;
    }));
    const Alert closed = *pipeline.service.alert(untouched);
    CHECK(closed.resolution == Resolution::TrueAlarm);
    CHECK(raised.size() == 1); // the restore itself is no alert
    REQUIRE(waitUntil([&] {
        return logged.size() == 2 &&
               logged.at(1).at(0).value<ActionLogEntry>().action == AlertAction::Resolve;
    }));
    CHECK(logged.at(1).at(0).value<ActionLogEntry>().operatorLogin == QStringLiteral("system"));
    CHECK(logged.at(1).at(0).value<ActionLogEntry>().detail.contains(QStringLiteral("42 s")));

    // Handled by an operator: the restore only adds a note, the operator closes it.
    loss.time = t0().addSecs(100);
    pipeline.bus.publish(loss);
    REQUIRE(waitUntil([&] { return raised.size() == 2; }));
    const qint64 handled = raised.at(1).at(0).value<Alert>().id;
    ActionRequest acknowledge;
    acknowledge.action = AlertAction::Acknowledge;
    acknowledge.operatorLogin = QStringLiteral("zhang.wei");
    REQUIRE(pipeline.service.requestAction(handled, acknowledge));
    restored.time = t0().addSecs(130);
    pipeline.bus.publish(restored);
    REQUIRE(waitUntil(
        [&] { return logged.last().at(0).value<ActionLogEntry>().action == AlertAction::Note; }));
    CHECK(pipeline.service.alert(handled)->state == AlertState::Acknowledged);
}

TEST_CASE("SLA deadlines come from a queue: only due alerts escalate, each stage once",
          "[alerts][service][sla]")
{
    QTemporaryDir dir;
    Pipeline pipeline(dir.filePath(QStringLiteral("vigil.db")));
    QSignalSpy raised(&pipeline.service, &AlertService::alertRaised);
    QSignalSpy breached(&pipeline.service, &AlertService::slaBreached);
    // 200 P4 alerts (15 min to acknowledge) and one P2 (1 min).
    for (int i = 0; i < 200; ++i)
        pipeline.service.ingest(
            makeEvent(QStringLiteral("loitering"), QStringLiteral("p4-%1").arg(i), t0(), 10));
    pipeline.service.ingest(makeEvent(QStringLiteral("hotlist"), QStringLiteral("c04"), t0(), 65));
    REQUIRE(waitUntil([&] { return raised.size() == 201; }));

    pipeline.clock.advanceMs(61 * 1000);
    pipeline.service.checkSla();
    REQUIRE(waitUntil([&] { return breached.size() == 1; }));
    CHECK(breached.at(0).at(0).value<Alert>().cameraId == QStringLiteral("c04"));

    // Acknowledged late: the dispatch stage (5 min) is queued next and escalates once.
    const qint64 p2 = breached.at(0).at(0).value<Alert>().id;
    ActionRequest acknowledge;
    acknowledge.action = AlertAction::Acknowledge;
    acknowledge.operatorLogin = QStringLiteral("li.na");
    REQUIRE(pipeline.service.requestAction(p2, acknowledge));
    pipeline.clock.advanceMs(4 * 60 * 1000);
    pipeline.service.checkSla();
    REQUIRE(waitUntil([&] { return breached.size() == 2; }));
    CHECK(breached.at(1).at(1).toString() == QStringLiteral("dispatch"));

    pipeline.clock.advanceMs(11 * 60 * 1000); // past 15 min: every P4 misses acknowledge
    pipeline.service.checkSla();
    pipeline.service.checkSla();
    REQUIRE(waitUntil([&] { return breached.size() == 202; }));
    REQUIRE_FALSE(waitUntil([&] { return breached.size() > 202; }, 200));
}

TEST_CASE("history queries page newest first and filter by resolution", "[alerts][store]")
{
    QTemporaryDir dir;
    QString error;
    auto store = SqliteAlertStore::open(dir.filePath(QStringLiteral("vigil.db")), &error);
    REQUIRE(store);
    QList<AlertWrite> writes;
    for (int i = 1; i <= 25; ++i) {
        Alert alert;
        alert.id = i;
        alert.type = QStringLiteral("intrusion");
        alert.cameraId = QStringLiteral("c01");
        alert.state = i % 5 == 0 ? AlertState::New : AlertState::Resolved;
        alert.resolution = i % 5 == 0   ? Resolution::None
                           : i % 2 == 0 ? Resolution::FalseAlarm
                                        : Resolution::TrueAlarm;
        alert.createdAt = alert.updatedAt = alert.lastEventAt = t0().addSecs(i * 60);
        writes.append(AlertWrite{std::nullopt, alert, std::nullopt});
    }
    REQUIRE(store->applyBatch(writes, &error));
    AlertQuery query;
    query.states = {AlertState::Resolved};
    query.newestFirst = true;
    query.limit = 7;
    const auto first = store->loadAlerts(query, &error);
    REQUIRE(first);
    REQUIRE(first->size() == 7);
    CHECK(first->at(0).id == 24);
    CHECK(first->at(6).id == 17); // 20 and 25 are open
    query.offset = 14;
    const auto third = store->loadAlerts(query, &error);
    REQUIRE(third);
    REQUIRE(third->size() == 6); // 20 closed alerts in all
    CHECK(third->last().id == 1);
    query.offset = 0;
    query.limit = 100;
    query.resolution = Resolution::FalseAlarm;
    const auto falseAlarms = store->loadAlerts(query, &error);
    REQUIRE(falseAlarms);
    CHECK(falseAlarms->size() == 10); // even ids but not multiples of 5
}

TEST_CASE("alerts.json: valid settings, and located errors that keep the rest",
          "[alerts][settings]")
{
    const QByteArray good = R"({
  "operator": "zhang.wei",
  "api": {"token": "0123456789abcdef-token", "bind": "0.0.0.0", "port": 9100},
  "units": {"巡逻二组": "http://127.0.0.1:9000/dispatch"}
})";
    const AlertSettingsResult ok = AlertSettingsReader::parse(good, QStringLiteral("alerts.json"));
    CHECK(ok.errors.isEmpty());
    CHECK(ok.settings.operatorLogin == QStringLiteral("zhang.wei"));
    CHECK(ok.settings.apiToken == "0123456789abcdef-token");
    CHECK(ok.settings.apiAddress == QHostAddress(QHostAddress::AnyIPv4));
    CHECK(ok.settings.apiPort == 9100);
    CHECK(ok.settings.unitEndpoints.value(QStringLiteral("巡逻二组")) ==
          QUrl(QStringLiteral("http://127.0.0.1:9000/dispatch")));

    const QByteArray bad = R"({
  "operator": "li.na",
  "api": {
    "token": "short",
    "port": 70000
  },
  "units": {"一组": "ftp://x"},
  "colour": "red"
})";
    const AlertSettingsResult located = AlertSettingsReader::parse(bad, QStringLiteral("a.json"));
    CHECK(located.settings.operatorLogin == QStringLiteral("li.na")); // the valid part is kept
    CHECK(located.settings.apiToken.isEmpty());
    REQUIRE(located.errors.size() == 4);
    const QString all = located.errors.join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("a.json:4: api.token: ")));
    CHECK(all.contains(QStringLiteral("a.json:5: api.port: ")));
    CHECK(all.contains(QStringLiteral("a.json:7: units.一组: ")));
    CHECK(all.contains(QStringLiteral("a.json:8: colour: ")));

    const AlertSettingsResult broken =
        AlertSettingsReader::parse("{\n  \"api\": {,\n}", QStringLiteral("b.json"));
    REQUIRE(broken.errors.size() == 1);
    CHECK(broken.errors.first().startsWith(QStringLiteral("b.json:2: invalid JSON")));
    CHECK(
        AlertSettingsReader::loadFile(QStringLiteral("/nonexistent/alerts.json")).errors.isEmpty());
}
