#pragma once
// EventApiServer: the local HTTP JSON API through which external systems (access control, fire
// panels, third-party analytics) report events: POST /api/v1/events (see eventjson.h for the
// body), POST /api/v1/passages (plates/passagejson.h: a checkpoint system's vehicle pass,
// published as a `plate_read` event), GET /api/v1/health. Plain QTcpServer (Qt HttpServer is
// not in Debian 12) with a strict parser (httprequestparser.h), bearer token (401), JSON
// validation (400 naming the field), Idempotency-Key replay for 24 h (kept in the database when
// EventApiConfig::idempotencyDbPath is set, so across restarts too; pruned hourly; keys of the
// two POST routes kept apart), token-bucket rate limit (429), size limits (413), one request per
// connection. Bound to 127.0.0.1 unless configured otherwise. Accepted events are
// published on the EventBus.
//
// Thread contract: the listening socket and all connections live on the server's own thread.
// start()/stop() and the accessors are called from the owning thread. Signals are emitted on
// the server thread (auto connections queue them). The bus and clock must outlive the server.

#include "events/eventbus.h"
#include "net/eventjson.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QThread>

#include <memory>

namespace vigil {

class Clock;

struct EventApiConfig
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0 = any free port (see EventApiServer::port())
    QByteArray token; // required: the server refuses to start without one
    double ratePerSec = 50;
    double burst = 200;
    qsizetype maxHeaderBytes = 16 * 1024;
    qsizetype maxBodyBytes = 256 * 1024;
    int requestTimeoutMs = 10000; // slow clients get 408
    int maxConnections = 64;
    qint64 idempotencyRetentionSecs = 24 * 3600;
    // SQLite file for the Idempotency-Key answers (survive a restart); empty = memory only.
    QString idempotencyDbPath;
    // The site's doors: an event with "door_id" names one of them (unknown: 422) and reaches
    // the analytics of its cameras (details.door). Fixed for the server's lifetime.
    DoorMap doors;
};

class EventApiServer : public QObject
{
    Q_OBJECT
public:
    EventApiServer(EventBus &bus, const Clock &clock, EventApiConfig config,
                   QObject *parent = nullptr);
    ~EventApiServer() override;

    // Starts the thread and listens; false + `error` (e.g. port in use, no token).
    bool start(QString *error);
    void stop();
    quint16 port() const { return m_port; }
    QHostAddress address() const { return m_config.address; }

signals:
    void eventAccepted(const vigil::Event &event);
    void requestRejected(int status, const QString &error, const QString &field);

private:
    class Worker;

    EventBus &m_bus;
    const Clock &m_clock;
    EventApiConfig m_config;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; posted calls run in its context
    Worker *m_worker = nullptr;   // lives on m_thread
    quint16 m_port = 0;
};

} // namespace vigil
