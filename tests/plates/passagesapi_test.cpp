// POST /api/v1/passages: validation naming the field, publication as a plate_read, idempotent
// retries kept apart from /api/v1/events keys, size and rate limits; stored end to end.
#include "alerts/clock.h"
#include "events/inprocesseventbus.h"
#include "net/eventapiserver.h"
#include "passagestestsupport.h"
#include "plates/passageevents.h"
#include "plates/passagejson.h"
#include "plates/passageservice.h"
#include "plates/sqlitepassagestore.h"

#include <catch2/catch.hpp>

#include "../common/httpexchange.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace vigil;
using namespace vigil::test;
using vigil::testing::waitUntil;

namespace {

const QByteArray kToken = "passages-token-0123456789";

using vigil::testing::exchange;
using vigil::testing::HttpAnswer;

QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &extra = {})
{
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\nAuthorization: Bearer " +
           kToken + "\r\n" + extra + "\r\n" + body;
}

const QByteArray kJpegBase64 = (QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(32, 'j')).toBase64();

QByteArray goodBody()
{
    return R"({"plate":"鄂c·12345","plate_display":"鄂C·12345","checkpoint_id":"k2",)"
           R"("camera_id":"cam-k2","time":"2026-03-04T18:00:00+08:00","confidence":0.91,)"
           R"("kind":"blue","lane":"2","direction":"out","vehicle_snapshot_jpeg":")" +
           kJpegBase64 + R"("})";
}

struct Api
{
    explicit Api(EventApiConfig config = {})
    {
        config.token = kToken;
        server = std::make_unique<EventApiServer>(bus, clock, config);
        QString error;
        REQUIRE(server->start(&error));
        bus.subscribe(&receiver, [this](const Event &event) { received.append(event); });
    }
    InProcessEventBus bus;
    ManualClock clock{passageT0()};
    QObject receiver;
    QList<Event> received;
    std::unique_ptr<EventApiServer> server;
};

} // namespace

TEST_CASE("passage JSON is validated field by field", "[passages][api]")
{
    const QDateTime arrival = passageT0();
    const auto fieldOf = [&](const QByteArray &body) {
        const EventJsonResult result = parseExternalPassage(body, arrival);
        CHECK_FALSE(result.event);
        CHECK_FALSE(result.error.isEmpty());
        return result.field;
    };
    CHECK(fieldOf(R"({"checkpoint_id":"k1"})") == QStringLiteral("plate"));
    CHECK(fieldOf(R"({"plate":"鄂C1#345","checkpoint_id":"k1"})") == QStringLiteral("plate"));
    CHECK(fieldOf(R"({"plate":"鄂C*2345","checkpoint_id":"k1"})") == QStringLiteral("plate"));
    CHECK(fieldOf(R"({"plate":"鄂C12345"})") == QStringLiteral("checkpoint_id"));
    CHECK(fieldOf(R"({"plate":"鄂C12345","checkpoint_id":7})") == QStringLiteral("checkpoint_id"));
    CHECK(fieldOf(R"({"plate":"鄂C12345","checkpoint_id":"k1","speed":80})") ==
          QStringLiteral("speed"));
    CHECK(fieldOf(R"({"plate":"鄂C12345","checkpoint_id":"k1","confidence":1.5})") ==
          QStringLiteral("confidence"));
    CHECK(fieldOf(R"({"plate":"鄂C12345","checkpoint_id":"k1","direction":"north"})") ==
          QStringLiteral("direction"));
    CHECK(fieldOf(R"({"plate":"鄂C12345","checkpoint_id":"k1","flag":"vip"})") ==
          QStringLiteral("flag"));
    CHECK(fieldOf(R"({"plate":"鄂C12345","checkpoint_id":"k1","time":"2026-03-04 10:00"})") ==
          QStringLiteral("time"));
    CHECK(fieldOf(R"({"plate":"鄂C12345","checkpoint_id":"k1","plate_crop_jpeg":"!!"})") ==
          QStringLiteral("plate_crop_jpeg"));
    CHECK(fieldOf(R"({"plate":"鄂C12345","checkpoint_id":"k1","plate_crop_jpeg":"aGVsbG8="})") ==
          QStringLiteral("plate_crop_jpeg")); // base64 of "hello": not a JPEG
    CHECK(fieldOf(R"({"plate":"鄂C12345","checkpoint_id":"k1","valid":"yes"})") ==
          QStringLiteral("valid"));

    const EventJsonResult good = parseExternalPassage(goodBody(), arrival);
    REQUIRE(good.event);
    CHECK(good.event->type == kPlateReadType);
    CHECK(good.event->source == EventSource::External);
    CHECK(good.event->time == passageT0()); // 18:00+08:00 = 10:00 UTC
    CHECK(good.event->details.value(QStringLiteral("plate")).toString() ==
          QStringLiteral("鄂C12345"));
}

TEST_CASE("the passages route publishes, replays retries and refuses with the field",
          "[passages][api]")
{
    Api api;
    const quint16 port = api.server->port();
    HttpAnswer answer =
        exchange(port, post("/api/v1/passages", goodBody(), "Idempotency-Key: p-1\r\n"));
    CHECK(answer.status == 202);
    CHECK(answer.body.value(QStringLiteral("type")).toString() == kPlateReadType);
    REQUIRE(waitUntil([&] { return api.received.size() == 1; }, 3000));
    CHECK(api.received.first().checkpointId == QStringLiteral("k2"));

    answer = exchange(port, post("/api/v1/passages", goodBody(), "Idempotency-Key: p-1\r\n"));
    CHECK(answer.status == 202);
    CHECK(answer.head.contains("Idempotent-Replayed: true"));
    answer = exchange(port, post("/api/v1/passages", R"({"plate":"鄂C99999","checkpoint_id":"k1"})",
                                 "Idempotency-Key: p-1\r\n"));
    CHECK(answer.status == 422);
    CHECK(answer.body.value(QStringLiteral("field")).toString() ==
          QStringLiteral("Idempotency-Key"));
    // The same key on the events route is a different key.
    answer = exchange(port, post("/api/v1/events", R"({"type":"intrusion","camera_id":"c1"})",
                                 "Idempotency-Key: p-1\r\n"));
    CHECK(answer.status == 202);
    CHECK_FALSE(answer.head.contains("Idempotent-Replayed"));

    answer = exchange(port, post("/api/v1/passages", R"({"plate":"鄂C1","checkpoint_id":"k1"})"));
    CHECK(answer.status == 400);
    CHECK(answer.body.value(QStringLiteral("field")).toString() == QStringLiteral("plate"));
    answer = exchange(port, "GET /api/v1/passages HTTP/1.1\r\nAuthorization: Bearer " + kToken +
                                "\r\n\r\n");
    CHECK(answer.status == 405);
    waitUntil([] { return false; }, 200);
    CHECK(api.received.size() == 2); // one passage, one event: no replays, no refused bodies
}

TEST_CASE("the passages route refuses oversized bodies and floods", "[passages][api]")
{
    EventApiConfig config;
    config.maxBodyBytes = 4096;
    config.ratePerSec = 0.01;
    config.burst = 2;
    Api api(config);
    const quint16 port = api.server->port();
    const QByteArray big = R"({"plate":"鄂C12345","checkpoint_id":"k1","plate_crop_jpeg":")" +
                           QByteArray(8000, 'A') + R"("})";
    HttpAnswer answer = exchange(port, post("/api/v1/passages", big));
    CHECK(answer.status == 413);
    CHECK(answer.body.value(QStringLiteral("field")).toString() == QStringLiteral("body"));
    int limited = 0;
    for (int i = 0; i < 4; ++i)
        if (exchange(port, post("/api/v1/passages", goodBody())).status == 429)
            ++limited;
    CHECK(limited >= 2);
}

TEST_CASE("a posted passage is stored with its snapshot file", "[passages][api][service]")
{
    QTemporaryDir dir;
    Api api;
    PassageService service(api.bus, api.clock);
    service.start(dir.filePath(QStringLiteral("vigil.db")), dir.path(), checkpointSite());
    QList<PassageRecord> stored;
    QObject::connect(&service, &PassageService::passagesStored,
                     [&](const QList<PassageRecord> &records) { stored += records; });
    REQUIRE(waitUntil([&] { return service.reader() && service.reader()->thread()->isRunning(); },
                      5000));
    CHECK(exchange(api.server->port(), post("/api/v1/passages", goodBody())).status == 202);
    REQUIRE(waitUntil([&] { return stored.size() == 1; }, 5000));
    const PassageRecord &record = stored.first();
    CHECK(record.id > 0);
    CHECK(record.plate == QStringLiteral("鄂C12345"));
    CHECK(record.source == QStringLiteral("external"));
    CHECK(record.lane == QStringLiteral("2"));
    CHECK(record.cropPath.isEmpty());
    REQUIRE(QFile::exists(record.snapshotPath));
    QFile file(record.snapshotPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().toBase64() == kJpegBase64);
}
