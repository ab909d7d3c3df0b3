// Motion cells, region queries (against a brute-force scan of the same samples) and the motion
// index table over a real SQLite store, including deletion with retention.
#include "recording/motionindex.h"
#include "recording/retention.h"
#include "recording/segmentindex.h"
#include "store/database.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace vigil;

namespace {

constexpr qint64 kT0 = 1'700'000'000'000;

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Store()
    {
        REQUIRE(dir.isValid());
        QString error;
        db = Database::open(dir.filePath(QStringLiteral("vigil.db")), &error);
        INFO(error.toStdString());
        REQUIRE(db);
    }
};

// Seconds (sample times) where any cell of `region` had motion, by testing every cell.
QList<qint64> bruteForce(const QList<MotionSample> &samples, const QRectF &region)
{
    QList<qint64> times;
    for (const MotionSample &sample : samples) {
        bool hit = false;
        for (int row = 0; row < MotionCells::kRows && !hit; ++row)
            for (int column = 0; column < MotionCells::kColumns && !hit; ++column)
                hit = sample.cells.test(column, row) &&
                      MotionCells::cellRect(column, row).intersects(region);
        if (hit)
            times << sample.timeMs;
    }
    return times;
}

} // namespace

TEST_CASE("A region covers exactly the grid cells it touches", "[recording][motion]")
{
    const MotionCells quarter = MotionCells::fromRegion(QRectF(0, 0, 0.5, 0.5));
    CHECK(quarter.count() == 8 * 5); // 16×9 grid: columns 0–7, rows 0–4 (4.5 rows touched)
    CHECK(quarter.test(7, 4));
    CHECK_FALSE(quarter.test(8, 0));
    CHECK_FALSE(quarter.test(0, 5));
    const MotionCells cell = MotionCells::fromRegion(MotionCells::cellRect(3, 2));
    CHECK(cell.count() == 1);
    CHECK(cell.test(3, 2));
    CHECK(MotionCells::fromRegion(QRectF(0.2, 0.2, 0, 0)).isEmpty());
    CHECK(MotionCells::fromRegion(QRectF(-1, -1, 3, 3)).count() == MotionCells::kCells);

    const std::optional<MotionCells> back = MotionCells::fromBlob(quarter.toBlob());
    REQUIRE(back);
    CHECK(*back == quarter);
    CHECK_FALSE(MotionCells::fromBlob(QByteArray(5, '\0')));
}

TEST_CASE("Region search finds the same seconds as a brute-force scan", "[recording][motion]")
{
    QRandomGenerator random(42);
    QList<MotionSample> samples;
    for (int second = 0; second < 600; ++second) {
        MotionSample sample;
        sample.timeMs = kT0 + second * 1000;
        // Sparse blobs of motion so that some regions are hit and others are not.
        if (random.bounded(4) == 0) {
            const int column = random.bounded(MotionCells::kColumns);
            const int row = random.bounded(MotionCells::kRows);
            for (int dy = 0; dy < 2; ++dy)
                for (int dx = 0; dx < 3; ++dx)
                    sample.cells.set(column + dx, row + dy);
        }
        samples << sample;
    }
    const QList<QRectF> regions{QRectF(0, 0, 0.25, 0.25), QRectF(0.6, 0.5, 0.3, 0.4),
                                QRectF(0.45, 0.45, 0.1, 0.1), QRectF(0, 0, 1, 1)};
    for (const QRectF &region : regions) {
        INFO("region " << region.x() << "," << region.y() << " " << region.width() << "x"
                       << region.height());
        const QList<qint64> expected = bruteForce(samples, region);
        REQUIRE_FALSE(expected.isEmpty());
        // No merging: one hit per sample with motion, ending at that sample.
        const QList<MotionHit> hits =
            findMotion(samples, MotionCells::fromRegion(region), 1, /*mergeGapMs=*/-1);
        QList<qint64> found;
        for (const MotionHit &hit : hits) {
            CHECK(hit.endMs - hit.startMs == 1000);
            found << hit.endMs;
        }
        CHECK(found == expected);
        // Merged: every expected second inside exactly one hit, hits apart by more than the gap.
        const QList<MotionHit> merged =
            findMotion(samples, MotionCells::fromRegion(region), 1, 3000);
        CHECK(merged.size() <= hits.size());
        for (qint64 time : expected) {
            int containing = 0;
            for (const MotionHit &hit : merged)
                containing += time > hit.startMs && time <= hit.endMs;
            CHECK(containing == 1);
        }
        for (qsizetype i = 1; i < merged.size(); ++i)
            CHECK(merged[i].startMs - merged[i - 1].endMs > 3000);
    }
}

TEST_CASE("Motion samples round-trip through the store and go with deleted footage",
          "[recording][motion]")
{
    Store store;
    MotionIndex index(store.db->connection());
    MotionCells left = MotionCells::fromRegion(QRectF(0, 0, 0.25, 1));
    for (int second = 0; second < 20; ++second)
        index.add(QStringLiteral("cam1"), kT0 + second * 1000, second % 2 ? left : MotionCells());
    index.add(QStringLiteral("cam2"), kT0 + 5000, left);
    CHECK(index.pending() == 21);
    QString error;
    REQUIRE(index.flush(&error));
    CHECK(index.pending() == 0);

    QList<MotionSample> samples = index.samples(QStringLiteral("cam1"), kT0, kT0 + 20000, &error);
    REQUIRE(samples.size() == 20);
    CHECK(samples[1].cells == left);
    CHECK(samples[2].cells.isEmpty());
    CHECK(findMotion(samples, MotionCells::fromRegion(QRectF(0.5, 0, 0.5, 1))).isEmpty());
    CHECK(findMotion(samples, MotionCells::fromRegion(QRectF(0, 0, 0.1, 0.1)), 1, 0).size() == 10);

    // A malformed row is skipped and named.
    QSqlQuery bad(store.db->connection());
    REQUIRE(bad.exec(
        QStringLiteral("INSERT INTO motion_index VALUES ('cam1', %1, x'00')").arg(kT0 + 30000)));
    samples = index.samples(QStringLiteral("cam1"), kT0, kT0 + 60000, &error);
    CHECK(samples.size() == 20);
    CHECK(error.contains(QStringLiteral("malformed")));
    CHECK(error.contains(QStringLiteral("cam1")));

    // Retention deleting cam1's footage [T0, T0+10 s) deletes its samples there, nothing else.
    SegmentIndex segments(store.db->connection());
    const QString path = store.dir.filePath(QStringLiteral("seg.mp4"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("x");
    file.close();
    SegmentRecord segment;
    segment.cameraId = QStringLiteral("cam1");
    segment.startMs = kT0;
    segment.endMs = kT0 + 10000;
    segment.path = path;
    segment.bytes = 1;
    REQUIRE(segments.insertSegment(segment, &error) > 0);
    RetentionSweeper sweeper(segments);
    sweeper.setClock([] { return kT0 + 3 * 24ll * 3600 * 1000; });
    sweeper.setFreeSpaceProbe([](const QString &) { return qint64(-1); });
    sweeper.setRetentionDays(QStringLiteral("cam1"), 1);
    const RetentionResult result = sweeper.sweep();
    CHECK(result.errors.isEmpty());
    CHECK(result.deletedSegments == 1);
    samples = index.samples(QStringLiteral("cam1"), kT0, kT0 + 20000);
    REQUIRE(samples.size() == 10);
    CHECK(samples.first().timeMs == kT0 + 10000);
    CHECK(index.samples(QStringLiteral("cam2"), kT0, kT0 + 20000).size() == 1);
}
