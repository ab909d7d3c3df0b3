#include "plates/passagewriter.h"

#include "recording/recordingsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSaveFile>

namespace vigil {

namespace {

Q_LOGGING_CATEGORY(lcPassages, "vigil.passages")

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

PassageWriter::PassageWriter(PassageStoreThread::StoreFactory factory, QString imageDir,
                             QObject *parent)
    : QObject(parent), m_thread(std::move(factory), QStringLiteral("vigil-passage-writer")),
      m_imageDir(std::move(imageDir)), m_writeImage(writeFile)
{
    qRegisterMetaType<vigil::PassageRecord>();
    qRegisterMetaType<vigil::HotlistEntry>();
    qRegisterMetaType<QList<vigil::PassageRecord>>();
    qRegisterMetaType<vigil::PassagePruneTotals>();
    qRegisterMetaType<vigil::PassageRetention>();
}

PassageWriter::~PassageWriter()
{
    m_thread.stop([this](PassageStore *store) {
        if (store)
            flushNow(store);
    });
}

void PassageWriter::setImageFileWriter(ImageFileWriter writer)
{
    m_writeImage = writer ? std::move(writer) : ImageFileWriter(writeFile);
}

void PassageWriter::start()
{
    m_thread.start([this](bool ok, const QString &error) { emit opened(ok, error); });
    m_thread.post([this](PassageStore *store) {
        if (store)
            flushNow(store); // anything queued before the store was open
    });
}

void PassageWriter::setRetryDelays(int firstMs, int maxMs)
{
    QMutexLocker lock(&m_mutex);
    m_firstRetryMs = firstMs;
    m_maxRetryMs = maxMs;
}

qsizetype PassageWriter::pendingCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_pending.size();
}

void PassageWriter::enqueue(PassageRecord record)
{
    QMutexLocker lock(&m_mutex);
    m_pending.append(std::move(record));
    qsizetype dropped = 0;
    if (m_pending.size() > kMaxPending) {
        dropped = m_pending.size() - kMaxPending;
        m_pending.remove(0, dropped);
        m_droppedTotal += dropped;
    }
    // One posted flush collects everything queued until it runs: that is the batching.
    const bool post = !m_flushScheduled && !m_failing;
    if (post)
        m_flushScheduled = true;
    lock.unlock();
    if (dropped > 0)
        emit writeFailed(tr("%n passage record(s) dropped: the store has not accepted writes "
                            "for too long",
                            nullptr, int(dropped)));
    if (post)
        m_thread.post([this](PassageStore *store) {
            if (store)
                flushNow(store);
        });
}

void PassageWriter::saveImages(PassageRecord &record, QStringList *failures)
{
    if (record.cropJpeg.isEmpty() && record.snapshotJpeg.isEmpty())
        return;
    const QDateTime time =
        record.time.isValid() ? record.time.toUTC() : QDateTime::currentDateTimeUtc();
    const QString dir = m_imageDir + QLatin1Char('/') + time.toString(QStringLiteral("yyyyMMdd"));
    const QString stem = QStringLiteral("%1/%2-%3-%4")
                             .arg(dir)
                             .arg(time.toMSecsSinceEpoch())
                             .arg(record.plate)
                             .arg(++m_imageSequence);
    const bool folderOk = QDir().mkpath(dir);
    // A failed image is dropped from this copy of the record only: the queued record keeps its
    // bytes, so a batch whose insert fails tries the image again with it.
    const auto save = [&](QByteArray &bytes, QString &path, const char *suffix) {
        if (bytes.isEmpty())
            return;
        const QString file = stem + QLatin1String(suffix);
        QString error;
        if (!folderOk)
            error = QStringLiteral("cannot create the image folder %1").arg(dir);
        else if (m_writeImage(file, bytes, &error))
            path = file;
        if (path.isEmpty())
            failures->append(QStringLiteral("%1 (passage %2 at %3)")
                                 .arg(error, record.plate, time.toString(Qt::ISODate)));
        bytes.clear();
    };
    save(record.cropJpeg, record.cropPath, "-plate.jpg");
    save(record.snapshotJpeg, record.snapshotPath, "-vehicle.jpg");
}

bool PassageWriter::flushNow(PassageStore *store)
{
    for (;;) {
        QList<PassageRecord> batch;
        qint64 droppedBefore = 0;
        {
            QMutexLocker lock(&m_mutex);
            m_flushScheduled = false;
            droppedBefore = m_droppedTotal;
            if (m_pending.isEmpty())
                return true;
            batch = m_pending.mid(0, std::min<qsizetype>(m_pending.size(), kMaxBatch));
        }
        QString error;
        QStringList imageFailures;
        for (PassageRecord &record : batch)
            saveImages(record, &imageFailures);
        if (!store->addPassages(batch, &error)) {
            bool firstFailure = false;
            {
                QMutexLocker lock(&m_mutex);
                // Keep the image paths already written so a retry does not write them again.
                // Records dropped meanwhile left the front of the queue (batch items first).
                const qsizetype gone = qsizetype(m_droppedTotal - droppedBefore);
                for (qsizetype i = gone; i < batch.size() && i - gone < m_pending.size(); ++i) {
                    PassageRecord &queued = m_pending[i - gone];
                    if (!batch[i].cropPath.isEmpty() && queued.cropPath.isEmpty()) {
                        queued.cropPath = batch[i].cropPath;
                        queued.cropJpeg.clear();
                    }
                    if (!batch[i].snapshotPath.isEmpty() && queued.snapshotPath.isEmpty()) {
                        queued.snapshotPath = batch[i].snapshotPath;
                        queued.snapshotJpeg.clear();
                    }
                }
                firstFailure = !m_failing;
                m_failing = true;
            }
            if (firstFailure)
                emit writeFailed(error);
            scheduleRetry();
            return false;
        }
        bool recovered = false;
        {
            QMutexLocker lock(&m_mutex);
            const qsizetype gone =
                std::min<qsizetype>(batch.size(), qsizetype(m_droppedTotal - droppedBefore));
            m_pending.remove(0, batch.size() - gone);
            recovered = m_failing;
            m_failing = false;
            m_retryDelayMs = 0;
        }
        if (recovered)
            emit writeRecovered();
        if (!imageFailures.isEmpty()) {
            const QString message =
                tr("%n passage image(s) not saved; the passages are stored without them. First: "
                   "%1",
                   nullptr, int(imageFailures.size()))
                    .arg(imageFailures.first());
            qCWarning(lcPassages).noquote() << message;
            emit imageWriteFailed(message);
        }
        emit committed(batch);
    }
}

void PassageWriter::scheduleRetry()
{
    int delay = 0;
    {
        QMutexLocker lock(&m_mutex);
        m_retryDelayMs =
            m_retryDelayMs == 0 ? m_firstRetryMs : std::min(m_retryDelayMs * 2, m_maxRetryMs);
        delay = m_retryDelayMs;
    }
    m_thread.postDelayed(delay, [this](PassageStore *store) {
        if (store)
            flushNow(store);
    });
}

bool PassageWriter::drain()
{
    bool ok = false;
    m_thread.postBlocking([this, &ok](PassageStore *store) { ok = store && flushNow(store); });
    return ok;
}

void PassageWriter::saveHotlistEntry(const HotlistEntry &entry, const QString &operatorLogin)
{
    m_thread.post([this, entry, operatorLogin](PassageStore *store) {
        QString error = QStringLiteral("passage store is not open");
        if (store) {
            if (const auto id = store->saveHotlistEntry(entry, operatorLogin, &error)) {
                HotlistEntry saved = entry;
                saved.id = *id;
                emit hotlistSaved(saved);
                return;
            }
        }
        emit hotlistFailed(error);
    });
}

void PassageWriter::removeHotlistEntry(qint64 id, const QString &operatorLogin)
{
    m_thread.post([this, id, operatorLogin](PassageStore *store) {
        QString error = QStringLiteral("passage store is not open");
        if (store && store->removeHotlistEntry(id, operatorLogin, &error)) {
            emit hotlistRemoved(id);
            return;
        }
        emit hotlistFailed(error);
    });
}

void PassageWriter::prune(const PassageRetention &retention, const QDateTime &now)
{
    const PassagePruneRequest request = pruneRequestFor(retention, now);
    m_thread.post([this, request](PassageStore *store) {
        if (m_pruning)
            return; // the running sweep covers this one
        auto sweep = std::make_shared<PruneSweep>();
        sweep->request = request;
        QString error = QStringLiteral("passage store is not open");
        const auto evidence = store ? store->evidencePassageIds(&error) : std::nullopt;
        if (!evidence) {
            // Without the evidence list nothing may go: an alert could lose its passage.
            sweep->totals.errors.append(error);
            emit pruneFinished(sweep->totals);
            return;
        }
        sweep->request.keep = *evidence;
        sweep->totals.evidencePassages = int(evidence->size());
        m_pruning = true;
        pruneStep(store, sweep);
    });
}

void PassageWriter::loadRetention(const QString &path)
{
    m_thread.post([this, path](PassageStore *) {
        const RecordingSettings settings =
            RecordingSettingsReader::loadFile(path, RecordingSettings{}).settings;
        PassageRetention retention;
        retention.passageDays = settings.passageRetentionDays;
        retention.imageDays = settings.passageImageRetentionDays;
        emit retentionLoaded(retention);
    });
}

void PassageWriter::pruneStep(PassageStore *store, std::shared_ptr<PruneSweep> sweep)
{
    QString error;
    const auto batch = store ? store->pruneBatch(sweep->request, &error) : std::nullopt;
    if (!batch) {
        sweep->totals.errors.append(error.isEmpty() ? QStringLiteral("passage store is not open")
                                                    : error);
        finishSweep(sweep);
        return;
    }
    PassagePruneTotals &totals = sweep->totals;
    ++totals.steps;
    totals.passagesDeleted += batch->passagesDeleted;
    totals.imagesCleared += batch->imagesCleared;
    totals.platesDeleted += batch->platesDeleted;
    // After the commit: a file is deleted only once no row names it.
    totals.filesRemoved += removeImageFiles(batch->imageFiles, &totals.errors);
    if (!batch->more) {
        // The rows are done: the orphan check follows, one day folder per posted step. Folders
        // unchanged since the last check of this process are skipped.
        sweep->orphanCheckStartMs = QDateTime::currentMSecsSinceEpoch();
        sweep->orphanFolders = imageDayFolders(m_imageDir, m_orphanCheckedBeforeMs);
        m_thread.post([this, sweep](PassageStore *next) { orphanStep(next, sweep); });
        return;
    }
    // Posted, not looped: inserts queued meanwhile get the thread between two steps.
    m_thread.post([this, sweep](PassageStore *next) { pruneStep(next, sweep); });
}

QSet<QString> PassageWriter::pendingImageNames() const
{
    QSet<QString> names;
    QMutexLocker lock(&m_mutex);
    for (const PassageRecord &record : m_pending) {
        if (!record.cropPath.isEmpty())
            names.insert(QFileInfo(record.cropPath).fileName());
        if (!record.snapshotPath.isEmpty())
            names.insert(QFileInfo(record.snapshotPath).fileName());
    }
    return names;
}

void PassageWriter::orphanStep(PassageStore *store, std::shared_ptr<PruneSweep> sweep)
{
    if (sweep->orphanFolders.isEmpty()) {
        finishSweep(sweep);
        return;
    }
    const ImageDayFolder folder = sweep->orphanFolders.takeFirst();
    QString error = QStringLiteral("passage store is not open");
    const auto paths =
        store ? store->imagePaths(folder.dayStartMs, folder.dayStartMs + 24ll * 3600 * 1000, &error)
              : std::nullopt;
    if (!paths) {
        // Without the day's names nothing may go: every file would look like an orphan.
        sweep->orphanCheckFailed = true;
        sweep->totals.errors.append(error);
    } else {
        // Compared by file name, not path: a data folder moved elsewhere keeps its rows' old
        // absolute paths, and its images must not look like orphans for that.
        QSet<QString> keep = pendingImageNames();
        for (const QString &path : *paths)
            keep.insert(QFileInfo(path).fileName());
        const int removed = removeOrphanImages(
            folder.path, keep, sweep->orphanCheckStartMs - kOrphanGraceMs, &sweep->totals.errors);
        if (removed > 0)
            qCInfo(lcPassages).noquote()
                << QStringLiteral("passage retention: deleted %1 orphan image file(s) in %2 (no "
                                  "passage names them)")
                       .arg(removed)
                       .arg(folder.path);
        sweep->totals.orphansRemoved += removed;
    }
    m_thread.post([this, sweep](PassageStore *next) { orphanStep(next, sweep); });
}

void PassageWriter::finishSweep(const std::shared_ptr<PruneSweep> &sweep)
{
    // Files younger than the grace were left for the next sweep: their folders changed after
    // (check start - grace), so that sweep looks at them again. A failed folder is retried too.
    if (!sweep->orphanCheckFailed && sweep->orphanCheckStartMs > 0)
        m_orphanCheckedBeforeMs = sweep->orphanCheckStartMs - kOrphanGraceMs;
    m_pruning = false;
    emit pruneFinished(sweep->totals);
}

} // namespace vigil
