#include "alerts/alertstorewriter.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QTimer>

namespace vigil {

AlertStoreWriter::AlertStoreWriter(StoreFactory factory, QObject *parent)
    : QObject(parent), m_factory(std::move(factory))
{
    qRegisterMetaType<vigil::Alert>();
    qRegisterMetaType<vigil::ActionLogEntry>();
    qRegisterMetaType<vigil::AlertStoreIds>();
    m_thread.setObjectName(QStringLiteral("vigil-alert-writer"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
}

AlertStoreWriter::~AlertStoreWriter()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_context,
            [this] {
                if (m_store)
                    flushNow();
                m_store.reset(); // the SQL connection dies on the thread that made it
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_context;
    }
}

void AlertStoreWriter::start()
{
    m_thread.start();
    post([this] {
        QString error;
        m_store = m_factory(&error);
        AlertStoreIds ids;
        if (m_store) {
            if (const auto last = m_store->lastIds(&error))
                ids = *last;
            else
                m_store.reset();
        }
        emit opened(m_store != nullptr, error, ids);
        if (m_store)
            flushNow(); // anything queued before the store was open
    });
}

void AlertStoreWriter::setRetryDelays(int firstMs, int maxMs)
{
    QMutexLocker lock(&m_mutex);
    m_firstRetryMs = firstMs;
    m_maxRetryMs = maxMs;
}

void AlertStoreWriter::post(std::function<void()> call)
{
    QMetaObject::invokeMethod(m_context, std::move(call), Qt::QueuedConnection);
}

quint64 AlertStoreWriter::enqueue(AlertWrite write)
{
    QMutexLocker lock(&m_mutex);
    const quint64 ticket = m_nextTicket++;
    m_pending.append({ticket, std::move(write)});
    // One posted flush collects everything queued until it runs: that is the batching.
    if (!m_flushScheduled && !m_failing) {
        m_flushScheduled = true;
        lock.unlock();
        post([this] {
            if (m_store)
                flushNow();
        });
    }
    return ticket;
}

bool AlertStoreWriter::flushNow()
{
    for (;;) {
        QList<Pending> batch;
        {
            QMutexLocker lock(&m_mutex);
            m_flushScheduled = false;
            if (m_pending.isEmpty())
                return true;
            const qsizetype count = std::min<qsizetype>(m_pending.size(), kMaxBatch);
            batch = m_pending.mid(0, count);
        }
        QList<AlertWrite> writes;
        writes.reserve(batch.size());
        for (const Pending &pending : std::as_const(batch))
            writes.append(pending.write);
        QString error;
        if (!m_store->applyBatch(writes, &error)) {
            bool firstFailure = false;
            {
                QMutexLocker lock(&m_mutex);
                firstFailure = !m_failing;
                m_failing = true;
            }
            if (firstFailure)
                emit writeFailed(error);
            scheduleRetry();
            return false;
        }
        QList<quint64> tickets;
        tickets.reserve(batch.size());
        bool recovered = false;
        {
            QMutexLocker lock(&m_mutex);
            m_pending.remove(0, batch.size());
            recovered = m_failing;
            m_failing = false;
            m_retryDelayMs = 0;
        }
        for (const Pending &pending : std::as_const(batch))
            tickets.append(pending.ticket);
        if (recovered)
            emit writeRecovered();
        emit committed(tickets);
    }
}

void AlertStoreWriter::scheduleRetry()
{
    int delay = 0;
    {
        QMutexLocker lock(&m_mutex);
        m_retryDelayMs =
            m_retryDelayMs == 0 ? m_firstRetryMs : std::min(m_retryDelayMs * 2, m_maxRetryMs);
        delay = m_retryDelayMs;
    }
    QTimer::singleShot(delay, m_context, [this] {
        if (m_store)
            flushNow();
    });
}

void AlertStoreWriter::requestAlerts(quint64 requestId, const AlertQuery &query)
{
    post([this, requestId, query] {
        QString error;
        std::optional<QList<Alert>> alerts;
        if (!m_store)
            error = QStringLiteral("alert store is not open");
        else {
            flushNow();
            alerts = m_store->loadAlerts(query, &error);
        }
        emit alertsLoaded(requestId, alerts.value_or(QList<Alert>()), error);
    });
}

void AlertStoreWriter::requestActions(qint64 alertId)
{
    post([this, alertId] {
        QString error;
        std::optional<QList<ActionLogEntry>> entries;
        if (!m_store)
            error = QStringLiteral("alert store is not open");
        else {
            flushNow();
            entries = m_store->loadActions(alertId, &error);
        }
        emit actionsLoaded(alertId, entries.value_or(QList<ActionLogEntry>()), error);
    });
}

bool AlertStoreWriter::drain()
{
    bool ok = false;
    QMetaObject::invokeMethod(
        m_context, [this, &ok] { ok = m_store && flushNow(); }, Qt::BlockingQueuedConnection);
    return ok;
}

} // namespace vigil
