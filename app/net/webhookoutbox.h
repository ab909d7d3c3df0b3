#pragma once
// WebhookOutbox: durable delivery of JSON notifications to dispatched units' HTTP endpoints.
// enqueue() first writes the delivery to the webhook_outbox table (schema v3), then POSTs it;
// failures (network, timeout, 408, 429, 5xx) are retried with exponential backoff (first delay
// doubling up to the maximum) until maxAttempts; other 4xx answers fail at once. Pending rows
// survive a restart: start() resumes them. Each POST carries "Idempotency-Key: vigil-outbox-<id>"
// so the receiver can drop a retry it already processed.
//
// Thread contract: the database connection, the QNetworkAccessManager and all timers live on the
// outbox's own thread. enqueue() is thread-safe; start()/stop() are called from the owning
// thread. Signals are emitted on the outbox thread (auto connections queue them).

#include <QByteArray>
#include <QObject>
#include <QThread>
#include <QUrl>

namespace vigil {

struct WebhookOutboxConfig
{
    int firstRetryMs = 1000;
    int maxRetryMs = 5 * 60 * 1000;
    int maxAttempts = 20;
    int requestTimeoutMs = 10000;
};

class WebhookOutbox : public QObject
{
    Q_OBJECT
public:
    WebhookOutbox(QString dbPath, WebhookOutboxConfig config = {}, QObject *parent = nullptr);
    ~WebhookOutbox() override;

    // Opens the store on the outbox thread and resumes pending deliveries.
    bool start(QString *error);
    void stop();
    void enqueue(qint64 alertId, const QUrl &url, const QByteArray &jsonBody);

signals:
    void delivered(qint64 alertId, const QUrl &url, int attempts);
    void retrying(qint64 alertId, const QUrl &url, int attempts, int delayMs, const QString &error);
    void deliveryFailed(qint64 alertId, const QUrl &url, const QString &error);

private:
    class Worker;

    QString m_dbPath;
    WebhookOutboxConfig m_config;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread
    Worker *m_worker = nullptr;   // lives on m_thread
};

} // namespace vigil
