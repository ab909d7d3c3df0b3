// Segment index, gap logic, evidence locks and retention (injected clock and free space) over a
// real SQLite store in a temp folder, with real files.
#include "recording/retention.h"
#include "recording/segmentindex.h"
#include "store/database.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace vigil;

namespace {

constexpr qint64 kDay = 24ll * 3600 * 1000;
constexpr qint64 kT0 = 1'700'000'000'000;

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<SegmentIndex> index;
    Store()
    {
        REQUIRE(dir.isValid());
        QString error;
        db = Database::open(dir.filePath(QStringLiteral("vigil.db")), &error);
        INFO(error.toStdString());
        REQUIRE(db);
        index = std::make_unique<SegmentIndex>(db->connection());
    }
    // A closed segment with a real file of `bytes` bytes under <dir>/rec.
    qint64 add(const QString &camera, qint64 start, qint64 end, qint64 bytes = 1000)
    {
        const QString path = dir.filePath(QStringLiteral("rec/%1/%2.mp4").arg(camera).arg(start));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(int(bytes), 'x'));
        SegmentRecord segment;
        segment.cameraId = camera;
        segment.startMs = start;
        segment.endMs = end;
        segment.path = path;
        segment.bytes = bytes;
        QString error;
        const qint64 id = index->insertSegment(segment, &error);
        INFO(error.toStdString());
        REQUIRE(id > 0);
        return id;
    }
};

} // namespace

TEST_CASE("Gaps are the spans no segment covers, named by the recorded cause", "[recording][index]")
{
    Store store;
    store.add(QStringLiteral("c1"), kT0, kT0 + 60'000);
    store.add(QStringLiteral("c1"), kT0 + 60'000, kT0 + 120'000);  // contiguous
    store.add(QStringLiteral("c1"), kT0 + 150'000, kT0 + 180'000); // 30 s hole before it
    store.add(QStringLiteral("c2"), kT0, kT0 + 180'000);           // other camera: no effect
    REQUIRE(store.index->recordGap(GapRecord{QStringLiteral("c1"), kT0 + 120'000, kT0 + 150'000,
                                             QStringLiteral("disk_full")}));

    const QList<GapRecord> gaps =
        store.index->gaps(QStringLiteral("c1"), kT0 - 10'000, kT0 + 200'000);
    REQUIRE(gaps.size() == 3);
    CHECK(gaps[0].startMs == kT0 - 10'000);
    CHECK(gaps[0].endMs == kT0);
    CHECK(gaps[0].reason == QStringLiteral("no_recording"));
    CHECK(gaps[1].startMs == kT0 + 120'000);
    CHECK(gaps[1].endMs == kT0 + 150'000);
    CHECK(gaps[1].reason == QStringLiteral("disk_full"));
    CHECK(gaps[2].startMs == kT0 + 180'000);
    CHECK(gaps[2].endMs == kT0 + 200'000);

    // A range fully recorded has no gap; sub-tolerance slivers are ignored.
    store.add(QStringLiteral("c3"), kT0, kT0 + 10'000);
    store.add(QStringLiteral("c3"), kT0 + 10'500, kT0 + 20'000);
    CHECK(store.index->gaps(QStringLiteral("c3"), kT0, kT0 + 20'000, 1000).isEmpty());
    CHECK(store.index->gaps(QStringLiteral("c3"), kT0, kT0 + 20'000, 100).size() == 1);

    const QList<SegmentRecord> overlapping =
        store.index->segments(QStringLiteral("c1"), kT0 + 59'000, kT0 + 61'000);
    REQUIRE(overlapping.size() == 2);
    CHECK(overlapping[0].startMs < overlapping[1].startMs);
}

TEST_CASE("Retention deletes footage older than the camera's days, never a locked range",
          "[recording][retention]")
{
    Store store;
    const QString c1 = QStringLiteral("c1");
    // Ten days of one segment per day for c1 and c2.
    for (int day = 0; day < 10; ++day) {
        store.add(c1, kT0 + day * kDay, kT0 + day * kDay + 60'000);
        store.add(QStringLiteral("c2"), kT0 + day * kDay, kT0 + day * kDay + 60'000);
    }
    // Day 1 of c1 is evidence.
    EvidenceLock lock{0,
                      c1,
                      kT0 + kDay + 10'000,
                      kT0 + kDay + 20'000,
                      QStringLiteral("export"),
                      QStringLiteral("case 7")};
    REQUIRE(store.index->addLock(lock) > 0);
    CHECK(store.index->isLocked(c1, kT0 + kDay, kT0 + kDay + 60'000));
    CHECK_FALSE(store.index->isLocked(c1, kT0, kT0 + 60'000));
    CHECK_FALSE(store.index->isLocked(QStringLiteral("c2"), kT0 + kDay, kT0 + kDay + 60'000));

    qint64 now = kT0 + 10 * kDay; // injected clock
    RetentionSweeper sweeper(*store.index);
    sweeper.setClock([&now] { return now; });
    sweeper.setFreeSpaceProbe([](const QString &) { return qint64(1) << 40; });
    sweeper.setRetentionDays(c1, 7);
    sweeper.setRetentionDays(QStringLiteral("c2"), 3);

    const QString firstFile = store.index->segments(c1, kT0, kT0 + 1).first().path;
    RetentionResult result = sweeper.sweep();
    CHECK(result.errors.isEmpty());
    // c1: days 0..2 end before now-7d → 3 expired, day 1 locked → 2 deleted. c2: days 0..6 → 7.
    CHECK(result.deletedSegments == 2 + 7);
    CHECK_FALSE(QFile::exists(firstFile));
    const QList<SegmentRecord> left = store.index->segments(c1, 0, kT0 + 20 * kDay);
    REQUIRE(left.size() == 8);
    CHECK(left.first().startMs == kT0 + kDay); // the locked day survived
    CHECK(QFile::exists(left.first().path));
    CHECK(store.index->segments(QStringLiteral("c2"), 0, kT0 + 20 * kDay).size() == 3);

    // A day later one more segment of c1 expires; the locked one still stays.
    now += kDay;
    result = sweeper.sweep();
    CHECK(result.deletedSegments == 1 + 1);
    CHECK(store.index->segments(c1, 0, kT0 + 2 * kDay).size() == 1);
}

TEST_CASE("The free-space reserve deletes the oldest unlocked footage first",
          "[recording][retention]")
{
    Store store;
    const QString storage = store.dir.filePath(QStringLiteral("rec"));
    for (int i = 0; i < 6; ++i)
        store.add(QStringLiteral("c%1").arg(i % 2), kT0 + i * 60'000, kT0 + (i + 1) * 60'000, 100);
    // Oldest segment (c0 at kT0) is evidence.
    REQUIRE(store.index->addLock(EvidenceLock{
                0, QStringLiteral("c0"), kT0, kT0 + 1000, QStringLiteral("alert"), {}}) > 0);
    // Free space grows by what is deleted; the reserve needs 250 more bytes → 3 deletions.
    qint64 freeBytes = 1000;
    RetentionSweeper sweeper(*store.index);
    sweeper.setClock([] { return kT0; });
    sweeper.setFreeSpaceProbe([&](const QString &dir) {
        CHECK(dir == storage);
        qint64 deleted = 0;
        for (int i = 0; i < 6; ++i)
            deleted += store.index
                               ->segments(QStringLiteral("c%1").arg(i % 2), kT0 + i * 60'000,
                                          kT0 + i * 60'000 + 1)
                               .isEmpty()
                           ? 100
                           : 0;
        return freeBytes + deleted;
    });
    sweeper.setReserve(storage, 1250);
    const RetentionResult result = sweeper.sweep();
    CHECK(result.deletedSegments == 3);
    CHECK(result.errors.isEmpty());
    // The locked oldest one stays; the next three oldest are gone.
    CHECK(store.index->segments(QStringLiteral("c0"), kT0, kT0 + 1).size() == 1);
    CHECK(store.index->segments(QStringLiteral("c1"), kT0 + 60'000, kT0 + 60'001).isEmpty());
    CHECK(store.index->segments(QStringLiteral("c0"), kT0 + 120'000, kT0 + 120'001).isEmpty());
    CHECK(store.index->segments(QStringLiteral("c1"), kT0 + 180'000, kT0 + 180'001).isEmpty());
    CHECK(store.index->segments(QStringLiteral("c0"), kT0 + 240'000, kT0 + 240'001).size() == 1);

    // Nothing deletable left below the reserve: reported, not looped on.
    sweeper.setReserve(storage, 1'000'000);
    const RetentionResult stuck = sweeper.sweep();
    CHECK(stuck.deletedSegments == 2);
    REQUIRE(stuck.errors.size() == 1);
    CHECK(stuck.errors.first().contains(QStringLiteral("evidence-locked")));
}

TEST_CASE("Recording settings round-trip through the store", "[recording][index]")
{
    Store store;
    CameraRecordingConfig config;
    config.cameraId = QStringLiteral("c9");
    config.mode = RecordingMode::Event;
    config.retentionDays = 14;
    config.preEventSeconds = 8;
    config.postEventSeconds = 20;
    config.storageDir = QStringLiteral("/srv/video");
    REQUIRE(store.index->saveSettings(config));
    config.retentionDays = 15;
    REQUIRE(store.index->saveSettings(config)); // upsert
    const auto loaded = store.index->loadSettings(QStringLiteral("c9"));
    REQUIRE(loaded);
    CHECK(loaded->mode == RecordingMode::Event);
    CHECK(loaded->retentionDays == 15);
    CHECK(loaded->preEventSeconds == 8);
    CHECK(loaded->postEventSeconds == 20);
    CHECK(loaded->storageDir == QStringLiteral("/srv/video"));
    CHECK_FALSE(store.index->loadSettings(QStringLiteral("nope")));
    config.retentionDays = 0; // CHECK constraint
    QString error;
    CHECK_FALSE(store.index->saveSettings(config, &error));
    CHECK(error.contains(QStringLiteral("c9")));
}
