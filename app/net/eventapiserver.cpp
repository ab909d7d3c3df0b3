#include "net/eventapiserver.h"

#include "alerts/clock.h"
#include "net/eventjson.h"
#include "net/httprequestparser.h"
#include "net/idempotencycache.h"
#include "net/ratelimiter.h"
#include "net/sqliteidempotencystore.h"
#include "plates/passagejson.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace vigil {

namespace {

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

QByteArray errorBody(const QString &error, const QString &field)
{
    QJsonObject object{{QStringLiteral("error"), error}};
    if (!field.isEmpty())
        object.insert(QStringLiteral("field"), field);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Constant-time comparison: the token check must not leak how many bytes matched.
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

constexpr int kLingerQuietMs = 200; // after an early answer: close once the client is quiet
constexpr int kLingerMaxMs = 2000;
constexpr qsizetype kMaxIdempotencyKey = 128;
constexpr int kPruneIntervalMs = 3600 * 1000;

} // namespace

class EventApiServer::Worker
{
public:
    Worker(EventApiServer &owner) : m_owner(owner)
    {
        const EventApiConfig &config = owner.m_config;
        m_bucket = std::make_unique<TokenBucket>(config.ratePerSec, config.burst);
        m_uptime.start();
    }
    ~Worker()
    {
        delete m_server;
        m_idempotency.reset(); // its database connection belongs to this thread
    }

    bool listen(QString *error)
    {
        const EventApiConfig &config = m_owner.m_config;
        if (config.idempotencyDbPath.isEmpty()) {
            m_idempotency = std::make_unique<IdempotencyCache>(config.idempotencyRetentionSecs);
        } else {
            QString storeError;
            m_idempotency = SqliteIdempotencyStore::open(
                config.idempotencyDbPath, config.idempotencyRetentionSecs, &storeError);
            if (!m_idempotency) {
                *error = QStringLiteral("cannot open the Idempotency-Key store %1: %2")
                             .arg(config.idempotencyDbPath, storeError);
                return false;
            }
        }
        m_server = new QTcpServer;
        m_idempotency->prune(m_owner.m_clock.now());
        auto *pruneTimer = new QTimer(m_server);
        pruneTimer->setInterval(kPruneIntervalMs);
        QObject::connect(pruneTimer, &QTimer::timeout, m_server,
                         [this] { m_idempotency->prune(m_owner.m_clock.now()); });
        pruneTimer->start();
        QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] { accept(); });
        if (!m_server->listen(m_owner.m_config.address, m_owner.m_config.port)) {
            *error = QStringLiteral("cannot listen on %1:%2: %3")
                         .arg(m_owner.m_config.address.toString())
                         .arg(m_owner.m_config.port)
                         .arg(m_server->errorString());
            return false;
        }
        m_owner.m_port = m_server->serverPort();
        return true;
    }

private:
    struct Connection
    {
        std::shared_ptr<HttpRequestParser> parser; // shared: QHash values must be copyable
        bool answered = false;
        QTimer *linger = nullptr; // owned by the socket
    };

    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            socket->setParent(m_server);
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
                m_connections.remove(socket);
                socket->deleteLater();
            });
            const EventApiConfig &config = m_owner.m_config;
            if (m_connections.size() >= config.maxConnections) {
                respond(socket, 503, errorBody(QStringLiteral("too many connections"), {}));
                continue;
            }
            m_connections.insert(socket, Connection{std::make_shared<HttpRequestParser>(
                                                        config.maxHeaderBytes, config.maxBodyBytes),
                                                    false, nullptr});
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [this, socket] { read(socket); });
            QTimer::singleShot(config.requestTimeoutMs, socket, [this, socket] {
                const auto it = m_connections.find(socket);
                if (it != m_connections.end() && !it->answered)
                    reject(socket, 408, QStringLiteral("request not complete in time"), {});
            });
            if (socket->bytesAvailable() > 0)
                read(socket);
        }
    }

    void read(QTcpSocket *socket)
    {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        const QByteArray bytes = socket->readAll();
        if (it->answered) {
            if (it->linger)
                it->linger->start(); // still sending: keep discarding
            return;
        }
        HttpRequestParser &parser = *it->parser;
        switch (parser.feed(bytes)) {
        case HttpRequestParser::State::NeedMore:
            return;
        case HttpRequestParser::State::Failed:
            reject(socket, parser.errorStatus(), parser.errorMessage(), parser.errorField());
            return;
        case HttpRequestParser::State::Complete:
            handle(socket, parser.request());
            return;
        }
    }

    void reject(QTcpSocket *socket, int status, const QString &error, const QString &field,
                const QByteArray &extraHeaders = {})
    {
        emit m_owner.requestRejected(status, error, field);
        respond(socket, status, errorBody(error, field), extraHeaders);
    }

    void respond(QTcpSocket *socket, int status, const QByteArray &body,
                 const QByteArray &extraHeaders = {})
    {
        if (const auto it = m_connections.find(socket); it != m_connections.end())
            it->answered = true;
        QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' +
                              reasonPhrase(status) + "\r\nContent-Type: application/json\r\n" +
                              "Content-Length: " + QByteArray::number(body.size()) +
                              "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
        socket->write(response);
        const auto it = m_connections.find(socket);
        const bool wholeRequestRead =
            it != m_connections.end() && it->parser->state() == HttpRequestParser::State::Complete;
        if (wholeRequestRead) {
            socket->disconnectFromHost(); // after the answer is written
            return;
        }
        // Answered before the request was fully read: closing with unread input would reset the
        // connection and the client might never see the answer. Read and discard until the
        // client is quiet for a moment (or the cap), then close.
        auto *quiet = new QTimer(socket);
        quiet->setSingleShot(true);
        quiet->setInterval(kLingerQuietMs);
        QObject::connect(quiet, &QTimer::timeout, socket,
                         [socket] { socket->disconnectFromHost(); });
        quiet->start();
        if (it != m_connections.end())
            it->linger = quiet;
        QTimer::singleShot(kLingerMaxMs, socket, [socket] { socket->disconnectFromHost(); });
    }

    void handle(QTcpSocket *socket, const HttpRequest &request)
    {
        const bool passages = request.path == "/api/v1/passages";
        const bool events = request.path == "/api/v1/events" || passages;
        const bool health = request.path == "/api/v1/health";
        if (!events && !health)
            return reject(socket, 404, QStringLiteral("no such endpoint"), QStringLiteral("path"));
        if (events && request.method != "POST")
            return reject(socket, 405, QStringLiteral("use POST"), QStringLiteral("method"),
                          "Allow: POST\r\n");
        if (health && request.method != "GET")
            return reject(socket, 405, QStringLiteral("use GET"), QStringLiteral("method"),
                          "Allow: GET\r\n");

        const QByteArray authorization = request.header("authorization");
        if (!authorization.startsWith("Bearer ") ||
            !sameSecret(authorization.mid(7).trimmed(), m_owner.m_config.token))
            return reject(socket, 401, QStringLiteral("missing or wrong bearer token"),
                          QStringLiteral("Authorization"),
                          "WWW-Authenticate: Bearer realm=\"vigil\"\r\n");
        if (health)
            return respond(socket, 200, R"({"status":"ok"})");

        if (!m_bucket->take(m_uptime.elapsed())) {
            const qint64 waitSecs = (m_bucket->waitMs(m_uptime.elapsed()) + 999) / 1000;
            return reject(socket, 429, QStringLiteral("rate limit exceeded"), {},
                          "Retry-After: " + QByteArray::number(std::max<qint64>(1, waitSecs)) +
                              "\r\n");
        }
        const QByteArray contentType = request.header("content-type");
        if (!contentType.startsWith("application/json"))
            return reject(socket, 415, QStringLiteral("Content-Type must be application/json"),
                          QStringLiteral("Content-Type"));

        const QDateTime now = m_owner.m_clock.now();
        const QString key = QString::fromUtf8(request.header("idempotency-key"));
        // Keys of the two POST routes live apart: a passage key never replays an event answer.
        const QString storedKey =
            passages && !key.isEmpty() ? QStringLiteral("passages:") + key : key;
        const QByteArray bodyHash =
            QCryptographicHash::hash(request.body, QCryptographicHash::Sha256);
        if (key.size() > kMaxIdempotencyKey)
            return reject(socket, 400,
                          QStringLiteral("longer than %1 characters").arg(kMaxIdempotencyKey),
                          QStringLiteral("Idempotency-Key"));
        if (!key.isEmpty()) {
            if (const auto previous = m_idempotency->find(storedKey, now)) {
                if (previous->bodyHash != bodyHash)
                    return reject(socket, 422,
                                  QStringLiteral("Idempotency-Key \"%1\" was already used at %2 "
                                                 "with a different body; use a new key for a "
                                                 "new event")
                                      .arg(key, previous->storedAt.toUTC().toString(Qt::ISODate)),
                                  QStringLiteral("Idempotency-Key"));
                return respond(socket, previous->status, previous->responseBody,
                               "Idempotent-Replayed: true\r\n");
            }
        }

        const EventJsonResult parsed =
            passages ? parseExternalPassage(request.body, now)
                     : parseExternalEvent(request.body, now, m_owner.m_config.doors);
        if (!parsed.event)
            return reject(socket, parsed.status, parsed.error, parsed.field);
        m_owner.m_bus.publish(*parsed.event);
        emit m_owner.eventAccepted(*parsed.event);
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("accepted")},
                                      {QStringLiteral("type"), parsed.event->type}})
                .toJson(QJsonDocument::Compact);
        // The key is kept before the answer: a client that saw 202 and retries is replayed.
        QString storeError;
        if (!key.isEmpty() &&
            !m_idempotency->store(storedKey, {bodyHash, 202, body, now}, &storeError))
            qWarning("event API: %s", qUtf8Printable(storeError)); // the event is in; answer it
        respond(socket, 202, body);
    }

    EventApiServer &m_owner;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Connection> m_connections;
    std::unique_ptr<TokenBucket> m_bucket;
    std::unique_ptr<IdempotencyStore> m_idempotency;
    QElapsedTimer m_uptime;
};

EventApiServer::EventApiServer(EventBus &bus, const Clock &clock, EventApiConfig config,
                               QObject *parent)
    : QObject(parent), m_bus(bus), m_clock(clock), m_config(std::move(config))
{
    qRegisterMetaType<vigil::Event>();
    m_thread.setObjectName(QStringLiteral("vigil-event-api"));
}

EventApiServer::~EventApiServer()
{
    stop();
}

bool EventApiServer::start(QString *error)
{
    if (m_worker)
        return true;
    if (m_config.token.size() < 16) {
        *error = QStringLiteral("event API: the bearer token must be at least 16 characters");
        return false;
    }
    // The worker (and its sockets) is created, used and deleted on the server thread; the
    // context object dies with the thread (QThread deletes deferred objects when it finishes).
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_context,
        [this, &ok, error] {
            m_worker = new Worker(*this);
            ok = m_worker->listen(error);
            if (!ok) {
                delete m_worker;
                m_worker = nullptr;
            }
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        m_thread.quit();
        m_thread.wait();
        m_context = nullptr;
    }
    return ok;
}

void EventApiServer::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_worker;
            m_worker = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_context = nullptr;
    m_port = 0;
}

} // namespace vigil
