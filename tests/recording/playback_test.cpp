// Minimal playback UI (offscreen): the timeline shows the recorded segments and the gap, a click
// shows the frame recorded at that moment, a click in the gap explains why there is nothing.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "recordingtestsupport.h"

#include "playback/playbackview.h"
#include "playback/timelinewidget.h"
#include "recording/camerarecorder.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace vigil;
using namespace recordingtest;

TEST_CASE("Clicking the timeline shows the recorded frame or explains the gap",
          "[recording][playback]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString clip = makeClip(dir.path(), QStringLiteral("clip.mp4"), 6);
    const QString dbPath = dir.filePath(QStringLiteral("vigil.db"));
    FeedOptions first;
    FeedOptions second;
    FeedResult b;
    {
        CameraRecordingConfig config;
        config.cameraId = QStringLiteral("c1");
        config.storageDir = dir.filePath(QStringLiteral("rec"));
        config.minFreeBytes = 0;
        CameraRecorder recorder(config, dbPath);
        recorder.start();
        const FeedResult a = feedClip(clip, *recorder.packetConsumer(), first);
        second.startWallMs = a.endWallMs + 20'000; // camera away for 20 s
        second.firstSequence = a.nextSequence;
        b = feedClip(clip, *recorder.packetConsumer(), second);
        recorder.stop();
    }

    PlaybackView view(dbPath, QStringLiteral("c1"));
    view.resize(640, 420);
    view.show();
    QSignalSpy loaded(&view, &PlaybackView::recordingsLoaded);
    view.load(first.startWallMs - 2'000, b.endWallMs + 2'000);
    REQUIRE(loaded.wait(10000));
    CHECK(loaded.first().first().toInt() == 2);
    TimelineWidget *timeline = view.timeline();

    QSignalSpy shown(&view, &PlaybackView::frameShown);
    const int x = timeline->xAt(first.startWallMs + 3'500);
    QTest::mouseClick(timeline, Qt::LeftButton, {}, QPoint(x, timeline->height() / 3));
    REQUIRE(shown.wait(10000));
    const qint64 requested = shown.first().at(0).toLongLong();
    const qint64 frameAt = shown.first().at(1).toLongLong();
    CHECK(requested == timeline->timeAt(x));
    CHECK(frameAt <= requested);
    CHECK(requested - frameAt < 40);
    CHECK_FALSE(view.currentImage().isNull());
    CHECK(view.currentImage().width() <= 640);
    CHECK(timeline->cursorTime() == requested);

    QSignalSpy nothing(&view, &PlaybackView::noRecording);
    const int gapX = timeline->xAt(second.startWallMs - 10'000);
    QTest::mouseClick(timeline, Qt::LeftButton, {}, QPoint(gapX, timeline->height() / 3));
    REQUIRE(nothing.count() == 1);
    INFO(view.message().toStdString());
    CHECK(view.message().contains(QStringLiteral("camera stream lost")));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
