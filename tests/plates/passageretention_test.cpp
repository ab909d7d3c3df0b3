// Passage retention on a real SQLite file with an injected clock: old passages and images go in
// bounded steps, plates nobody names leave the plate table and the wildcard index, image files
// and emptied day folders are deleted, hotlist_hit evidence (open or evidence-locked alerts)
// stays; the settings section of recording.json with located errors.
#include "alerts/alert.h"
#include "alerts/clock.h"
#include "events/inprocesseventbus.h"
#include "passagestestsupport.h"
#include "plates/passageretention.h"
#include "plates/passageservice.h"
#include "plates/platepattern.h"
#include "plates/sqlitepassagestore.h"
#include "recording/recordingsettings.h"
#include "store/database.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace vigil;
using namespace vigil::test;

namespace {

constexpr qint64 kDayMs = 24ll * 3600 * 1000;

QString writeImage(const QString &root, const QDateTime &time, int n, const char *kind)
{
    const QString dir = root + QLatin1Char('/') + time.toString(QStringLiteral("yyyyMMdd"));
    REQUIRE(QDir().mkpath(dir));
    const QString path = QStringLiteral("%1/%2-%3-%4.jpg")
                             .arg(dir)
                             .arg(time.toMSecsSinceEpoch())
                             .arg(n)
                             .arg(QLatin1String(kind));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("\xFF\xD8 test image");
    return path;
}

// A hotlist_hit alert (and, when `locked`, the alert clip's evidence lock) naming passages.
void addHotlistAlert(Database &db, qint64 alertId, AlertState state, qint64 passageId,
                     const QList<qint64> &track, bool locked)
{
    QJsonArray stops;
    for (const qint64 id : track)
        stops.append(QJsonObject{{QStringLiteral("passageId"), id}});
    const QJsonObject details{{QStringLiteral("passageId"), passageId},
                              {QStringLiteral("track"), stops}};
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral("INSERT INTO alerts (id, type, state, created_at, updated_at, "
                                  "details) VALUES (?, 'hotlist_hit', ?, ?, ?, ?)"));
    insert.addBindValue(alertId);
    insert.addBindValue(alertStateKey(state));
    insert.addBindValue(passageT0().toString(Qt::ISODate));
    insert.addBindValue(passageT0().toString(Qt::ISODate));
    insert.addBindValue(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    REQUIRE(insert.exec());
    if (!locked)
        return;
    QSqlQuery lock(db.connection());
    lock.prepare(QStringLiteral("INSERT INTO evidence_locks (camera_id, start_ms, end_ms, source, "
                                "reason, created_at) VALUES ('cam-k1', 0, 1, 'alert', ?, ?)"));
    lock.addBindValue(QStringLiteral("alert:%1").arg(alertId));
    lock.addBindValue(passageT0().toString(Qt::ISODate));
    REQUIRE(lock.exec());
}

struct Row
{
    QString crop;
    QString snapshot;
};

QHash<qint64, Row> storedRows(Database &db)
{
    QHash<qint64, Row> rows;
    QSqlQuery select(db.connection());
    REQUIRE(select.exec(QStringLiteral("SELECT id, crop_path, snapshot_path FROM passages")));
    while (select.next())
        rows.insert(select.value(0).toLongLong(),
                    {select.value(1).toString(), select.value(2).toString()});
    return rows;
}

QList<qint64> indexRowsOf(Database &db, const QString &plate)
{
    QSqlQuery match(db.connection());
    match.prepare(QStringLiteral("SELECT rowid FROM plate_grams WHERE plate_grams MATCH ?"));
    match.addBindValue(patternIndexTokens(plate).join(QLatin1Char(' ')));
    REQUIRE(match.exec());
    QList<qint64> ids;
    while (match.next())
        ids.append(match.value(0).toLongLong());
    return ids;
}

} // namespace

TEST_CASE("retention prunes old passages and images in bounded steps and keeps alert evidence",
          "[passages][retention]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("vigil.db"));
    const QString imageRoot = dir.filePath(QStringLiteral("passages"));
    QString error;
    auto store = SqlitePassageStore::open(path, &error);
    REQUIRE(store);

    // 240 passages, one every 20 hours back from now (0 .. 199 days old), small plate alphabet.
    const QDateTime now = passageT0();
    QRandomGenerator random(8);
    QList<PassageRecord> records;
    for (int i = 0; i < 240; ++i) {
        const QDateTime time = now.addMSecs(-qint64(i) * 20 * 3600 * 1000);
        PassageRecord r = passage(smallAlphabetPlate(random), time, QStringLiteral("k1"));
        r.cropPath = writeImage(imageRoot, time, i, "plate");
        r.snapshotPath = i % 3 == 0 ? QString() : writeImage(imageRoot, time, i, "vehicle");
        records.append(r);
    }
    REQUIRE(store->addPassages(records, &error));
    const auto ageDays = [&](const PassageRecord &r) {
        return double(r.time.msecsTo(now)) / double(kDayMs);
    };
    QList<qint64> veryOld; // past the 180-day retention, oldest last
    qint64 imagesDue = 0;  // 30 .. 180 days old
    for (const PassageRecord &r : std::as_const(records)) {
        if (ageDays(r) >= 180)
            veryOld.append(r.id);
        else if (ageDays(r) >= 30 && imagesDue == 0)
            imagesDue = r.id;
    }
    REQUIRE(veryOld.size() > 10);
    REQUIRE(imagesDue != 0);

    auto db = Database::open(path, &error);
    REQUIRE(db);
    // Open alert: its passage and a track stop stay. Resolved but clip-locked: stays. Resolved
    // without lock: no longer evidence.
    addHotlistAlert(*db, 1, AlertState::Acknowledged, veryOld.at(0), {veryOld.at(1), imagesDue},
                    false);
    addHotlistAlert(*db, 2, AlertState::Resolved, veryOld.at(2), {}, true);
    addHotlistAlert(*db, 3, AlertState::Resolved, veryOld.at(3), {veryOld.at(4)}, false);
    const auto evidence = store->evidencePassageIds(&error);
    REQUIRE(evidence);
    CHECK(*evidence == QSet<qint64>{veryOld.at(0), veryOld.at(1), imagesDue, veryOld.at(2)});

    QHash<QString, qint64> platesBefore;
    {
        QSqlQuery before(db->connection());
        REQUIRE(before.exec(QStringLiteral("SELECT plate, id FROM plates")));
        while (before.next())
            platesBefore.insert(before.value(0).toString(), before.value(1).toLongLong());
    }

    PassageRetention retention;
    retention.passageDays = 180;
    retention.imageDays = 30;
    retention.batchSize = 7;
    PassagePruneRequest request = pruneRequestFor(retention, now);
    request.keep = *evidence;
    int steps = 0;
    int deleted = 0;
    QStringList fileErrors;
    for (bool more = true; more; ++steps) {
        REQUIRE(steps < 200);
        const auto batch = store->pruneBatch(request, &error);
        INFO(error.toStdString());
        REQUIRE(batch);
        CHECK(batch->passagesDeleted <= 7);
        CHECK(batch->imagesCleared <= 7);
        deleted += batch->passagesDeleted;
        removeImageFiles(batch->imageFiles, &fileErrors);
        more = batch->more;
    }
    CHECK(fileErrors.isEmpty());
    CHECK(steps > 5); // bounded: many short transactions, not one
    CHECK(deleted == veryOld.size() - 3);

    const QHash<qint64, Row> rows = storedRows(*db);
    QSet<QString> remainingPlates;
    for (const PassageRecord &r : std::as_const(records)) {
        const bool kept = request.keep.contains(r.id);
        const bool rowDue = ageDays(r) >= 180 && !kept;
        const bool imagesGone = ageDays(r) >= 30 && !kept;
        INFO("passage " << r.id << " age " << ageDays(r) << " days, evidence " << kept);
        CHECK(rows.contains(r.id) == !rowDue);
        if (!rowDue) {
            remainingPlates.insert(r.plate);
            CHECK(rows.value(r.id).crop == (imagesGone ? QString() : r.cropPath));
            CHECK(rows.value(r.id).snapshot == (imagesGone ? QString() : r.snapshotPath));
        }
        CHECK(QFile::exists(r.cropPath) == !imagesGone);
        if (!r.snapshotPath.isEmpty())
            CHECK(QFile::exists(r.snapshotPath) == !imagesGone);
    }
    // Day folders whose every image went are gone too.
    CHECK_FALSE(QDir(QFileInfo(records.at(150).cropPath).absolutePath()).exists());
    CHECK(QDir(QFileInfo(records.at(0).cropPath).absolutePath()).exists());

    // Plates: exactly those still named remain, in the table and in the wildcard index.
    QSqlQuery plates(db->connection());
    REQUIRE(plates.exec(QStringLiteral("SELECT id, plate FROM plates")));
    QSet<QString> platesLeft;
    while (plates.next()) {
        platesLeft.insert(plates.value(1).toString());
        CHECK(indexRowsOf(*db, plates.value(1).toString()).contains(plates.value(0).toLongLong()));
    }
    CHECK(platesLeft == remainingPlates);
    for (auto it = platesBefore.cbegin(); it != platesBefore.cend(); ++it)
        if (!platesLeft.contains(it.key()))
            CHECK_FALSE(indexRowsOf(*db, it.key()).contains(it.value()));

    // Wildcard and exact search agree with the rows that are left.
    PassageQuery all;
    all.plate = QStringLiteral("鄂*");
    all.limit = 1000;
    const auto page = store->search(all, &error);
    REQUIRE(page);
    int expected = 0;
    for (const PassageRecord &r : std::as_const(records))
        expected += rows.contains(r.id) && r.plate.startsWith(QStringLiteral("鄂")) ? 1 : 0;
    CHECK(page->rows.size() == expected);

    // A plate whose every passage went can be read again: a new plate row, found exactly.
    QString gonePlate;
    for (const qint64 id : std::as_const(veryOld))
        for (const PassageRecord &r : std::as_const(records))
            if (r.id == id && !platesLeft.contains(r.plate))
                gonePlate = r.plate;
    REQUIRE_FALSE(gonePlate.isEmpty());
    QList<PassageRecord> again{passage(gonePlate, now, QStringLiteral("k2"))};
    REQUIRE(store->addPassages(again, &error));
    PassageQuery exact;
    exact.plate = gonePlate;
    const auto found = store->search(exact, &error);
    REQUIRE(found);
    REQUIRE(found->rows.size() == 1);
    CHECK(found->rows.first().id == again.first().id);

    // Nothing is due any more: one step, nothing done.
    const auto idle = store->pruneBatch(request, &error);
    REQUIRE(idle);
    CHECK(idle->passagesDeleted == 0);
    CHECK(idle->imagesCleared == 0);
    CHECK_FALSE(idle->more);
}

TEST_CASE("the passage service prunes on the writer thread by its clock", "[passages][retention]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("vigil.db"));
    {
        QFile settings(dir.filePath(QStringLiteral("recording.json")));
        REQUIRE(settings.open(QIODevice::WriteOnly));
        settings.write(R"({"passages": {"retentionDays": 10, "imageRetentionDays": 2}})");
    }
    const QDateTime start = passageT0();
    QString error;
    {
        auto store = SqlitePassageStore::open(path, &error);
        REQUIRE(store);
        QList<PassageRecord> records;
        for (int day = 0; day < 20; ++day) {
            PassageRecord r = passage(QStringLiteral("鄂C1234%1").arg(day % 10),
                                      start.addDays(-day), QStringLiteral("k1"));
            r.cropPath = writeImage(dir.filePath(QStringLiteral("passages")), r.time, day, "plate");
            records.append(r);
        }
        REQUIRE(store->addPassages(records, &error));
    }
    ManualClock clock(start);
    InProcessEventBus bus;
    PassageService service(bus, clock);
    QSignalSpy pruned(&service, &PassageService::pruned);
    service.start(path, dir.path(), checkpointSite());
    // The first sweep runs once recording.json is read: 9 of the 20 days are past 10 days
    // (day 10 is exactly at the cut-off and stays), 8 more lose their image.
    REQUIRE(testing::waitUntil([&] { return pruned.size() >= 1; }, 10000));
    CHECK(service.retention().passageDays == 10);
    CHECK(service.retention().imageDays == 2);
    auto totals = pruned.at(0).at(0).value<PassagePruneTotals>();
    CHECK(totals.errors.isEmpty());
    CHECK(totals.passagesDeleted == 9);
    CHECK(totals.imagesCleared == 8);
    CHECK(totals.filesRemoved == 17);

    // A day later by the injected clock, one more of each is due.
    clock.advanceMs(kDayMs);
    service.pruneNow();
    REQUIRE(testing::waitUntil([&] { return pruned.size() >= 2; }, 10000));
    totals = pruned.at(1).at(0).value<PassagePruneTotals>();
    CHECK(totals.passagesDeleted == 1);
    CHECK(totals.imagesCleared == 1);
}

TEST_CASE("recording.json passages section: values and located errors", "[passages][retention]")
{
    const auto parse = [](const char *json) {
        return RecordingSettingsReader::parse(QByteArray(json), QStringLiteral("recording.json"),
                                              RecordingSettings{});
    };
    auto result = parse(R"({"passages": {"retentionDays": 365, "imageRetentionDays": 60}})");
    CHECK(result.errors.isEmpty());
    CHECK(result.settings.passageRetentionDays == 365);
    CHECK(result.settings.passageImageRetentionDays == 60);

    result = parse("{\n  \"passages\": {\n    \"retentionDays\": 0,\n    \"imageDays\": 3\n  }\n}");
    REQUIRE(result.errors.size() == 2);
    // QJsonObject walks its keys sorted, so the unknown field comes first.
    CHECK(result.errors.contains(
        QStringLiteral("recording.json:3: passages.retentionDays: must be a whole number from 1 "
                       "to 3650")));
    CHECK(result.errors.at(0).startsWith(
        QStringLiteral("recording.json:4: passages.imageDays: unknown field")));
    CHECK(result.settings.passageRetentionDays == RecordingSettings{}.passageRetentionDays);

    result = parse("{\"passages\": {\"retentionDays\": 20,\n \"imageRetentionDays\": 40}}");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.at(0).startsWith(
        QStringLiteral("recording.json:2: passages.imageRetentionDays: must not exceed")));
    CHECK(result.settings.passageImageRetentionDays == 20);

    result = parse(R"({"passages": 30})");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.at(0).contains(QStringLiteral("passages: must be an object")));
}
