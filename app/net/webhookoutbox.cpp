#include "net/webhookoutbox.h"

#include "store/database.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace vigil {

namespace {

QString nowText(qint64 offsetMs = 0)
{
    return QDateTime::currentDateTimeUtc().addMSecs(offsetMs).toString(Qt::ISODateWithMs);
}

bool retryable(int status, QNetworkReply::NetworkError error)
{
    if (status == 0)
        return error != QNetworkReply::ProtocolUnknownError; // network-level failure
    return status == 408 || status == 429 || status >= 500;
}

} // namespace

class WebhookOutbox::Worker
{
public:
    Worker(WebhookOutbox &owner) : m_owner(owner) {}

    bool open(QString *error)
    {
        m_db = Database::open(m_owner.m_dbPath, error);
        if (!m_db)
            return false;
        m_network = std::make_unique<QNetworkAccessManager>();
        QSqlQuery pending(m_db->connection());
        if (!pending.exec(QStringLiteral(
                "SELECT id, next_attempt_at FROM webhook_outbox WHERE state = 'pending'"))) {
            *error = pending.lastError().text();
            return false;
        }
        while (pending.next()) {
            const QDateTime due =
                QDateTime::fromString(pending.value(1).toString(), Qt::ISODateWithMs);
            schedule(pending.value(0).toLongLong(),
                     std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(due)));
        }
        return true;
    }

    void enqueue(qint64 alertId, const QUrl &url, const QByteArray &body)
    {
        QSqlQuery insert(m_db->connection());
        insert.prepare(QStringLiteral("INSERT INTO webhook_outbox (alert_id, url, body, "
                                      "next_attempt_at, created_at) VALUES (?,?,?,?,?)"));
        insert.addBindValue(alertId);
        insert.addBindValue(url.toString());
        insert.addBindValue(QString::fromUtf8(body));
        insert.addBindValue(nowText());
        insert.addBindValue(nowText());
        if (!insert.exec()) {
            emit m_owner.deliveryFailed(
                alertId, url,
                QStringLiteral("cannot store the delivery: %1").arg(insert.lastError().text()));
            return;
        }
        attempt(insert.lastInsertId().toLongLong());
    }

    ~Worker() = default;

private:
    void schedule(qint64 id, qint64 delayMs)
    {
        QTimer::singleShot(int(std::min<qint64>(delayMs, INT_MAX)), m_network.get(),
                           [this, id] { attempt(id); });
    }

    void attempt(qint64 id)
    {
        QSqlQuery row(m_db->connection());
        row.prepare(QStringLiteral("SELECT alert_id, url, body, attempts FROM webhook_outbox WHERE "
                                   "id = ? AND state = 'pending'"));
        row.addBindValue(id);
        if (!row.exec() || !row.next())
            return;
        const qint64 alertId = row.value(0).toLongLong();
        const QUrl url(row.value(1).toString());
        const QByteArray body = row.value(2).toString().toUtf8();
        const int attempts = row.value(3).toInt() + 1;
        row.finish();

        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Idempotency-Key", "vigil-outbox-" + QByteArray::number(id));
        request.setTransferTimeout(m_owner.m_config.requestTimeoutMs);
        QNetworkReply *reply = m_network->post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, m_network.get(),
                         [this, reply, id, alertId, url, attempts] {
                             reply->deleteLater();
                             finished(reply, id, alertId, url, attempts);
                         });
    }

    void finished(QNetworkReply *reply, qint64 id, qint64 alertId, const QUrl &url, int attempts)
    {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const WebhookOutboxConfig &config = m_owner.m_config;
        QSqlQuery update(m_db->connection());
        if (status >= 200 && status < 300) {
            update.prepare(QStringLiteral(
                "UPDATE webhook_outbox SET state = 'delivered', attempts = ? WHERE id = ?"));
            update.addBindValue(attempts);
            update.addBindValue(id);
            update.exec();
            emit m_owner.delivered(alertId, url, attempts);
            return;
        }
        const QString error = status ? QStringLiteral("HTTP %1").arg(status) : reply->errorString();
        if (!retryable(status, reply->error()) || attempts >= config.maxAttempts) {
            update.prepare(
                QStringLiteral("UPDATE webhook_outbox SET state = 'failed', attempts = ?, "
                               "last_error = ? WHERE id = ?"));
            update.addBindValue(attempts);
            update.addBindValue(error);
            update.addBindValue(id);
            update.exec();
            emit m_owner.deliveryFailed(alertId, url, error);
            return;
        }
        qint64 delay = config.firstRetryMs;
        for (int i = 1; i < attempts && delay < config.maxRetryMs; ++i)
            delay *= 2;
        delay = std::min<qint64>(delay, config.maxRetryMs);
        update.prepare(
            QStringLiteral("UPDATE webhook_outbox SET attempts = ?, next_attempt_at = ?, "
                           "last_error = ? WHERE id = ?"));
        update.addBindValue(attempts);
        update.addBindValue(nowText(delay));
        update.addBindValue(error);
        update.addBindValue(id);
        update.exec();
        emit m_owner.retrying(alertId, url, attempts, int(delay), error);
        schedule(id, delay);
    }

    WebhookOutbox &m_owner;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

WebhookOutbox::WebhookOutbox(QString dbPath, WebhookOutboxConfig config, QObject *parent)
    : QObject(parent), m_dbPath(std::move(dbPath)), m_config(config)
{
    m_thread.setObjectName(QStringLiteral("vigil-webhook-outbox"));
}

WebhookOutbox::~WebhookOutbox()
{
    stop();
}

bool WebhookOutbox::start(QString *error)
{
    if (m_worker)
        return true;
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_context,
        [this, &ok, error] {
            m_worker = new Worker(*this);
            ok = m_worker->open(error);
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

void WebhookOutbox::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_worker; // pending rows stay in the table for the next start()
            m_worker = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_context = nullptr;
}

void WebhookOutbox::enqueue(qint64 alertId, const QUrl &url, const QByteArray &jsonBody)
{
    if (!m_context)
        return;
    QMetaObject::invokeMethod(m_context, [this, alertId, url, jsonBody] {
        if (m_worker)
            m_worker->enqueue(alertId, url, jsonBody);
    });
}

} // namespace vigil
