#include "alerts/alertservice.h"
#include "alerts/alertstorewriter.h"
#include "alerts/dispatchforwarding.h"
#include "alerts/sqlitealertstore.h"
#include "alertstestsupport.h"
#include "events/inprocesseventbus.h"
#include "net/httprequestparser.h"
#include "net/webhookoutbox.h"
#include "store/database.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace vigil;
using vigil::test::waitUntil;

namespace {

// A unit's endpoint on 127.0.0.1 answering with scripted statuses (the last one repeats).
class FakeUnitEndpoint
{
public:
    explicit FakeUnitEndpoint(QList<int> statuses, quint16 port = 0)
        : m_statuses(std::move(statuses))
    {
        REQUIRE(m_server.listen(QHostAddress::LocalHost, port));
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto parser = std::make_shared<HttpRequestParser>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, parser] {
                    if (parser->feed(socket->readAll()) != HttpRequestParser::State::Complete)
                        return;
                    requests.append(parser->request());
                    const int status =
                        m_statuses.size() > 1 ? m_statuses.takeFirst() : m_statuses.first();
                    socket->write("HTTP/1.1 " + QByteArray::number(status) +
                                  " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(m_server.serverPort()));
    }
    quint16 port() const { return m_server.serverPort(); }
    QList<HttpRequest> requests;

private:
    QTcpServer m_server;
    QList<int> m_statuses;
};

WebhookOutboxConfig fastRetries()
{
    WebhookOutboxConfig config;
    config.firstRetryMs = 20;
    config.maxRetryMs = 80;
    config.maxAttempts = 5;
    config.requestTimeoutMs = 2000;
    return config;
}

} // namespace

TEST_CASE("webhook outbox retries 5xx with backoff, same idempotency key", "[alerts][webhook]")
{
    QTemporaryDir dir;
    FakeUnitEndpoint unit({500, 503, 200});
    WebhookOutbox outbox(dir.filePath(QStringLiteral("vigil.db")), fastRetries());
    QSignalSpy delivered(&outbox, &WebhookOutbox::delivered);
    QSignalSpy retrying(&outbox, &WebhookOutbox::retrying);
    QString error;
    REQUIRE(outbox.start(&error));
    outbox.enqueue(7, unit.url(), R"({"alert_id":7})");
    REQUIRE(waitUntil([&] { return delivered.size() == 1; }));
    CHECK(delivered.at(0).at(2).toInt() == 3);
    CHECK(retrying.size() == 2);
    CHECK(retrying.at(1).at(3).toInt() == 2 * retrying.at(0).at(3).toInt()); // doubling
    REQUIRE(unit.requests.size() == 3);
    const QByteArray key = unit.requests.first().header("idempotency-key");
    CHECK(key.startsWith("vigil-outbox-"));
    for (const HttpRequest &request : unit.requests) {
        CHECK(request.header("idempotency-key") == key);
        CHECK(request.body == R"({"alert_id":7})");
    }
}

TEST_CASE("webhook outbox: a 4xx fails at once; pending deliveries survive a restart",
          "[alerts][webhook]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("vigil.db"));
    {
        FakeUnitEndpoint rejecting({400});
        WebhookOutbox outbox(dbPath, fastRetries());
        QSignalSpy failed(&outbox, &WebhookOutbox::deliveryFailed);
        QString error;
        REQUIRE(outbox.start(&error));
        outbox.enqueue(1, rejecting.url(), "{}");
        REQUIRE(waitUntil([&] { return failed.size() == 1; }));
        CHECK(failed.at(0).at(2).toString() == QStringLiteral("HTTP 400"));
        CHECK(rejecting.requests.size() == 1);
    }
    quint16 port = 0;
    {
        // The unit is down: the delivery stays pending when the workstation stops.
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
        probe.close();
        WebhookOutboxConfig slow = fastRetries();
        slow.firstRetryMs = 60000;
        WebhookOutbox outbox(dbPath, slow);
        QSignalSpy retrying(&outbox, &WebhookOutbox::retrying);
        QString error;
        REQUIRE(outbox.start(&error));
        outbox.enqueue(2, QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(port)), "{}");
        REQUIRE(waitUntil([&] { return retrying.size() == 1; }));
    }
    // Restart with the unit back up and a retry now due: delivered.
    {
        FakeUnitEndpoint unit({200}, port);
        QString error;
        auto db = Database::open(dbPath, &error);
        REQUIRE(db);
        QSqlQuery due(db->connection());
        REQUIRE(due.exec(QStringLiteral("UPDATE webhook_outbox SET next_attempt_at = "
                                        "'2000-01-01T00:00:00.000Z' WHERE state = 'pending'")));
        WebhookOutbox outbox(dbPath, fastRetries());
        QSignalSpy delivered(&outbox, &WebhookOutbox::delivered);
        REQUIRE(outbox.start(&error));
        REQUIRE(waitUntil([&] { return delivered.size() == 1; }));
        CHECK(delivered.at(0).at(0).toLongLong() == 2);
        CHECK(unit.requests.size() == 1); // the failed 4xx one is not retried
    }
}

TEST_CASE("a committed dispatch is forwarded to the unit's endpoint", "[alerts][webhook]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("vigil.db"));
    FakeUnitEndpoint unit({200});
    InProcessEventBus bus;
    ManualClock clock(test::t0());
    AlertStoreWriter writer([dbPath](QString *error) -> std::unique_ptr<AlertStore> {
        return SqliteAlertStore::open(dbPath, error);
    });
    AlertService service(bus, writer, clock, RuleSet{}, SlaPolicy{});
    WebhookOutbox outbox(dbPath, fastRetries());
    QString error;
    REQUIRE(outbox.start(&error));
    forwardDispatches(service, outbox, {{QStringLiteral("巡逻二组"), unit.url()}});
    QSignalSpy delivered(&outbox, &WebhookOutbox::delivered);
    QSignalSpy raised(&service, &AlertService::alertRaised);
    writer.start();
    service.start(false);
    REQUIRE(waitUntil([&] { return service.isReady(); }));
    Event event =
        test::makeEvent(QStringLiteral("intrusion"), QStringLiteral("c03"), test::t0(), 90);
    event.summary = QStringLiteral("区域入侵 东门");
    service.ingest(event);
    REQUIRE(waitUntil([&] { return raised.size() == 1; }));
    ActionRequest dispatch;
    dispatch.action = AlertAction::Dispatch;
    dispatch.operatorLogin = QStringLiteral("zhang.wei");
    dispatch.unit = QStringLiteral("巡逻二组");
    REQUIRE(service.requestAction(raised.at(0).at(0).value<Alert>().id, dispatch));
    REQUIRE(waitUntil([&] { return delivered.size() == 1; }));
    REQUIRE(unit.requests.size() == 1);
    const QJsonObject payload = QJsonDocument::fromJson(unit.requests.first().body).object();
    CHECK(payload.value(QStringLiteral("unit")).toString() == QStringLiteral("巡逻二组"));
    CHECK(payload.value(QStringLiteral("camera_id")).toString() == QStringLiteral("c03"));
    CHECK(payload.value(QStringLiteral("priority")).toString() == QStringLiteral("P1"));
    CHECK(payload.value(QStringLiteral("operator")).toString() == QStringLiteral("zhang.wei"));
}
