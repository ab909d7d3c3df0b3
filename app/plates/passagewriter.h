#pragma once
// PassageWriter: stores passages on its own thread. Records are queued; each batch (up to
// kMaxBatch) first has its images written as files under the image directory, then is inserted
// in one transaction (one fsync per batch). committed() carries the records with their ids and
// image paths only after COMMIT. An image that cannot be written (disk full, unwritable folder)
// does not hold its passage back: the row is stored without that image, the failure is logged
// (category vigil.passages, naming the file and the system's reason) and reported through
// imageWriteFailed(). A failed insert (disk full, locked database) keeps the batch queued in
// order and retries it with backoff; writeFailed()/writeRecovered() report it. The queue holds
// at most kMaxPending records; beyond that the oldest are dropped and reported through
// writeFailed() with the count (never silently).
// Hotlist edits go through the same thread (audited by the store). Retention (prune()) runs
// there too, one bounded step per posted call, so queued inserts run between its steps; a sweep
// ends with the orphan check: image files in the day folders that no passage names (a crash
// between a file write and its insert) are deleted (see removeOrphanImages), one folder per step.
//
// Thread contract: every public method is thread-safe except the constructor/destructor (owner
// thread) and setImageFileWriter() (before start()). Signals are emitted on the writer thread
// (connect with auto/queued connections).

#include "plates/passageretention.h"
#include "plates/passagestorethread.h"

#include <QMutex>
#include <QObject>

#include <functional>

namespace vigil {

class PassageWriter : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxBatch = 1000;
    static constexpr int kMaxPending = 200000;
    // An image file no passage names is deleted only once it is this old (defensive: files are
    // written and inserted on this thread, so none is between the two when the check runs).
    static constexpr qint64 kOrphanGraceMs = 10 * 60 * 1000;

    // Writes one image file; false + `error` (naming the file and the reason) on failure. The
    // default writes through QSaveFile; tests inject failures (a full disk).
    using ImageFileWriter =
        std::function<bool(const QString &path, const QByteArray &bytes, QString *error)>;

    // `imageDir`: root for plate crops and vehicle snapshots ("<data dir>/passages").
    PassageWriter(PassageStoreThread::StoreFactory factory, QString imageDir,
                  QObject *parent = nullptr);
    ~PassageWriter() override; // commits what is queued (if it can), then stops

    void setImageFileWriter(ImageFileWriter writer);
    void start();
    void enqueue(PassageRecord record);
    void saveHotlistEntry(const HotlistEntry &entry, const QString &operatorLogin);
    void removeHotlistEntry(qint64 id, const QString &operatorLogin);
    // Blocks until everything queued is committed (true) or a batch failed (false).
    bool drain();
    // Starts a retention sweep for `now` (ignored while one runs): steps until nothing is due,
    // then the orphan check of the day folders, then pruneFinished(). Passages an alert keeps as
    // evidence are never pruned.
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
    // Images of a committed batch that could not be written; their passages were stored without
    // them. `error` names the first file and the reason, with the count.
    void imageWriteFailed(const QString &error);
    void writeRecovered();
    void hotlistSaved(const vigil::HotlistEntry &entry);
    void hotlistRemoved(qint64 id);
    void hotlistFailed(const QString &error);
    void pruneFinished(const vigil::PassagePruneTotals &totals);
    void retentionLoaded(const vigil::PassageRetention &retention);

private:
    bool flushNow(PassageStore *store); // writer thread
    void saveImages(PassageRecord &record, QStringList *failures);
    void scheduleRetry();
    struct PruneSweep
    {
        PassagePruneRequest request;
        PassagePruneTotals totals;
        QList<ImageDayFolder> orphanFolders; // day folders the orphan check still has to look at
        qint64 orphanCheckStartMs = 0;
        bool orphanCheckFailed = false;
    };
    // Writer thread:
    void pruneStep(PassageStore *store, std::shared_ptr<PruneSweep> sweep);
    void orphanStep(PassageStore *store, std::shared_ptr<PruneSweep> sweep);
    void finishSweep(const std::shared_ptr<PruneSweep> &sweep);
    QSet<QString> pendingImageNames() const;

    PassageStoreThread m_thread;
    QString m_imageDir;
    ImageFileWriter m_writeImage;
    quint64 m_imageSequence = 0; // writer thread
    bool m_pruning = false;      // writer thread
    // Writer thread: day folders changed before this (ms since the epoch) were checked for
    // orphans by an earlier sweep of this process; 0 = check every folder (the first sweep
    // after a start, which is when a crash's orphans are found).
    qint64 m_orphanCheckedBeforeMs = 0;

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
