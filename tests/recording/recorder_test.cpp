// CameraRecorder against real packets (a clip made with ffmpeg, fed as a camera would send it):
// segmenting at keyframes, contiguous index, event recording with its pre-event buffer,
// playable files after a crash-like abandon.
#include "recordingtestsupport.h"

#include "recording/camerarecorder.h"
#include "recording/segmentindex.h"
#include "recording/segmentreader.h"
#include "recording/segmentrecovery.h"
#include "recording/segmentwriter.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>

#include <atomic>

extern "C" {
#include <libavutil/frame.h>
}

using namespace vigil;
using namespace recordingtest;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString dbPath;
    QString clip;
    Fixture(int clipSeconds = 10)
    {
        REQUIRE(dir.isValid());
        dbPath = dir.filePath(QStringLiteral("vigil.db"));
        clip = makeClip(dir.path(), QStringLiteral("clip.mp4"), clipSeconds);
    }
    CameraRecordingConfig config(const QString &camera, RecordingMode mode) const
    {
        CameraRecordingConfig c;
        c.cameraId = camera;
        c.storageDir = dir.filePath(QStringLiteral("rec"));
        c.mode = mode;
        c.segmentSeconds = 4;
        c.minFreeBytes = 0;
        return c;
    }
    std::unique_ptr<Database> openStore() const
    {
        QString error;
        auto db = Database::open(dbPath, &error);
        INFO(error.toStdString());
        REQUIRE(db);
        return db;
    }
};

} // namespace

TEST_CASE("Continuous recording cuts segments at keyframes into a contiguous index",
          "[recording][recorder]")
{
    Fixture fx(10);
    CameraRecorder recorder(fx.config(QStringLiteral("c1"), RecordingMode::Continuous), fx.dbPath);
    recorder.start();
    FeedOptions feed;
    const FeedResult fed = feedClip(fx.clip, *recorder.packetConsumer(), feed);
    REQUIRE(fed.packets == 250);
    recorder.stop();
    CHECK(recorder.status().state == RecordingState::Idle);
    CHECK(recorder.packetConsumer()->droppedPackets() == 0);

    auto db = fx.openStore();
    SegmentIndex index(db->connection());
    const QList<SegmentRecord> segments =
        index.segments(QStringLiteral("c1"), feed.startWallMs - 1000, fed.endWallMs + 1000);
    // 10 s in 4 s segments cut at 1 s keyframes: 0-4, 4-8, 8-10.
    REQUIRE(segments.size() == 3);
    CHECK(segments[0].startMs == feed.startWallMs);
    CHECK(std::abs(segments[2].endMs - fed.endWallMs) <= 40);
    for (int i = 0; i < segments.size(); ++i) {
        INFO("segment " << i << " " << segments[i].path.toStdString());
        CHECK_FALSE(segments[i].open);
        CHECK(segments[i].codec == QStringLiteral("h264"));
        CHECK(segments[i].bytes == QFileInfo(segments[i].path).size());
        const Probe probe = ffprobe(segments[i].path);
        REQUIRE(probe.ok);
        CHECK(probe.codec == QStringLiteral("h264"));
        const double expectedS = (segments[i].endMs - segments[i].startMs) / 1000.0;
        CHECK(probe.frames == Approx(expectedS * 25).margin(1));
        if (i > 0)
            CHECK(segments[i].startMs == segments[i - 1].endMs);
    }
    CHECK(segments[0].endMs - segments[0].startMs == 4000);
    CHECK(index.gaps(QStringLiteral("c1"), feed.startWallMs, fed.endWallMs).isEmpty());
}

TEST_CASE("A dropped stream leaves a gap with its cause and recording resumes at a keyframe",
          "[recording][recorder]")
{
    Fixture fx(4);
    CameraRecorder recorder(fx.config(QStringLiteral("c1"), RecordingMode::Continuous), fx.dbPath);
    recorder.start();
    FeedOptions first;
    const FeedResult a = feedClip(fx.clip, *recorder.packetConsumer(), first);
    // The camera reconnects 30 s later: a new stream (new info object), timestamps restart.
    FeedOptions second;
    second.startWallMs = a.endWallMs + 30'000;
    second.firstSequence = a.nextSequence;
    const FeedResult b = feedClip(fx.clip, *recorder.packetConsumer(), second);
    recorder.stop();

    auto db = fx.openStore();
    SegmentIndex index(db->connection());
    const QList<SegmentRecord> segments =
        index.segments(QStringLiteral("c1"), first.startWallMs, b.endWallMs);
    REQUIRE(segments.size() == 2);
    const QList<GapRecord> gaps = index.gaps(QStringLiteral("c1"), first.startWallMs, b.endWallMs);
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0].reason == QStringLiteral("stream_lost"));
    CHECK(gaps[0].endMs - gaps[0].startMs == Approx(30'000).margin(100));
}

TEST_CASE(
    "Event recording writes the pre-event buffer from a keyframe and stops after the post time",
    "[recording][recorder]")
{
    Fixture fx(20);
    CameraRecordingConfig config = fx.config(QStringLiteral("c1"), RecordingMode::Event);
    config.preEventSeconds = 3;
    config.postEventSeconds = 2;
    config.segmentSeconds = 60;
    CameraRecorder recorder(config, fx.dbPath);
    recorder.start();
    FeedOptions feed;
    const qint64 eventAt = feed.startWallMs + 10'500; // mid-GOP
    feed.beforePacket = [&](qint64 wallMs) {
        if (wallMs == eventAt - 500 + 0) {
            // wait until the recorder has buffered what came so far, then trigger
            waitUntil([&] { return recorder.packetConsumer()->queuedPackets() == 0; }, 5000);
            recorder.triggerEvent(eventAt);
        }
        return true;
    };
    const FeedResult fed = feedClip(fx.clip, *recorder.packetConsumer(), feed);
    recorder.stop();

    auto db = fx.openStore();
    SegmentIndex index(db->connection());
    const QList<SegmentRecord> segments =
        index.segments(QStringLiteral("c1"), feed.startWallMs, fed.endWallMs);
    REQUIRE(segments.size() == 1);
    const SegmentRecord &event = segments.first();
    CHECK(event.trigger == SegmentTrigger::Event);
    // Starts at the keyframe at least 3 s before the trigger (t=10.5 s → keyframe 7 s or 6 s)...
    CHECK(event.startMs <= eventAt - 3000);
    CHECK(event.startMs >= eventAt - 3000 - 1000);
    CHECK((event.startMs - feed.startWallMs) % 1000 == 0);
    // ...and ends 2 s after it.
    CHECK(event.endMs == Approx(eventAt + 2000).margin(80));
    const Probe probe = ffprobe(event.path);
    REQUIRE(probe.ok);
    CHECK(probe.frames == Approx((event.endMs - event.startMs) / 40.0).margin(1));
}

TEST_CASE("A segment abandoned mid-write (crash) keeps every finished fragment playable",
          "[recording][recorder]")
{
    Fixture fx(6);
    QueuedPacketConsumer queue(1000);
    feedClip(fx.clip, queue, FeedOptions{});
    SegmentWriter writer;
    const QString path = SegmentWriter::segmentPath(fx.dir.filePath(QStringLiteral("rec")),
                                                    QStringLiteral("c 1/x"), 1'700'000'000'000);
    CHECK(path.contains(QStringLiteral("c_1_x/2023-11-14/c_1_x_20231114T221320.000Z.mp4")));
    std::optional<PacketItem> item = queue.pop(std::chrono::milliseconds(0));
    REQUIRE(item);
    QString error;
    REQUIRE(writer.open(path, item->stream, &error));
    int written = 0;
    while (item && written < 110) { // 4.4 s: fragments of 1 s are finished up to 4 s
        REQUIRE(writer.write(*item->packet, &error));
        ++written;
        item = queue.pop(std::chrono::milliseconds(0));
    }
    writer.abandon(); // no trailer, like a killed process
    const Probe probe = ffprobe(path);
    INFO(probe.errors.toStdString());
    REQUIRE(probe.ok);
    CHECK(probe.codec == QStringLiteral("h264"));
    CHECK(probe.frames >= 100);
    CHECK(probe.frames <= 110);

    // Start-up recovery closes the row the dead writer left open, with what the file holds.
    auto db = fx.openStore();
    SegmentIndex index(db->connection());
    SegmentRecord open;
    open.cameraId = QStringLiteral("c 1/x");
    open.startMs = 1'700'000'000'000;
    open.endMs = open.startMs;
    open.path = path;
    open.open = true;
    const qint64 id = index.insertSegment(open);
    REQUIRE(id > 0);
    SegmentRecord missing = open;
    missing.path = fx.dir.filePath(QStringLiteral("gone.mp4"));
    REQUIRE(index.insertSegment(missing) > id);
    const RecoveryResult recovered = recoverOpenSegments(index, index.maxSegmentId());
    CHECK(recovered.closed == 1);
    CHECK(recovered.removed == 1);
    const QList<SegmentRecord> rows =
        index.segments(open.cameraId, open.startMs, open.startMs + 60'000);
    REQUIRE(rows.size() == 1);
    CHECK_FALSE(rows.first().open);
    CHECK(rows.first().endMs - rows.first().startMs == Approx(probe.frames * 40).margin(40));
    CHECK(index.openSegments().isEmpty());
}

TEST_CASE("Seeking in a segment decodes the frame shown at that time", "[recording][recorder]")
{
    Fixture fx(10);
    CameraRecordingConfig config = fx.config(QStringLiteral("c1"), RecordingMode::Continuous);
    config.segmentSeconds = 60;
    CameraRecorder recorder(config, fx.dbPath);
    recorder.start();
    feedClip(fx.clip, *recorder.packetConsumer(), FeedOptions{});
    recorder.stop();
    auto db = fx.openStore();
    SegmentIndex index(db->connection());
    const QList<SegmentRecord> segments = index.segments(QStringLiteral("c1"), 0, INT64_MAX);
    REQUIRE(segments.size() == 1);

    SegmentReader reader;
    QString error;
    REQUIRE(reader.open(segments.first().path, &error));
    // Mid-GOP targets: the frame returned starts at or just before the target (25 fps = 40 ms).
    for (const qint64 target : {0ll, 1'000ll, 3'730ll, 6'999ll, 9'960ll}) {
        qint64 shown = -1;
        FrameRef frame = reader.frameAt(target, &shown, &error);
        INFO("target " << target << " " << error.toStdString());
        REQUIRE(frame);
        CHECK(frame->width == 320);
        CHECK(shown <= target);
        CHECK(target - shown < 40);
    }
}

TEST_CASE("Packets dropped by a slow writer cut the segment and resume at the next keyframe",
          "[recording][recorder]")
{
    Fixture fx(6);
    QueuedPacketConsumer source(1000);
    FeedOptions feed;
    const FeedResult fed = feedClip(fx.clip, source, feed);
    REQUIRE(fed.packets == 150);
    CameraRecordingConfig config = fx.config(QStringLiteral("c1"), RecordingMode::Continuous);
    config.segmentSeconds = 60;
    CameraRecorder recorder(config, fx.dbPath);
    recorder.start();
    // Packets 60..69 (2.4 s .. 2.8 s) are lost, as the drop-oldest queue would lose them.
    int index = 0;
    while (std::optional<PacketItem> item = source.pop(std::chrono::milliseconds(0))) {
        if (index < 60 || index >= 70)
            recorder.packetConsumer()->push(std::move(*item));
        ++index;
    }
    recorder.stop();

    auto db = fx.openStore();
    SegmentIndex segmentIndex(db->connection());
    const QList<SegmentRecord> segments =
        segmentIndex.segments(QStringLiteral("c1"), feed.startWallMs, fed.endWallMs);
    REQUIRE(segments.size() == 2);
    CHECK(segments[0].endMs == feed.startWallMs + 2'400);   // up to the last packet before the hole
    CHECK(segments[1].startMs == feed.startWallMs + 3'000); // the next keyframe
    const QList<GapRecord> gaps =
        segmentIndex.gaps(QStringLiteral("c1"), feed.startWallMs, fed.endWallMs, 100);
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0].reason == QStringLiteral("overload"));
    CHECK(ffprobe(segments[1].path).frames == 75);
}
