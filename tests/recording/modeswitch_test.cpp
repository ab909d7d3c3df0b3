// A recorder's mode switched live (what recording schedules do): continuous → off closes the
// segment at once, off → continuous starts a new one at the next keyframe, with the gap between.
#include "recordingtestsupport.h"

#include "recording/camerarecorder.h"
#include "recording/segmentindex.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace recordingtest;

TEST_CASE("Switching a recorder's mode live closes and reopens segments", "[recording][schedule]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString clip = makeClip(dir.path(), QStringLiteral("clip.mp4"), 9);
    const QString dbPath = dir.filePath(QStringLiteral("vigil.db"));
    CameraRecordingConfig config;
    config.cameraId = QStringLiteral("c1");
    config.storageDir = dir.filePath(QStringLiteral("rec"));
    config.minFreeBytes = 0;
    config.segmentSeconds = 60;
    CameraRecorder recorder(config, dbPath);
    recorder.start();
    FeedOptions feed;
    // Off from 3.0 s to 6.0 s of the clip. The feeder is much faster than real time: it lets the
    // writer catch up before each switch, so the switch lands where the clip is.
    const auto switchTo = [&](RecordingMode mode) {
        waitUntil([&] { return recorder.packetConsumer()->queuedPackets() == 0; }, 5000);
        recorder.setMode(mode);
    };
    feed.beforePacket = [&](qint64 wallMs) {
        const qint64 offset = wallMs - feed.startWallMs;
        if (offset >= 3000 && offset < 6000 && recorder.mode() != RecordingMode::Off)
            switchTo(RecordingMode::Off);
        else if (offset >= 6000 && recorder.mode() == RecordingMode::Off)
            switchTo(RecordingMode::Continuous);
        return true;
    };
    const FeedResult fed = feedClip(clip, *recorder.packetConsumer(), feed);
    recorder.stop();

    auto db = Database::open(dbPath, nullptr);
    REQUIRE(db);
    SegmentIndex index(db->connection());
    const QList<SegmentRecord> segments =
        index.segments(QStringLiteral("c1"), feed.startWallMs - 1000, fed.endWallMs + 1000);
    REQUIRE(segments.size() == 2);
    CHECK(segments[0].startMs == feed.startWallMs);
    // Ends with the last packet before the switch (2.96 s + one frame), give or take the packet
    // the writer had already popped.
    CHECK(segments[0].endMs >= feed.startWallMs + 2900);
    CHECK(segments[0].endMs <= feed.startWallMs + 3040);
    CHECK(segments[1].startMs == feed.startWallMs + 6000); // the keyframe at 6 s
    const QList<GapRecord> gaps =
        index.gaps(QStringLiteral("c1"), feed.startWallMs, segments[1].startMs);
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0].endMs == segments[1].startMs);
}
