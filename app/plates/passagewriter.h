#pragma once
// PassageWriter: stores passages on its own thread. Records are queued; each batch (up to
// kMaxBatch) first has its images written as files under the image directory, then is inserted
// in one transaction (one fsync per batch). committed() carries the records with their ids and
// image paths only after COMMIT. A failed batch (disk full, unwritable image folder) stays
// queued in order and is retried with backoff; writeFailed()/writeRecovered() report it. The
// queue holds at most kMaxPending records; beyond that the oldest are dropped and reported
// through writeFailed() with the count (never silently).
// Hotlist edits go through the same thread (audited by the store). Retention (prune()) runs
// there too, one bounded step per posted call, so queued inserts run between its steps.
//
// Thread contract: every public method is thread-safe except the constructor/destructor (owner
// thread). Signals are emitted on the writer thread (connect with auto/queued connections).

#include "plates/passageretention.h"
#include "plates/passagestorethread.h"

#include <QMutex>
#include <QObject>

namespace vigil {

class PassageWriter : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxBatch = 1000;
    static constexpr int kMaxPending = 200000;

    // `imageDir`: root for plate crops and vehicle snapshots ("<data dir>/passages").
    PassageWriter(PassageStoreThread::StoreFactory factory, QString imageDir,
                  QObject *parent = nullptr);
    ~PassageWriter() override; // commits what is queued (if it can), then stops

    void start();
    void enqueue(PassageRecord record);
    void saveHotlistEntry(const HotlistEntry &entry, const QString &operatorLogin);
    void removeHotlistEntry(qint64 id, const QString &operatorLogin);
    // Blocks until everything queued is committed (true) or a batch failed (false).
    bool drain();
    // Starts a retention sweep for `now` (ignored while one runs): steps until nothing is due,
    // then pruneFinished(). Passages an alert keeps as evidence are never pruned.
    void prune(const PassageRetention &retention, const QDateTime &now);
    // Reads the retention of recording.json `path` on the writer thread → retentionLoaded().
    // Its problems are not repeated here: the recording session reports that file's errors.
    void loadRetention(const QString &path);
    void setRetryDelays(int firstMs, int maxMs);
    qsizetype pendingCount() const;
    QString imageDir() const { return m_imageDir; }

signals:
    void opened(bool ok, const QString &error);
    void committed(const QList<vigil::PassageRecord> &records);
    void writeFailed(const QString &error);
    void writeRecovered();
    void hotlistSaved(const vigil::HotlistEntry &entry);
    void hotlistRemoved(qint64 id);
    void hotlistFailed(const QString &error);
    void pruneFinished(const vigil::PassagePruneTotals &totals);
    void retentionLoaded(const vigil::PassageRetention &retention);

private:
    bool flushNow(PassageStore *store); // writer thread
    bool saveImages(PassageRecord &record, QString *error);
    void scheduleRetry();
    struct PruneSweep
    {
        PassagePruneRequest request;
        PassagePruneTotals totals;
    };
    void pruneStep(PassageStore *store, std::shared_ptr<PruneSweep> sweep); // writer thread

    PassageStoreThread m_thread;
    QString m_imageDir;
    quint64 m_imageSequence = 0; // writer thread
    bool m_pruning = false;      // writer thread

    mutable QMutex m_mutex; // guards the fields below
    QList<PassageRecord> m_pending;
    bool m_flushScheduled = false;
    bool m_failing = false;
    qint64 m_droppedTotal = 0; // records dropped from the front since start
    int m_retryDelayMs = 0;
    int m_firstRetryMs = 200;
    int m_maxRetryMs = 5000;
};

} // namespace vigil
