// Passage images against a failing disk and a crash, on real SQLite files in a temp dir: a full
// disk (injected image writer that writes to /dev/full) or an image folder that cannot be
// created keeps the passage row without the image and logs the file and the reason; images left
// without a row (the process died between the file write and the insert) are deleted by the
// retention sweep, while named, queued, fresh and foreign files stay; the service's store seam
// (PassageService::start with a factory).
#include "alerts/clock.h"
#include "events/inprocesseventbus.h"
#include "passagestestsupport.h"
#include "plates/passageevents.h"
#include "plates/passageservice.h"
#include "plates/passagewriter.h"
#include "plates/sqlitepassagestore.h"
#include "store/database.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QMutex>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>

using namespace vigil;
using namespace vigil::test;
using vigil::testing::waitUntil;

namespace {

// Messages of the vigil.passages category, from any thread.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category) == "vigil.passages") {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

struct LogCapture
{
    LogCapture()
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
        g_previousHandler = qInstallMessageHandler(captureLog);
    }
    ~LogCapture() { qInstallMessageHandler(g_previousHandler); }
    QStringList lines() const
    {
        QMutexLocker lock(&g_logMutex);
        return g_log;
    }
};

// A disk with no space left: the bytes go to /dev/full, so the error is the system's own
// (ENOSPC) as QSaveFile would report it at commit.
bool writeToFullDisk(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile full(QStringLiteral("/dev/full"));
    QString reason = QStringLiteral("No space left on device");
    if (full.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (full.write(bytes) == bytes.size())
            return true; // not expected: /dev/full never accepts a byte
        reason = full.errorString();
    }
    *error = QStringLiteral("cannot write %1: %2").arg(path, reason);
    return false;
}

// The default writer's behaviour for plate crops, the full disk for vehicle snapshots.
bool fullForSnapshots(const QString &path, const QByteArray &bytes, QString *error)
{
    if (path.endsWith(QStringLiteral("-vehicle.jpg")))
        return writeToFullDisk(path, bytes, error);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

PassageRecord withImages(const QString &plate, const QDateTime &time)
{
    PassageRecord r = passage(plate, time, QStringLiteral("k1"));
    r.cropJpeg = QByteArray("\xff\xd8 crop of ") + plate.toUtf8();
    r.snapshotJpeg = QByteArray("\xff\xd8 vehicle of ") + plate.toUtf8();
    return r;
}

struct StoredRow
{
    QString plate;
    QString crop;
    QString snapshot;
};

QList<StoredRow> storedRows(const QString &dbPath)
{
    QString error;
    auto db = Database::open(dbPath, &error);
    REQUIRE(db);
    QSqlQuery select(db->connection());
    REQUIRE(select.exec(QStringLiteral("SELECT pl.plate, p.crop_path, p.snapshot_path FROM "
                                       "passages p JOIN plates pl ON pl.id = p.plate_id "
                                       "ORDER BY p.id")));
    QList<StoredRow> rows;
    while (select.next())
        rows.append(
            {select.value(0).toString(), select.value(1).toString(), select.value(2).toString()});
    return rows;
}

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Back-dates a file's modification time (not its folder's).
void ageFile(const QString &path, qint64 seconds)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-seconds),
                             QFileDevice::FileModificationTime));
}

// The SQLite store with inserts that fail while `failInserts` is set (a locked or full
// database), counting the connections the factory opened and on which threads.
class FlakyStore : public PassageStore
{
public:
    FlakyStore(std::unique_ptr<PassageStore> inner, std::atomic<bool> &failInserts,
               std::atomic<bool> &failImagePaths, std::atomic<int> &inserted)
        : m_inner(std::move(inner)), m_failInserts(failInserts), m_failImagePaths(failImagePaths),
          m_inserted(inserted)
    {}
    bool addPassages(QList<PassageRecord> &records, QString *error) override
    {
        if (m_failInserts) {
            *error = QStringLiteral("passage store: insert: database or disk is full");
            return false;
        }
        const bool ok = m_inner->addPassages(records, error);
        if (ok)
            m_inserted += int(records.size());
        return ok;
    }
    std::optional<PassagePage> search(const PassageQuery &query, QString *error) override
    {
        return m_inner->search(query, error);
    }
    std::optional<QList<PassageRecord>> track(const QString &plate, const QDateTime &from,
                                              const QDateTime &to, int limit,
                                              QString *error) override
    {
        return m_inner->track(plate, from, to, limit, error);
    }
    std::optional<QList<HotlistEntry>> hotlist(QString *error) override
    {
        return m_inner->hotlist(error);
    }
    std::optional<qint64> saveHotlistEntry(const HotlistEntry &entry, const QString &login,
                                           QString *error) override
    {
        return m_inner->saveHotlistEntry(entry, login, error);
    }
    bool removeHotlistEntry(qint64 id, const QString &login, QString *error) override
    {
        return m_inner->removeHotlistEntry(id, login, error);
    }
    std::optional<PassagePruneBatch> pruneBatch(const PassagePruneRequest &request,
                                                QString *error) override
    {
        return m_inner->pruneBatch(request, error);
    }
    std::optional<QSet<qint64>> evidencePassageIds(QString *error) override
    {
        return m_inner->evidencePassageIds(error);
    }
    std::optional<QStringList> imagePaths(qint64 fromMs, qint64 toMs, QString *error) override
    {
        if (m_failImagePaths) {
            *error = QStringLiteral("passage store: retention: image paths: disk I/O error");
            return std::nullopt;
        }
        return m_inner->imagePaths(fromMs, toMs, error);
    }

private:
    std::unique_ptr<PassageStore> m_inner;
    std::atomic<bool> &m_failInserts;
    std::atomic<bool> &m_failImagePaths;
    std::atomic<int> &m_inserted;
};

struct FlakyFactory
{
    std::atomic<bool> failInserts{false};
    std::atomic<bool> failImagePaths{false};
    std::atomic<int> inserted{0};
    std::atomic<int> opened{0};
    std::atomic<int> openedOnCallerThread{0};
    QThread *callerThread = QThread::currentThread();

    PassageStoreFactory factory(const QString &dbPath)
    {
        return [this, dbPath](QString *error) -> std::unique_ptr<PassageStore> {
            ++opened;
            if (QThread::currentThread() == callerThread)
                ++openedOnCallerThread;
            auto inner = SqlitePassageStore::open(dbPath, error);
            if (!inner)
                return nullptr;
            return std::make_unique<FlakyStore>(std::move(inner), failInserts, failImagePaths,
                                                inserted);
        };
    }
};

// Runs one retention sweep on the writer and returns its totals.
PassagePruneTotals sweep(PassageWriter &writer, const QDateTime &now)
{
    QObject receiver;
    std::optional<PassagePruneTotals> totals;
    QObject::connect(&writer, &PassageWriter::pruneFinished, &receiver,
                     [&](const PassagePruneTotals &t) { totals = t; });
    writer.prune(PassageRetention{}, now);
    REQUIRE(waitUntil([&] { return totals.has_value(); }, 10000));
    return *totals;
}

} // namespace

TEST_CASE("a full disk while writing passage images keeps the rows without the images and logs "
          "the file and the reason",
          "[passages][images]")
{
    REQUIRE(QFile::exists(QStringLiteral("/dev/full"))); // Linux: the full-disk device
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("vigil.db"));
    const QString imageDir = dir.filePath(QStringLiteral("passages"));
    LogCapture log;
    PassageWriter writer(SqlitePassageStore::factory(dbPath), imageDir);
    writer.setImageFileWriter(fullForSnapshots);
    QObject receiver;
    QStringList imageErrors;
    QStringList writeErrors;
    QList<PassageRecord> committed;
    QObject::connect(&writer, &PassageWriter::imageWriteFailed, &receiver,
                     [&](const QString &error) { imageErrors.append(error); });
    QObject::connect(&writer, &PassageWriter::writeFailed, &receiver,
                     [&](const QString &error) { writeErrors.append(error); });
    QObject::connect(&writer, &PassageWriter::committed, &receiver,
                     [&](const QList<PassageRecord> &records) { committed += records; });
    writer.start();
    const QStringList plates = {QStringLiteral("鄂C12345"), QStringLiteral("鄂A7K235"),
                                QStringLiteral("湘B00001")};
    for (int i = 0; i < plates.size(); ++i)
        writer.enqueue(withImages(plates.at(i), passageT0().addSecs(i)));
    REQUIRE(writer.drain());
    REQUIRE(waitUntil([&] { return committed.size() == plates.size(); }, 5000));

    // Every passage is stored, with its crop and without its snapshot.
    const QList<StoredRow> rows = storedRows(dbPath);
    REQUIRE(rows.size() == plates.size());
    for (int i = 0; i < rows.size(); ++i) {
        CAPTURE(i);
        CHECK(rows.at(i).plate == plates.at(i));
        CHECK(rows.at(i).snapshot.isEmpty());
        REQUIRE(QFile::exists(rows.at(i).crop));
        QFile crop(rows.at(i).crop);
        REQUIRE(crop.open(QIODevice::ReadOnly));
        CHECK(crop.readAll() == QByteArray("\xff\xd8 crop of ") + plates.at(i).toUtf8());
        CHECK(committed.at(i).snapshotPath.isEmpty());
        CHECK(committed.at(i).cropPath == rows.at(i).crop);
    }
    for (const QString &file : filesUnder(imageDir))
        CHECK_FALSE(file.endsWith(QStringLiteral("-vehicle.jpg")));
    // Not a store failure: nothing is retried or reported as "not saved".
    CHECK(writeErrors.isEmpty());
    CHECK(writer.pendingCount() == 0);
    // One report per batch, naming the count, the file and the system's reason.
    REQUIRE(waitUntil([&] { return !imageErrors.isEmpty(); }, 5000));
    const QString &report = imageErrors.first();
    CAPTURE(report.toStdString());
    CHECK(report.contains(QStringLiteral("3 passage image(s) not saved")));
    CHECK(report.contains(QStringLiteral("-vehicle.jpg")));
    CHECK(report.contains(QStringLiteral("No space left on device")));
    CHECK(report.contains(QStringLiteral("stored without them")));
    const QStringList logged = log.lines();
    REQUIRE(logged.size() == 1);
    CHECK(logged.first() == report);
}

TEST_CASE("an image folder that cannot be created keeps the passage without images",
          "[passages][images]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("vigil.db"));
    // A plain file where the image root's parent should be: mkpath fails even for root.
    writeFile(dir.filePath(QStringLiteral("blocked")), "not a folder");
    const QString imageDir = dir.filePath(QStringLiteral("blocked/passages"));
    LogCapture log;
    PassageWriter writer(SqlitePassageStore::factory(dbPath), imageDir);
    QObject receiver;
    QStringList imageErrors;
    QObject::connect(&writer, &PassageWriter::imageWriteFailed, &receiver,
                     [&](const QString &error) { imageErrors.append(error); });
    writer.start();
    writer.enqueue(withImages(QStringLiteral("鄂C54321"), passageT0()));
    REQUIRE(writer.drain());
    const QList<StoredRow> rows = storedRows(dbPath);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().plate == QStringLiteral("鄂C54321"));
    CHECK(rows.first().crop.isEmpty());
    CHECK(rows.first().snapshot.isEmpty());
    REQUIRE(waitUntil([&] { return imageErrors.size() == 1; }, 5000));
    CHECK(imageErrors.first().contains(QStringLiteral("2 passage image(s) not saved")));
    CHECK(imageErrors.first().contains(QStringLiteral("cannot create the image folder")));
    CHECK(imageErrors.first().contains(QStringLiteral("鄂C54321")));
    CHECK(log.lines().size() == 1);
}

TEST_CASE("retention deletes passage images no row names, after a crash between write and insert",
          "[passages][images][retention]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("vigil.db"));
    const QString imageDir = dir.filePath(QStringLiteral("passages"));
    const QDateTime now = passageT0().addDays(1);
    const QString day = imageDir + QStringLiteral("/20260304");

    // Process 1 stores two passages, then writes the images of two more and dies before their
    // insert: the store refuses the batch, and the writer is gone with its queue.
    FlakyFactory first;
    {
        PassageWriter writer(first.factory(dbPath), imageDir);
        writer.setRetryDelays(60000, 60000);
        writer.start();
        writer.enqueue(withImages(QStringLiteral("鄂C11111"), passageT0()));
        writer.enqueue(withImages(QStringLiteral("鄂C22222"), passageT0().addSecs(5)));
        REQUIRE(writer.drain());
        first.failInserts = true;
        writer.enqueue(withImages(QStringLiteral("鄂C33333"), passageT0().addSecs(10)));
        writer.enqueue(withImages(QStringLiteral("鄂C44444"), passageT0().addSecs(15)));
        CHECK_FALSE(writer.drain());
    }
    REQUIRE(first.inserted == 2);
    const QList<StoredRow> stored = storedRows(dbPath);
    REQUIRE(stored.size() == 2);
    const QStringList named = {stored.at(0).crop, stored.at(0).snapshot, stored.at(1).crop,
                               stored.at(1).snapshot};
    QStringList files = filesUnder(imageDir);
    REQUIRE(files.size() == 8); // 4 named + 4 orphans in the day folder
    QStringList orphans;
    for (const QString &file : files)
        if (!named.contains(file))
            orphans.append(file);
    REQUIRE(orphans.size() == 4);
    // More leftovers: a save file's temporary of the crash, a folder of a day without any
    // passage (both old); a fresh orphan (within the grace); a file outside the day folders.
    writeFile(day + QStringLiteral("/1772618400000-鄂C55555-9-plate.jpg.Ab12Cd"), "partial");
    writeFile(imageDir + QStringLiteral("/20260301/1772359200000-鄂C66666-1-plate.jpg"), "old");
    writeFile(imageDir + QStringLiteral("/exports/keep-me.jpg"), "not ours");
    const QString fresh = day + QStringLiteral("/1772618500000-鄂C77777-2-vehicle.jpg");
    writeFile(fresh, "fresh");
    for (const QString &file : filesUnder(imageDir))
        if (file != fresh)
            ageFile(file, 3600);

    // Process 2: its first sweep checks every day folder.
    FlakyFactory second;
    PassageWriter writer(second.factory(dbPath), imageDir);
    writer.setRetryDelays(60000, 60000);
    writer.start();
    // A batch failing now has its images written and queued: they are named by the queue.
    second.failInserts = true;
    writer.enqueue(withImages(QStringLiteral("鄂C88888"), passageT0().addSecs(20)));
    CHECK_FALSE(writer.drain());
    QStringList queued;
    for (const QString &file : filesUnder(day))
        if (file.contains(QStringLiteral("鄂C88888")))
            queued.append(file);
    REQUIRE(queued.size() == 2);
    for (const QString &file : queued)
        ageFile(file, 3600);

    PassagePruneTotals totals = sweep(writer, now);
    CAPTURE(totals.errors.join(QStringLiteral("; ")).toStdString());
    CHECK(totals.errors.isEmpty());
    CHECK(totals.passagesDeleted == 0);
    CHECK(totals.orphansRemoved == 6); // 4 of the crash, the temporary, the old day's file
    for (const QString &orphan : orphans)
        CHECK_FALSE(QFile::exists(orphan));
    CHECK_FALSE(QDir(imageDir + QStringLiteral("/20260301")).exists()); // emptied: removed
    for (const QString &file : named)
        CHECK(QFile::exists(file));
    for (const QString &file : queued)
        CHECK(QFile::exists(file));
    CHECK(QFile::exists(fresh));
    CHECK(QFile::exists(imageDir + QStringLiteral("/exports/keep-me.jpg")));

    // The queued batch goes in with the files it already wrote; the fresh orphan has aged: the
    // next sweep looks at the folder again (it changed after the last check's start - grace).
    second.failInserts = false;
    REQUIRE(writer.drain());
    ageFile(fresh, 3600);
    totals = sweep(writer, now);
    CHECK(totals.errors.isEmpty());
    CHECK(totals.orphansRemoved == 1);
    CHECK_FALSE(QFile::exists(fresh));
    const QList<StoredRow> after = storedRows(dbPath);
    REQUIRE(after.size() == 3);
    CHECK(after.at(2).plate == QStringLiteral("鄂C88888"));
    CHECK(queued.contains(after.at(2).crop));
    CHECK(queued.contains(after.at(2).snapshot));
    for (const QString &file : named + queued)
        CHECK(QFile::exists(file));
}

TEST_CASE("the orphan check deletes nothing when the store cannot name the day's images",
          "[passages][images][retention]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("vigil.db"));
    const QString imageDir = dir.filePath(QStringLiteral("passages"));
    FlakyFactory stores;
    PassageWriter writer(stores.factory(dbPath), imageDir);
    writer.start();
    writer.enqueue(withImages(QStringLiteral("鄂C12345"), passageT0()));
    REQUIRE(writer.drain());
    const QList<StoredRow> rows = storedRows(dbPath);
    REQUIRE(rows.size() == 1);
    const QString orphan =
        imageDir + QStringLiteral("/20260304/1772618400000-鄂C99999-7-plate.jpg");
    writeFile(orphan, "orphan");
    for (const QString &file : filesUnder(imageDir))
        ageFile(file, 3600);

    stores.failImagePaths = true;
    PassagePruneTotals totals = sweep(writer, passageT0());
    REQUIRE(totals.errors.size() == 1);
    CHECK(totals.errors.first().contains(QStringLiteral("image paths")));
    CHECK(totals.orphansRemoved == 0);
    CHECK(QFile::exists(orphan));
    CHECK(QFile::exists(rows.first().crop));
    CHECK(QFile::exists(rows.first().snapshot));

    // The failed folder is checked again by the next sweep.
    stores.failImagePaths = false;
    totals = sweep(writer, passageT0());
    CHECK(totals.errors.isEmpty());
    CHECK(totals.orphansRemoved == 1);
    CHECK_FALSE(QFile::exists(orphan));
    CHECK(QFile::exists(rows.first().crop));
    CHECK(QFile::exists(rows.first().snapshot));
}

TEST_CASE("the passage service runs on the store its factory opens", "[passages][service]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("vigil.db"));
    FlakyFactory stores;
    ManualClock clock(passageT0());
    InProcessEventBus bus;
    PassageService service(bus, clock);
    QList<PassageRecord> stored;
    QObject::connect(&service, &PassageService::passagesStored,
                     [&](const QList<PassageRecord> &records) { stored += records; });
    service.start(stores.factory(dbPath), dir.path(), checkpointSite());
    // One connection for the writer, one for the reader, each opened on its own thread.
    REQUIRE(waitUntil([&] { return stores.opened == 2; }, 5000));
    CHECK(stores.openedOnCallerThread == 0);
    Event read;
    read.source = EventSource::External;
    read.type = kPlateReadType;
    read.cameraId = QStringLiteral("cam-k3");
    read.time = passageT0();
    read.details = QJsonObject{{QStringLiteral("plate"), QStringLiteral("鄂C12345")},
                               {QStringLiteral("confidence"), 0.9}};
    bus.publish(read);
    REQUIRE(waitUntil([&] { return stored.size() == 1; }, 5000));
    CHECK(stores.inserted == 1);
    CHECK(stored.first().checkpointId == QStringLiteral("k3"));
    const QList<StoredRow> rows = storedRows(dbPath);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().plate == QStringLiteral("鄂C12345"));
}
