// Motion metadata at record time from real H.264 packets: keyframe-only decoding finds the moving
// box's cells and nothing on a static picture; the recorder stores the samples in the store.
#include "recordingtestsupport.h"

#include "recording/camerarecorder.h"
#include "recording/keyframemotion.h"
#include "recording/motionindex.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace vigil;
using namespace recordingtest;

namespace {

// Every motion sample KeyframeMotion gives for `clip`'s packets.
QList<MotionCells> motionOf(const QString &clip)
{
    QueuedPacketConsumer consumer;
    FeedOptions feed;
    feed.sleepEveryPackets = 0;
    feedClip(clip, consumer, feed);
    consumer.close();
    KeyframeMotion motion;
    QList<MotionCells> samples;
    int keyframes = 0;
    while (std::optional<PacketItem> item = consumer.pop(std::chrono::milliseconds(0))) {
        keyframes += item->isKeyframe();
        if (std::optional<MotionCells> cells = motion.addKeyframe(*item))
            samples << *cells;
    }
    INFO(motion.lastError().toStdString());
    CHECK(keyframes == 6);
    return samples;
}

} // namespace

TEST_CASE("Keyframe motion finds the moving box's cells and nothing on a static picture",
          "[recording][motion]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QList<MotionCells> moving =
        motionOf(makeBoxClip(dir.path(), QStringLiteral("box.mp4"), 6, true));
    REQUIRE(moving.size() == 5); // 6 keyframes, the first has nothing to compare with
    // The 40×40 box jumps between x 0…40 and x 120…160 at y 20…60: columns 0–1 and 6–7, rows 1–2.
    MotionCells expected;
    for (int row : {1, 2})
        for (int column : {0, 1, 6, 7})
            expected.set(column, row);
    for (const MotionCells &cells : moving) {
        CHECK(cells.overlapCount(expected) >= 6);
        CHECK(cells.overlapCount(expected) == cells.count()); // nothing outside the box's path
    }
    const MotionCells rightHalf = MotionCells::fromRegion(QRectF(0.5, 0, 0.5, 1));
    for (const MotionCells &cells : moving)
        CHECK_FALSE(cells.intersects(rightHalf));

    const QList<MotionCells> still =
        motionOf(makeBoxClip(dir.path(), QStringLiteral("still.mp4"), 6, false));
    REQUIRE(still.size() == 5);
    for (const MotionCells &cells : still)
        CHECK(cells.isEmpty());
}

TEST_CASE("The recorder writes motion samples of recorded footage to the store",
          "[recording][motion][recorder]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString clip = makeBoxClip(dir.path(), QStringLiteral("box.mp4"), 6, true);
    const QString dbPath = dir.filePath(QStringLiteral("vigil.db"));
    CameraRecordingConfig config;
    config.cameraId = QStringLiteral("yard");
    config.storageDir = dir.filePath(QStringLiteral("rec"));
    config.segmentSeconds = 4;
    config.minFreeBytes = 0;
    FeedOptions feed;
    feed.loops = 2;
    {
        CameraRecorder recorder(config, dbPath);
        recorder.start();
        feedClip(clip, *recorder.packetConsumer(), feed);
        recorder.stop();
    }
    QString error;
    auto db = Database::open(dbPath, &error);
    REQUIRE(db);
    MotionIndex index(db->connection());
    const QList<MotionSample> samples =
        index.samples(QStringLiteral("yard"), feed.startWallMs, feed.startWallMs + 60000, &error);
    INFO(error.toStdString());
    // 12 keyframes in two loops of one connection; the first has no predecessor. The second
    // loop's first keyframe shows the box where the first loop started: an all-cells-quiet or a
    // box sample, never empty data.
    REQUIRE(samples.size() >= 10);
    CHECK(samples.first().timeMs == feed.startWallMs + 1000);
    const QList<MotionHit> left =
        findMotion(samples, MotionCells::fromRegion(QRectF(0, 0, 0.5, 0.5)));
    REQUIRE(left.size() == 1); // one continuous stretch of motion
    CHECK(left[0].startMs == feed.startWallMs);
    CHECK(findMotion(samples, MotionCells::fromRegion(QRectF(0.5, 0, 0.5, 1))).isEmpty());
    CHECK(findMotion(samples, MotionCells::fromRegion(QRectF(0, 0.5, 1, 0.5))).isEmpty());
}
