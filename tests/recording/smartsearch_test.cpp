// Smart search dock (offscreen) over a real recording of a moving box: a region on the box's path
// finds the motion, a region elsewhere finds none; hits get decoded thumbnails and a click asks
// for playback there. Event search filters by type and camera and shows a recorded frame for an
// event without snapshot. The playback timeline shows the motion band from the same index.
#include "recordingtestsupport.h"

#include "playback/playbackdock.h"
#include "playback/regionpicker.h"
#include "playback/smartsearchdock.h"
#include "playback/timelinewidget.h"
#include "recording/camerarecorder.h"
#include "recording/syncplayback.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDateTimeEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace vigil;
using namespace recordingtest;

namespace {

constexpr qint64 kStart = 1'700'000'000'000;

QString recordBox(const QTemporaryDir &dir)
{
    const QString dbPath = dir.filePath(QStringLiteral("vigil.db"));
    const QString clip = makeBoxClip(dir.path(), QStringLiteral("box.mp4"), 6, true);
    CameraRecordingConfig config;
    config.cameraId = QStringLiteral("yard");
    config.storageDir = dir.filePath(QStringLiteral("rec"));
    config.minFreeBytes = 0;
    CameraRecorder recorder(config, dbPath);
    recorder.start();
    FeedOptions feed;
    feed.startWallMs = kStart;
    feedClip(clip, *recorder.packetConsumer(), feed);
    recorder.stop();
    return dbPath;
}

void insertEvent(const QString &dbPath, qint64 id, const QString &type, const QString &camera,
                 qint64 timeMs)
{
    auto database = Database::open(dbPath, nullptr);
    REQUIRE(database);
    QSqlQuery insert(database->connection());
    insert.prepare(QStringLiteral("INSERT INTO events (id, time, type, source, camera_id) "
                                  "VALUES (?, ?, ?, 'analytics', ?)"));
    insert.addBindValue(id);
    insert.addBindValue(
        QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(Qt::ISODateWithMs));
    insert.addBindValue(type);
    insert.addBindValue(camera);
    REQUIRE(insert.exec());
}

bool allIconsDecoded(const QListWidget &list)
{
    for (int row = 0; row < list.count(); ++row) {
        // Placeholders are flat gray; a decoded frame of the gray scene has the white box.
        const QImage icon = list.item(row)->icon().pixmap(160, 90).toImage();
        bool white = false;
        for (int y = 0; y < icon.height() && !white; y += 2)
            for (int x = 0; x < icon.width() && !white; x += 2)
                white = qGray(icon.pixel(x, y)) > 220;
        if (!white)
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("Smart search finds motion in a region and lists hits as thumbnails",
          "[recording][search]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dbPath = recordBox(dir);

    SmartSearchDock dock;
    dock.resize(900, 600);
    dock.setStore(dbPath);
    dock.openFor(QStringLiteral("yard"), kStart - 60000, kStart + 60000);
    QSignalSpy finished(&dock, &SmartSearchDock::searchFinished);
    QSignalSpy play(&dock, &SmartSearchDock::playRequested);

    dock.regionPicker()->setRegion(QRectF(0, 0, 0.5, 0.5)); // the box's path
    dock.searchMotion();
    REQUIRE(waitUntil([&] { return finished.size() == 1; }, 10000));
    INFO(dock.message().toStdString());
    REQUIRE(finished.at(0).at(0).toInt() == 1); // one stretch of motion over the 5 s
    REQUIRE(waitUntil([&] { return dock.thumbnailsDone(); }, 10000));
    CHECK(allIconsDecoded(*dock.results()));

    QListWidgetItem *hit = dock.results()->item(0);
    QApplication::processEvents();
    const QRect rect = dock.results()->visualItemRect(hit);
    QTest::mouseClick(dock.results()->viewport(), Qt::LeftButton, {}, rect.center());
    REQUIRE(play.size() == 1);
    CHECK(play.at(0).at(0).toString() == QStringLiteral("yard"));
    CHECK(play.at(0).at(1).toLongLong() == kStart - 1000); // a second before the motion

    dock.regionPicker()->setRegion(QRectF(0.5, 0.5, 0.5, 0.5)); // nothing moves there
    dock.searchMotion();
    REQUIRE(waitUntil([&] { return finished.size() == 2; }, 10000));
    CHECK(finished.at(1).at(0).toInt() == 0);
    CHECK(dock.results()->count() == 0);
    CHECK(dock.message().contains(QStringLiteral("No motion in the marked region")));

    // A period without recording says so instead of "no motion".
    dock.openFor(QStringLiteral("yard"), kStart - 3600000, kStart - 60000);
    dock.searchMotion();
    REQUIRE(waitUntil([&] { return finished.size() == 3; }, 10000));
    CHECK(dock.message().contains(QStringLiteral("No motion data")));
}

TEST_CASE("Event search filters by type and camera and shows a recorded frame",
          "[recording][search]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dbPath = recordBox(dir);
    insertEvent(dbPath, 1, QStringLiteral("intrusion"), QStringLiteral("yard"), kStart + 2500);
    insertEvent(dbPath, 2, QStringLiteral("loitering"), QStringLiteral("yard"), kStart + 3500);
    insertEvent(dbPath, 3, QStringLiteral("intrusion"), QStringLiteral("gate"), kStart + 4000);
    insertEvent(dbPath, 4, QStringLiteral("intrusion"), QStringLiteral("yard"), kStart + 90000000);

    auto database = Database::open(dbPath, nullptr);
    REQUIRE(database);
    CHECK(eventTypes(database->connection()) ==
          QStringList{QStringLiteral("intrusion"), QStringLiteral("loitering")});
    EventSearchQuery query;
    query.type = QStringLiteral("intrusion");
    query.fromMs = kStart - 60000;
    query.toMs = kStart + 60000;
    QString error;
    QList<EventHit> events = searchEvents(database->connection(), query, &error);
    REQUIRE(events.size() == 2);
    CHECK(events[0].eventId == 3); // newest first
    CHECK(events[1].eventId == 1);
    query.cameraId = QStringLiteral("yard");
    events = searchEvents(database->connection(), query, &error);
    REQUIRE(events.size() == 1);
    CHECK(events[0].timeMs == kStart + 2500);
    const QImage frame =
        eventThumbnail(SegmentIndex(database->connection()), events[0], QSize(160, 90), &error);
    INFO(error.toStdString());
    CHECK(frame.size() == QSize(160, 90));
    CHECK(eventThumbnail(SegmentIndex(database->connection()),
                         EventHit{3, kStart + 4000, {}, QStringLiteral("gate"), {}, {}},
                         QSize(160, 90), &error)
              .isNull()); // gate recorded nothing
    CHECK(error.contains(QStringLiteral("gate")));

    // The dock lists all three events of the period, newest first.
    SmartSearchDock dock;
    dock.setStore(dbPath);
    Camera yard;
    yard.id = QStringLiteral("yard");
    yard.name = QStringLiteral("Yard");
    dock.setCameras({yard});
    QSignalSpy finished(&dock, &SmartSearchDock::searchFinished);
    auto *from = dock.findChild<QDateTimeEdit *>(QStringLiteral("eventFrom"));
    auto *to = dock.findChild<QDateTimeEdit *>(QStringLiteral("eventTo"));
    REQUIRE(from);
    REQUIRE(to);
    from->setDateTime(QDateTime::fromMSecsSinceEpoch(kStart - 60000));
    to->setDateTime(QDateTime::fromMSecsSinceEpoch(kStart + 60000));
    dock.searchEvents();
    REQUIRE(waitUntil([&] { return finished.size() == 1; }, 10000));
    CHECK(finished.at(0).at(0).toInt() == 3);
    REQUIRE(waitUntil([&] { return dock.thumbnailsDone(); }, 10000));
    CHECK(dock.results()->item(0)->text().contains(QStringLiteral("gate")));
    CHECK(dock.results()->item(2)->text().contains(QStringLiteral("Yard")));
}

TEST_CASE("The playback timeline shows where the motion index saw motion", "[recording][search]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dbPath = recordBox(dir);
    PlaybackDock dock;
    dock.setStore(dbPath, 2);
    QSignalSpy loaded(&dock, &PlaybackDock::recordingsLoaded);
    dock.openAt({QStringLiteral("yard")}, kStart + 1000);
    REQUIRE(waitUntil([&] { return !loaded.isEmpty(); }, 10000));
    const auto spans = dock.timeline()->motionSpans();
    REQUIRE(spans.size() == 1);
    CHECK(spans[0].first == kStart);
    CHECK(spans[0].second == kStart + 5000);
    dock.playback()->pause();
}
