#pragma once
// AlertStoreWriter: runs an AlertStore on its own thread. Writes are queued, then applied in
// batches of up to kMaxBatch per transaction (one fsync for many events under heavy ingest);
// committed() reports their tickets only after COMMIT returned, so an action is never shown as
// done before it is durable. A failed batch (disk full, locked file) stays queued in order and
// is retried with backoff; writeFailed()/writeRecovered() drive the UI banner.
//
// Thread contract: enqueue(), request*() and drain() are thread-safe (drain() must not be
// called from a slot connected to this writer's signals with a direct connection). Signals are
// emitted on the writer thread: connect with the default (auto → queued) connection. The store
// is created, used and destroyed on the writer thread only.

#include "alerts/alertstore.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace vigil {

class AlertStoreWriter : public QObject
{
    Q_OBJECT
public:
    using StoreFactory = std::function<std::unique_ptr<AlertStore>(QString *error)>;
    static constexpr int kMaxBatch = 1000;

    explicit AlertStoreWriter(StoreFactory factory, QObject *parent = nullptr);
    ~AlertStoreWriter() override; // commits what is queued (if it can), then stops the thread

    // Starts the thread and opens the store there; opened() reports the outcome.
    void start();
    // Queues a write; the returned ticket comes back in committed().
    quint64 enqueue(AlertWrite write);
    // Reads see every write queued before them (the queue is flushed first).
    void requestAlerts(quint64 requestId, const AlertQuery &query);
    void requestActions(qint64 alertId);
    // Blocks until the queue is committed (true) or a batch failed (false).
    bool drain();

    // Retry delays after a failed batch: doubling from the first to the last.
    void setRetryDelays(int firstMs, int maxMs);

signals:
    void opened(bool ok, const QString &error, const vigil::AlertStoreIds &ids);
    void committed(const QList<quint64> &tickets);
    void writeFailed(const QString &error);
    void writeRecovered();
    void alertsLoaded(quint64 requestId, const QList<vigil::Alert> &alerts, const QString &error);
    void actionsLoaded(qint64 alertId, const QList<vigil::ActionLogEntry> &entries,
                       const QString &error);

private:
    struct Pending
    {
        quint64 ticket = 0;
        AlertWrite write;
    };

    void post(std::function<void()> call);
    bool flushNow(); // writer thread: false when a batch failed
    void scheduleRetry();

    StoreFactory m_factory;
    QThread m_thread;
    QObject *m_context = nullptr;        // lives on m_thread; posted calls run in its context
    std::unique_ptr<AlertStore> m_store; // writer thread only

    QMutex m_mutex; // guards the fields below
    QList<Pending> m_pending;
    quint64 m_nextTicket = 1;
    bool m_flushScheduled = false;
    bool m_failing = false;
    int m_retryDelayMs = 0;
    int m_firstRetryMs = 200;
    int m_maxRetryMs = 5000;
};

} // namespace vigil

Q_DECLARE_METATYPE(vigil::AlertStoreIds)
