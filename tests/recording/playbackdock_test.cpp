// Playback dock (offscreen): two recorded cameras play together on one clock, the timeline shows
// the alert marker of an alert clip and a click on it jumps exactly there, "Play clip" of an
// alert opens its range.
#include "recordingtestsupport.h"

#include "playback/playbackdock.h"
#include "playback/playbacktile.h"
#include "playback/timelinewidget.h"
#include "recording/alertclip.h"
#include "recording/camerarecorder.h"
#include "recording/syncplayback.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTest>

using namespace vigil;
using namespace recordingtest;

namespace {
constexpr qint64 kStart = 1'700'000'000'000;
}

TEST_CASE("The playback dock plays cameras in sync and jumps to alert markers",
          "[recording][playback]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("vigil.db"));
    const QString clip = makeClip(dir.path(), QStringLiteral("a.mp4"), 4);
    for (const QString &camera : {QStringLiteral("c1"), QStringLiteral("c2")}) {
        CameraRecordingConfig config;
        config.cameraId = camera;
        config.storageDir = dir.filePath(QStringLiteral("rec"));
        config.minFreeBytes = 0;
        CameraRecorder recorder(config, dbPath);
        recorder.start();
        FeedOptions feed;
        feed.startWallMs = kStart;
        feed.loops = 2;
        feedClip(clip, *recorder.packetConsumer(), feed);
        recorder.stop();
    }
    {
        auto database = Database::open(dbPath, nullptr);
        REQUIRE(database);
        SegmentIndex index(database->connection());
        REQUIRE(lockAlertClip(index, 5, QStringLiteral("c2"), kStart + 6000, 2, 1));
    }

    PlaybackDock dock;
    dock.setStore(dbPath, 2);
    Camera one;
    one.id = QStringLiteral("c1");
    one.name = QStringLiteral("Gate");
    Camera two;
    two.id = QStringLiteral("c2");
    two.name = QStringLiteral("Yard");
    dock.setCameras({one, two});
    dock.resize(900, 600);
    QSignalSpy loaded(&dock, &PlaybackDock::recordingsLoaded);
    dock.openAt({QStringLiteral("c1"), QStringLiteral("c2")}, kStart + 1000);
    REQUIRE(loaded.wait(10000));
    REQUIRE(dock.tiles().size() == 2);
    dock.playback()->pause();
    dock.playback()->seek(kStart + 2500);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return dock.tiles()[0]->frameTime() == kStart + 2480 &&
                   dock.tiles()[1]->frameTime() == kStart + 2480;
        },
        10000));
    CHECK_FALSE(dock.tiles()[1]->image().isNull());

    // The alert marker sits at the alert time (clip start + 2 s); clicking near it jumps there.
    TimelineWidget *timeline = dock.timeline();
    REQUIRE(timeline->alertMarkers() == QList<qint64>{kStart + 6000});
    const int x = timeline->xAt(kStart + 6000);
    QTest::mouseClick(timeline, Qt::LeftButton, {}, QPoint(x + 2, timeline->height() / 2));
    CHECK(dock.playback()->position() == kStart + 6000);
    REQUIRE(QTest::qWaitFor([&] { return dock.tiles()[1]->frameTime() == kStart + 6000; }, 10000));

    // "Play clip" of alert 5: its camera alone, from the clip start.
    dock.openAlertClip(5);
    REQUIRE(QTest::qWaitFor(
        [&] { return dock.playback()->cameras() == QStringList{QStringLiteral("c2")}; }, 10000));
    CHECK(dock.tiles().size() == 1);
    CHECK(std::abs(dock.playback()->position() - (kStart + 4000)) < 1000);
    CHECK(dock.message().contains(QStringLiteral("Alert clip")));
}
