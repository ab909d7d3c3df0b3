#include "alerts/clock.h"
#include "alertstestsupport.h"
#include "events/inprocesseventbus.h"
#include "net/eventapiserver.h"
#include "net/httprequestparser.h"
#include "net/idempotencycache.h"
#include "net/ratelimiter.h"
#include "net/sqliteidempotencystore.h"
#include "store/database.h"

#include <catch2/catch.hpp>

#include "../common/httpexchange.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace vigil;
using vigil::test::t0;
using vigil::test::waitUntil;

namespace {

const QByteArray kToken = "test-token-0123456789abcdef";

using vigil::testing::exchange;
using vigil::testing::HttpAnswer;

QByteArray post(const QByteArray &body, const QByteArray &extraHeaders = {},
                const QByteArray &token = kToken)
{
    QByteArray raw = "POST /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     "Content-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n" + extraHeaders;
    if (!token.isEmpty())
        raw += "Authorization: Bearer " + token + "\r\n";
    return raw + "\r\n" + body;
}

struct Api
{
    explicit Api(EventApiConfig config = {})
    {
        config.token = kToken;
        server = std::make_unique<EventApiServer>(bus, clock, config);
        QString error;
        REQUIRE(server->start(&error));
        REQUIRE(server->port() != 0);
        bus.subscribe(&receiver, [this](const Event &event) { received.append(event); });
    }
    InProcessEventBus bus;
    ManualClock clock{t0()};
    QObject receiver;
    QList<Event> received;
    std::unique_ptr<EventApiServer> server;
};

const QByteArray kGoodBody =
    R"({"type":"intrusion","camera_id":"c07","time":"2026-03-04T18:00:00+08:00","severity":85,)"
    R"("summary":"区域入侵 东门","box":[0.1,0.2,0.3,0.4],"details":{"zone":"east"}})";

} // namespace

TEST_CASE("event API accepts a valid event and publishes it", "[alerts][api]")
{
    Api api;
    CHECK(api.server->address() == QHostAddress(QHostAddress::LocalHost));
    const HttpAnswer answer = exchange(api.server->port(), post(kGoodBody));
    CHECK(answer.status == 202);
    CHECK(answer.body.value(QStringLiteral("status")).toString() == QStringLiteral("accepted"));
    REQUIRE(waitUntil([&] { return api.received.size() == 1; }));
    const Event &event = api.received.first();
    CHECK(event.source == EventSource::External);
    CHECK(event.cameraId == QStringLiteral("c07"));
    CHECK(event.time == t0()); // 18:00+08:00 is 10:00 UTC
    CHECK(event.severity == 85);
    CHECK(event.summary == QStringLiteral("区域入侵 东门"));
    CHECK(event.detectionBox == QRectF(0.1, 0.2, 0.3, 0.4));
    CHECK(event.details.value(QStringLiteral("zone")).toString() == QStringLiteral("east"));
}

TEST_CASE("event API refuses bad requests with the status and field", "[alerts][api]")
{
    Api api;
    const quint16 port = api.server->port();
    const auto check = [&](const QByteArray &raw, int status, const QString &field) {
        const HttpAnswer answer = exchange(port, raw);
        CHECK(answer.status == status);
        CHECK(answer.body.value(QStringLiteral("field")).toString() == field);
        CHECK_FALSE(answer.body.value(QStringLiteral("error")).toString().isEmpty());
        return answer;
    };
    check(post(kGoodBody, {}, {}), 401, QStringLiteral("Authorization"));
    CHECK(check(post(kGoodBody, {}, "wrong-token-0123456789abcdef"), 401,
                QStringLiteral("Authorization"))
              .head.contains("WWW-Authenticate: Bearer"));
    CHECK(check(post(R"({"type": "intrusion", )"), 400, QString())
              .body.value(QStringLiteral("error"))
              .toString()
              .contains(QStringLiteral("invalid JSON")));
    check(post(R"([1, 2])"), 400, QString());
    check(post(R"({"camera_id":"c01"})"), 400, QStringLiteral("type"));
    check(post(R"({"type":"Intrusion!","camera_id":"c01"})"), 400, QStringLiteral("type"));
    check(post(R"({"type":"intrusion","camera_id":5})"), 400, QStringLiteral("camera_id"));
    check(post(R"({"type":"intrusion"})"), 400, QStringLiteral("camera_id"));
    check(post(R"({"type":"intrusion","camera_id":"c01","severity":"high"})"), 400,
          QStringLiteral("severity"));
    check(post(R"({"type":"intrusion","camera_id":"c01","severity":101})"), 400,
          QStringLiteral("severity"));
    check(post(R"({"type":"intrusion","camera_id":"c01","time":"2026-03-04T10:00:00"})"), 400,
          QStringLiteral("time"));
    check(post(R"({"type":"intrusion","camera_id":"c01","box":[0,0,2,1]})"), 400,
          QStringLiteral("box"));
    check(post(R"({"type":"intrusion","camera_id":"c01","details":[]})"), 400,
          QStringLiteral("details"));
    check(post(R"({"type":"intrusion","camera_id":"c01","camera":"c02"})"), 400,
          QStringLiteral("camera"));
    check(post(kGoodBody, "Content-Type: text/plain\r\n")
              .replace("Content-Type: application/json\r\n", ""),
          415, QStringLiteral("Content-Type"));

    // Size limits: the body is refused from its Content-Length, before it is read.
    const QByteArray huge(300 * 1024, 'x');
    check(post(huge), 413, QStringLiteral("body"));
    check("POST /api/v1/events HTTP/1.1\r\nX-Padding: " + QByteArray(20 * 1024, 'a') + "\r\n\r\n",
          413, QStringLiteral("headers"));
    check("POST /api/v1/events HTTP/1.1\r\nAuthorization: Bearer " + kToken + "\r\n\r\n", 411,
          QStringLiteral("content-length"));
    check("POST /api/v1/events HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", 501,
          QStringLiteral("transfer-encoding"));
    check("GARBAGE\r\n\r\n", 400, QStringLiteral("request-line"));
    check("GET /api/v1/events HTTP/1.1\r\n\r\n", 405, QStringLiteral("method"));
    check("GET /nowhere HTTP/1.1\r\n\r\n", 404, QStringLiteral("path"));
    CHECK(api.received.isEmpty());
}

TEST_CASE("a retried POST with the same Idempotency-Key is not published twice", "[alerts][api]")
{
    Api api;
    const quint16 port = api.server->port();
    const HttpAnswer first = exchange(port, post(kGoodBody, "Idempotency-Key: k-1\r\n"));
    const HttpAnswer retry = exchange(port, post(kGoodBody, "Idempotency-Key: k-1\r\n"));
    CHECK(first.status == 202);
    CHECK(retry.status == 202);
    CHECK(retry.head.contains("Idempotent-Replayed: true"));
    const HttpAnswer misuse =
        exchange(port, post(R"({"type":"tamper","camera_id":"c01"})", "Idempotency-Key: k-1\r\n"));
    CHECK(misuse.status == 422);
    CHECK(misuse.body.value(QStringLiteral("field")).toString() ==
          QStringLiteral("Idempotency-Key"));
    CHECK(exchange(port, post(kGoodBody, "Idempotency-Key: k-2\r\n")).status == 202);
    REQUIRE(waitUntil([&] { return api.received.size() == 2; }));
    CHECK_FALSE(waitUntil([&] { return api.received.size() > 2; }, 200));
}

TEST_CASE("Idempotency-Key answers survive a restart in the SQLite file; a conflict is 422",
          "[alerts][api][store]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    EventApiConfig config;
    config.idempotencyDbPath = dir.filePath(QStringLiteral("vigil.db"));
    {
        Api first(config);
        const HttpAnswer answer =
            exchange(first.server->port(), post(kGoodBody, "Idempotency-Key: order-17\r\n"));
        CHECK(answer.status == 202);
        CHECK_FALSE(answer.head.contains("Idempotent-Replayed"));
        REQUIRE(waitUntil([&] { return first.received.size() == 1; }));
    } // the app stops: server and its connection gone

    {
        // The row is in the file, not only in memory.
        QString error;
        const auto db = Database::open(config.idempotencyDbPath, &error);
        REQUIRE(db);
        QSqlQuery rows(db->connection());
        REQUIRE(rows.exec(QStringLiteral("SELECT status, response_body FROM api_idempotency "
                                         "WHERE key = 'order-17'")));
        REQUIRE(rows.next());
        CHECK(rows.value(0).toInt() == 202);
        CHECK(rows.value(1).toString().contains(QStringLiteral("accepted")));
    }

    Api restarted(config);
    restarted.clock.set(t0().addSecs(3600)); // an hour later, well within 24 h
    const quint16 port = restarted.server->port();
    const HttpAnswer retry = exchange(port, post(kGoodBody, "Idempotency-Key: order-17\r\n"));
    CHECK(retry.status == 202);
    CHECK(retry.head.contains("Idempotent-Replayed: true"));
    CHECK(retry.body.value(QStringLiteral("status")).toString() == QStringLiteral("accepted"));

    const HttpAnswer conflict = exchange(
        port, post(R"({"type":"tamper","camera_id":"c01"})", "Idempotency-Key: order-17\r\n"));
    CHECK(conflict.status == 422);
    CHECK(conflict.body.value(QStringLiteral("field")).toString() ==
          QStringLiteral("Idempotency-Key"));
    CHECK(conflict.body.value(QStringLiteral("error"))
              .toString()
              .contains(QStringLiteral("\"order-17\" was already used")));
    CHECK_FALSE(waitUntil([&] { return !restarted.received.isEmpty(); }, 200));

    // After the 24 h retention the key is free again (the old row is replaced).
    restarted.clock.set(t0().addSecs(24 * 3600 + 1));
    const HttpAnswer later = exchange(port, post(kGoodBody, "Idempotency-Key: order-17\r\n"));
    CHECK(later.status == 202);
    CHECK_FALSE(later.head.contains("Idempotent-Replayed"));
    REQUIRE(waitUntil([&] { return restarted.received.size() == 1; }));
}

TEST_CASE("the SQLite idempotency store prunes keys past the retention", "[alerts][api][store]")
{
    QTemporaryDir dir;
    QString error;
    auto store =
        SqliteIdempotencyStore::open(dir.filePath(QStringLiteral("vigil.db")), 3600, &error);
    REQUIRE(store);
    REQUIRE(store->store(QStringLiteral("old"), {"h1", 202, "{}", t0()}));
    REQUIRE(store->store(QStringLiteral("new"), {"h2", 202, "{}", t0().addSecs(1800)}));
    CHECK(store->find(QStringLiteral("old"), t0().addSecs(3599)));
    CHECK_FALSE(store->find(QStringLiteral("old"), t0().addSecs(3600)));
    CHECK(store->prune(t0().addSecs(3600)) == 1);
    const auto kept = store->find(QStringLiteral("new"), t0().addSecs(3600));
    REQUIRE(kept);
    CHECK(kept->bodyHash == "h2");
    CHECK(kept->storedAt == t0().addSecs(1800));
}

TEST_CASE("the rate limit answers 429 with Retry-After; slow clients get 408", "[alerts][api]")
{
    EventApiConfig config;
    config.ratePerSec = 0.5;
    config.burst = 3;
    config.requestTimeoutMs = 300;
    Api api(config);
    const quint16 port = api.server->port();
    for (int i = 0; i < 3; ++i)
        CHECK(exchange(port, post(kGoodBody)).status == 202);
    const HttpAnswer limited = exchange(port, post(kGoodBody));
    CHECK(limited.status == 429);
    CHECK(limited.head.contains("Retry-After: "));

    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, port);
    REQUIRE(slow.waitForConnected(3000));
    slow.write("POST /api/v1/events HTTP/1.1\r\n");
    QByteArray received;
    while (slow.waitForReadyRead(2000))
        received += slow.readAll();
    CHECK(received.startsWith("HTTP/1.1 408"));
}

TEST_CASE("a QNetworkAccessManager client can post events", "[alerts][api]")
{
    Api api;
    QNetworkAccessManager manager;
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/events").arg(api.server->port())));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + kToken);
    request.setRawHeader("Idempotency-Key", "nam-1");
    QNetworkReply *reply = manager.post(request, kGoodBody);
    REQUIRE(waitUntil([&] { return reply->isFinished(); }));
    CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 202);
    reply->deleteLater();
    REQUIRE(waitUntil([&] { return api.received.size() == 1; }));
}

TEST_CASE("the server refuses to start without a proper token or on a taken port", "[alerts][api]")
{
    InProcessEventBus bus;
    SystemClock clock;
    EventApiServer noToken(bus, clock, EventApiConfig{});
    QString error;
    CHECK_FALSE(noToken.start(&error));
    CHECK(error.contains(QStringLiteral("token")));

    Api api;
    EventApiConfig taken;
    taken.token = kToken;
    taken.port = api.server->port();
    EventApiServer second(bus, clock, taken);
    CHECK_FALSE(second.start(&error));
    CHECK(error.contains(QString::number(taken.port)));
}

TEST_CASE("parser, token bucket and idempotency cache units", "[alerts][api]")
{
    HttpRequestParser parser;
    CHECK(parser.feed("POST /api/v1/events?x=1 HTTP/1.1\r\nContent-Length: 4\r\n") ==
          HttpRequestParser::State::NeedMore);
    CHECK(parser.feed("X-A:  b \r\n\r\nab") == HttpRequestParser::State::NeedMore);
    CHECK(parser.feed("cd") == HttpRequestParser::State::Complete);
    CHECK(parser.request().path == "/api/v1/events");
    CHECK(parser.request().query == "x=1");
    CHECK(parser.request().header("x-a") == "b");
    CHECK(parser.request().body == "abcd");

    HttpRequestParser conflicting;
    CHECK(conflicting.feed("POST / HTTP/1.1\r\nContent-Length: 4\r\nContent-Length: 5\r\n\r\n") ==
          HttpRequestParser::State::Failed);
    CHECK(conflicting.errorStatus() == 400);

    TokenBucket bucket(2, 2); // 2/s, burst 2
    CHECK(bucket.take(0));
    CHECK(bucket.take(0));
    CHECK_FALSE(bucket.take(100));
    CHECK(bucket.waitMs(100) > 0);
    CHECK(bucket.take(600));

    IdempotencyCache cache(3600, 2);
    cache.store(QStringLiteral("a"), {"h", 202, "{}", t0()});
    CHECK(cache.find(QStringLiteral("a"), t0().addSecs(3599)));
    CHECK_FALSE(cache.find(QStringLiteral("a"), t0().addSecs(3600)));
    cache.store(QStringLiteral("b"), {"h", 202, "{}", t0()});
    cache.store(QStringLiteral("c"), {"h", 202, "{}", t0()});
    cache.store(QStringLiteral("d"), {"h", 202, "{}", t0()});
    CHECK(cache.size() == 2);
    CHECK_FALSE(cache.find(QStringLiteral("b"), t0()));
}
