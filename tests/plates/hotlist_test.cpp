// Hotlist: matching (pattern, expiry, priority), audited edits, and the whole path from a
// plate_read on the bus to a hotlist_hit alert with its track and the next checkpoints.
#include "alerts/alertservice.h"
#include "alerts/alertstorewriter.h"
#include "alerts/sqlitealertstore.h"
#include "events/inprocesseventbus.h"
#include "passagestestsupport.h"
#include "plates/passageevents.h"
#include "plates/passageservice.h"
#include "plates/sqlitepassagestore.h"
#include "store/database.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace vigil;
using namespace vigil::test;
using vigil::testing::waitUntil;

namespace {

HotlistEntry entry(const QString &pattern, int priority, const QDateTime &validUntil = {})
{
    HotlistEntry e;
    e.pattern = pattern;
    e.reason = QStringLiteral("reason ") + pattern;
    e.priority = priority;
    e.validUntil = validUntil;
    e.addedBy = QStringLiteral("li.na");
    e.addedAt = passageT0().addDays(-1);
    return e;
}

Event plateRead(const QString &plate, const QString &camera, const QDateTime &time)
{
    Event event;
    event.source = EventSource::Analytics;
    event.type = kPlateReadType;
    event.cameraId = camera;
    event.time = time;
    event.detectionBox = QRectF(0.1, 0.2, 0.3, 0.4);
    // A minimal JPEG header is enough for the writer: it stores bytes, it does not decode.
    const QByteArray jpeg = QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(64, 'x');
    event.details = QJsonObject{
        {QStringLiteral("plate"), plate},
        {QStringLiteral("plateDisplay"), plate.left(2) + QStringLiteral("·") + plate.mid(2)},
        {QStringLiteral("kind"), QStringLiteral("blue")},
        {QStringLiteral("valid"), true},
        {QStringLiteral("flag"), QString()},
        {QStringLiteral("confidence"), 0.93},
        {QStringLiteral("lane"), QStringLiteral("1")},
        {QStringLiteral("direction"), QStringLiteral("in")},
        {QStringLiteral("trackId"), 7},
        {QStringLiteral("plateCropJpeg"), QString::fromLatin1(jpeg.toBase64())},
        {QStringLiteral("vehicleSnapshotJpeg"), QString::fromLatin1(jpeg.toBase64())}};
    return event;
}

} // namespace

TEST_CASE("the most urgent valid matching entry wins and expired entries never match",
          "[passages][hotlist]")
{
    const QDateTime now = passageT0();
    QList<HotlistEntry> list{entry(QStringLiteral("鄂C*"), 3),
                             entry(QStringLiteral("鄂C12345"), 1, now.addSecs(-1)), // expired
                             entry(QStringLiteral("鄂C1234?"), 2, now.addDays(1)),
                             entry(QStringLiteral("湘A*"), 1)};
    for (int i = 0; i < list.size(); ++i)
        list[i].id = i + 1;
    auto hit = matchHotlist(list, QStringLiteral("鄂C12345"), now);
    REQUIRE(hit);
    CHECK(hit->id == 3); // P2 valid beats P3; the expired P1 does not count
    hit = matchHotlist(list, QStringLiteral("鄂C12345"), now.addDays(2)); // P2 expired too
    REQUIRE(hit);
    CHECK(hit->id == 1);
    CHECK_FALSE(matchHotlist(list, QStringLiteral("鄂A12345"), now));
    // Valid until is exclusive: a read at that instant no longer matches.
    CHECK_FALSE(
        matchHotlist({entry(QStringLiteral("鄂A12345"), 1, now)}, QStringLiteral("鄂A12345"), now));
}

TEST_CASE("hotlist edits are stored and audited with operator and time", "[passages][hotlist]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vigil.db"));
    QString error;
    auto store = SqlitePassageStore::open(path, &error);
    REQUIRE(store);
    auto id = store->saveHotlistEntry(entry(QStringLiteral("鄂C*12?5"), 2), QStringLiteral("li.na"),
                                      &error);
    REQUIRE(id);
    HotlistEntry edited = entry(QStringLiteral("鄂C*12?5"), 1, passageT0().addDays(3));
    edited.id = *id;
    REQUIRE(store->saveHotlistEntry(edited, QStringLiteral("wang.qiang"), &error));
    auto list = store->hotlist(&error);
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    CHECK(list->first().priority == 1);
    CHECK(list->first().validUntil == passageT0().addDays(3));
    REQUIRE(store->removeHotlistEntry(*id, QStringLiteral("zhao.lei"), &error));
    CHECK(store->hotlist(&error)->isEmpty());
    CHECK_FALSE(store->removeHotlistEntry(*id, QStringLiteral("zhao.lei"), &error));

    auto db = Database::open(path, &error);
    REQUIRE(db);
    QSqlQuery audit(db->connection());
    REQUIRE(audit.exec(QStringLiteral("SELECT operator, action, target, time FROM audit_log "
                                      "ORDER BY id")));
    QStringList rows;
    while (audit.next()) {
        CHECK_FALSE(audit.value(3).toString().isEmpty());
        rows.append(audit.value(0).toString() + QLatin1Char(' ') + audit.value(1).toString() +
                    QLatin1Char(' ') + audit.value(2).toString());
    }
    const QString target = QStringLiteral("hotlist:%1").arg(*id);
    CHECK(rows == QStringList{QStringLiteral("li.na hotlist_add ") + target,
                              QStringLiteral("wang.qiang hotlist_edit ") + target,
                              QStringLiteral("zhao.lei hotlist_remove ") + target});
}

TEST_CASE("nearest ring checkpoints leave out the sighting and order rings by distance",
          "[passages][hotlist]")
{
    const Site site = checkpointSite();
    const QList<NearbyCheckpoint> nearby =
        nearestRingCheckpoints(site, 30.50, 114.30, QStringLiteral("k1"), 2);
    REQUIRE(nearby.size() == 3);
    CHECK(nearby.at(0).id == QStringLiteral("k2")); // urban ring, ~3 km
    CHECK(nearby.at(0).distanceM == Approx(2930).margin(100));
    CHECK(nearby.at(1).ring == QStringLiteral("county_border"));
    CHECK(nearby.at(1).distanceM <= nearby.at(2).distanceM);
}

TEST_CASE("a hotlisted plate read raises a hotlist_hit alert with its priority and track",
          "[passages][hotlist][service]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("vigil.db"));
    InProcessEventBus bus;
    ManualClock clock{passageT0()};
    AlertStoreWriter alertWriter([dbPath](QString *error) -> std::unique_ptr<AlertStore> {
        return SqliteAlertStore::open(dbPath, error);
    });
    AlertService alerts(bus, alertWriter, clock, RuleSet{}, SlaPolicy{});
    alertWriter.start();
    alerts.start(false);
    REQUIRE(waitUntil([&] { return alerts.isReady(); }, 5000));

    PassageService service(bus, clock);
    service.setOperator(QStringLiteral("li.na"));
    service.start(dbPath, dir.path(), checkpointSite());
    QList<Event> hits;
    bus.subscribe(
        &service, [&](const Event &event) { hits.append(event); }, kHotlistHitType);
    REQUIRE(waitUntil([&] { return service.reader() && service.reader()->thread()->isRunning(); },
                      5000));
    service.saveHotlistEntry(entry(QStringLiteral("鄂C7K23?"), 1, passageT0().addDays(1)));
    service.saveHotlistEntry(entry(QStringLiteral("鄂A55555"), 1, passageT0().addSecs(-1200)));
    REQUIRE(waitUntil([&] { return service.hotlist().size() == 2; }, 5000));

    bus.publish(plateRead(QStringLiteral("鄂C7K235"), QStringLiteral("cam-k1"),
                          passageT0().addSecs(-1800)));
    bus.publish(
        plateRead(QStringLiteral("鄂B00001"), QStringLiteral("cam-k2"), passageT0().addSecs(-900)));
    bus.publish(plateRead(QStringLiteral("鄂A55555"), QStringLiteral("cam-k2"),
                          passageT0().addSecs(-600))); // its entry expired
    bus.publish(plateRead(QStringLiteral("鄂C7K235"), QStringLiteral("cam-k3"), passageT0()));
    REQUIRE(waitUntil([&] { return hits.size() >= 2; }, 5000));
    waitUntil([] { return false; }, 300); // no third hit arrives
    REQUIRE(hits.size() == 2);

    const Event &hit = hits.last();
    CHECK(hit.source == EventSource::Checkpoint);
    CHECK(hit.checkpointId == QStringLiteral("k3"));
    CHECK(hit.cameraId == QStringLiteral("cam-k3"));
    CHECK(hit.severity >= 80); // P1
    CHECK(hit.detectionBox == QRectF(0.1, 0.2, 0.3, 0.4));
    CHECK(QFile::exists(hit.snapshotPath));
    CHECK(hit.snapshotPath.startsWith(dir.path() + QStringLiteral("/passages/")));
    CHECK(hit.details.value(QStringLiteral("plate")).toString() == QStringLiteral("鄂C7K235"));
    CHECK(hit.details.value(QStringLiteral("reason")).toString() ==
          QStringLiteral("reason 鄂C7K23?"));
    const QJsonArray track = hit.details.value(QStringLiteral("track")).toArray();
    REQUIRE(track.size() == 2);
    CHECK(track.at(0).toObject().value(QStringLiteral("checkpointId")).toString() ==
          QStringLiteral("k1"));
    CHECK(track.at(1).toObject().value(QStringLiteral("checkpointId")).toString() ==
          QStringLiteral("k3"));
    const QJsonArray nearby = hit.details.value(QStringLiteral("nearestCheckpoints")).toArray();
    REQUIRE_FALSE(nearby.isEmpty());
    CHECK(nearby.at(0).toObject().value(QStringLiteral("id")).toString() == QStringLiteral("k2"));

    // The alert pipeline turned the hit into a P1 alert.
    REQUIRE(waitUntil(
        [&] {
            for (const Alert &alert : alerts.openAlerts())
                if (alert.type == kHotlistHitType && alert.checkpointId == QStringLiteral("k3"))
                    return true;
            return false;
        },
        5000));
    for (const Alert &alert : alerts.openAlerts())
        if (alert.type == kHotlistHitType && alert.checkpointId == QStringLiteral("k3"))
            CHECK(alert.priority == Priority::P1);
}
