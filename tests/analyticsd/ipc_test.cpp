// Control protocol framing and value conversion (app/analytics/analyticsipc.h), and the
// scheduler's frame-rate and CPU-budget drops (app/analytics/analyticsscheduler.h).
#include "analytics/analyticsevents.h"
#include "analytics/analyticsipc.h"
#include "analytics/analyticsscheduler.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QtEndian>

using namespace vigil;

namespace {

QJsonObject message(int n)
{
    return {{QStringLiteral("type"), QStringLiteral("frame")}, {QStringLiteral("n"), n}};
}

QByteArray framedRaw(const QByteArray &body)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(body.size()), out.data());
    return out + body;
}

} // namespace

TEST_CASE("ipc: messages survive any split of the byte stream", "[analyticsd][ipc]")
{
    QByteArray stream;
    for (int i = 0; i < 20; ++i)
        stream += ipc::encodeMessage(message(i));
    QRandomGenerator random(7);
    ipc::MessageReader reader;
    QList<int> seen;
    qsizetype at = 0;
    while (at < stream.size()) {
        const qsizetype chunk = std::min<qsizetype>(stream.size() - at, random.bounded(1, 9));
        reader.append(stream.mid(at, chunk));
        at += chunk;
        while (auto m = reader.next())
            seen.append(m->json.value(QStringLiteral("n")).toInt());
    }
    CHECK_FALSE(reader.failed());
    REQUIRE(seen.size() == 20);
    for (int i = 0; i < 20; ++i)
        CHECK(seen.at(i) == i);
}

TEST_CASE("ipc: garbage input fails the reader with the offset and reason", "[analyticsd][ipc]")
{
    SECTION("a length out of range")
    {
        ipc::MessageReader reader;
        reader.append(ipc::encodeMessage(message(1)));
        reader.append(QByteArray::fromHex("7fffffff") + "xxxx");
        CHECK(reader.next().has_value());
        CHECK_FALSE(reader.next().has_value());
        REQUIRE(reader.failed());
        CHECK(reader.error().contains(QStringLiteral("out of range")));
        CHECK(reader.error().contains(QStringLiteral("byte 26")));
    }
    SECTION("a zero length")
    {
        ipc::MessageReader reader;
        reader.append(QByteArray(8, '\0'));
        CHECK_FALSE(reader.next().has_value());
        CHECK(reader.failed());
    }
    SECTION("bytes that are not JSON")
    {
        ipc::MessageReader reader;
        reader.append(framedRaw("{\"type\": \"frame\", oops}"));
        CHECK_FALSE(reader.next().has_value());
        REQUIRE(reader.failed());
        CHECK(reader.error().contains(QStringLiteral("invalid JSON")));
    }
    SECTION("JSON that is not a typed object")
    {
        ipc::MessageReader reader;
        reader.append(framedRaw("[1, 2]"));
        CHECK_FALSE(reader.next().has_value());
        CHECK(reader.error().contains(QStringLiteral("not a JSON object")));
        ipc::MessageReader untyped;
        untyped.append(framedRaw("{\"n\": 1}"));
        CHECK_FALSE(untyped.next().has_value());
        CHECK(untyped.error().contains(QStringLiteral("type")));
    }
    SECTION("random bytes never crash and never yield a message without a type")
    {
        QRandomGenerator random(11);
        for (int round = 0; round < 200; ++round) {
            QByteArray junk(random.bounded(1, 64), Qt::Uninitialized);
            for (char &c : junk)
                c = char(random.bounded(256));
            ipc::MessageReader reader;
            reader.append(junk);
            while (auto m = reader.next())
                CHECK(!m->type.isEmpty());
        }
    }
    SECTION("a failed reader ignores later valid input")
    {
        ipc::MessageReader reader;
        reader.append(framedRaw("nope"));
        CHECK_FALSE(reader.next().has_value());
        reader.append(ipc::encodeMessage(message(2)));
        CHECK_FALSE(reader.next().has_value());
        CHECK(reader.failed());
    }
}

TEST_CASE("ipc: events and objects keep every field through JSON", "[analyticsd][ipc]")
{
    AnalyticsEvent event;
    event.typeId = QStringLiteral("intrusion");
    event.phase = EventPhase::Ended;
    event.eventId = 0xfedcba9876543210ull;
    event.timestampUs = 1764547200123456;
    event.startTimestampUs = 1764547190000001;
    event.boxes = {{0.1, 0.2, 0.3, 0.4}};
    event.confidence = 0.75;
    event.description = QStringLiteral("进入草坪");
    event.details = {{QStringLiteral("zone"), QStringLiteral("Lawn")}};
    QString error;
    const auto back = ipc::eventFromJson(ipc::eventToJson(event), &error);
    REQUIRE(back);
    CHECK(back->typeId == event.typeId);
    CHECK(back->phase == event.phase);
    CHECK(back->eventId == event.eventId);
    CHECK(back->timestampUs == event.timestampUs);
    CHECK(back->startTimestampUs == event.startTimestampUs);
    REQUIRE(back->boxes.size() == 1);
    CHECK(back->boxes.first().height == Approx(0.4));
    CHECK(back->description == event.description);
    CHECK(back->details == event.details);

    QJsonObject broken = ipc::eventToJson(event);
    broken.insert(QStringLiteral("phase"), QStringLiteral("sideways"));
    CHECK_FALSE(ipc::eventFromJson(broken, &error));
    CHECK(error.startsWith(QStringLiteral("event.phase")));

    ObjectMetadata object{{0.5, 0.5, 0.1, 0.2}, QStringLiteral("person"), 42, 0.5};
    const auto objectBack = ipc::objectFromJson(ipc::objectToJson(object), &error);
    REQUIRE(objectBack);
    CHECK(objectBack->trackId == 42);
    CHECK(objectBack->classId == QStringLiteral("person"));
    CHECK_FALSE(ipc::objectFromJson({}, &error));
}

TEST_CASE("scheduler: each agent runs at most at its frame rate", "[analyticsd][scheduler]")
{
    AnalyticsScheduler scheduler(4.0);
    scheduler.setAgentFrameRate(1, 5);  // every 200 ms
    scheduler.setAgentFrameRate(2, 25); // every frame of a 25 fps stream
    int runs1 = 0;
    int runs2 = 0;
    for (int i = 0; i < 50; ++i) { // 2 s of a 25 fps stream
        const qint64 t = qint64(i) * 40000;
        runs1 += scheduler.offer(1, t, i * 40) == AnalyticsScheduler::Decision::Run ? 1 : 0;
        runs2 += scheduler.offer(2, t, i * 40) == AnalyticsScheduler::Decision::Run ? 1 : 0;
    }
    CHECK(runs1 == 10);
    CHECK(runs2 == 50);
    // A stream restart (time going back) starts the rate over instead of starving the agent.
    CHECK(scheduler.offer(1, 0, 2000) == AnalyticsScheduler::Decision::Run);
}

TEST_CASE("scheduler: a spent CPU budget drops frames until it refills", "[analyticsd][scheduler]")
{
    AnalyticsScheduler scheduler(0.5); // half a core: 250 ms bucket
    scheduler.setAgentFrameRate(1, 100);
    REQUIRE(scheduler.offer(1, 0, 0) == AnalyticsScheduler::Decision::Run);
    scheduler.charge(400); // one call took 400 ms of CPU
    CHECK(scheduler.offer(1, 20000, 10) == AnalyticsScheduler::Decision::DropBudget);
    // After 1 s of wall time half a core has refilled 500 ms (capped at 250).
    CHECK(scheduler.offer(1, 40000, 1010) == AnalyticsScheduler::Decision::Run);
}

TEST_CASE("analytics events: plugin results and failures as vigil Events", "[analyticsd][events]")
{
    AnalyticsEvent event;
    event.typeId = QStringLiteral("lensCovered");
    event.phase = EventPhase::Started;
    event.eventId = 9;
    event.timestampUs = 1764547200123456;
    event.startTimestampUs = event.timestampUs;
    event.boxes = {{0.25, 0.5, 0.125, 0.25}};
    event.description = QStringLiteral("Lens covered");
    event.details = {{QStringLiteral("brightness"), 3}};
    const Event out =
        eventFromPlugin(event, QStringLiteral("cam-7"), QStringLiteral("org.vigil.tamper"), 1);
    CHECK(out.type == QStringLiteral("lensCovered"));
    CHECK(out.cameraId == QStringLiteral("cam-7"));
    CHECK(out.severity == 90);
    CHECK(out.time.toMSecsSinceEpoch() == 1764547200123);
    CHECK(out.detectionBox == QRectF(0.25, 0.5, 0.125, 0.25));
    CHECK(out.summary == QStringLiteral("Lens covered"));
    CHECK(out.details.value(QStringLiteral("brightness")).toInt() == 3);
    CHECK(out.details.value(QStringLiteral("phase")).toString() == QStringLiteral("started"));
    CHECK(out.details.value(QStringLiteral("eventId")).toString() == QStringLiteral("9"));
    CHECK(severityOfPriority(2) == 70);
    CHECK(severityOfPriority(3) == 45);
    CHECK(severityOfPriority(4) == 20);

    const Event failure =
        analyticsFailureEvent({}, {}, QStringLiteral("hang"), QStringLiteral("stopped"), {});
    CHECK(failure.type == kAnalyticsFailureType);
    CHECK(failure.cameraId.isEmpty());
    CHECK(failure.details.value(QStringLiteral("reason")).toString() == QStringLiteral("hang"));
    CHECK_FALSE(failure.details.contains(QStringLiteral("pluginId")));
}

TEST_CASE("analytics events: an external access event on the bus becomes an ExternalEvent",
          "[analyticsd][events]")
{
    Event access;
    access.source = EventSource::External;
    access.type = QStringLiteral("access.granted");
    access.cameraId = QStringLiteral("door-cam");
    access.time = QDateTime::fromMSecsSinceEpoch(1764547200123, Qt::UTC);
    access.details = {{QStringLiteral("sourceId"), QStringLiteral("reader-3")}};
    const std::optional<ExternalEvent> external = externalEventFromBus(access);
    REQUIRE(external);
    CHECK(external->typeId == QStringLiteral("access.granted"));
    CHECK(external->sourceId == QStringLiteral("reader-3"));
    CHECK(external->timestampUs == 1764547200123000);
    CHECK(external->details == access.details);

    Event analytics = access; // the plugins' own events never loop back
    analytics.source = EventSource::Analytics;
    CHECK_FALSE(externalEventFromBus(analytics));
    Event noCamera = access;
    noCamera.cameraId.clear();
    CHECK_FALSE(externalEventFromBus(noCamera));
}
