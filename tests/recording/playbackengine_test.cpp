// Playback engine with an injected clock: seek accuracy, frames at the right recorded time for
// 1× and 2×, frame step, reverse by keyframes, gaps, and two cameras on one clock.
#include "recordingtestsupport.h"

#include "recording/playbackengine.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <mutex>

using namespace vigil;
using namespace recordingtest;

namespace {

constexpr qint64 kT0 = 1'700'000'000'000;

struct FakeTime
{
    std::atomic<qint64> nowMs{1'000'000};
    PlaybackClock::TimeSource source()
    {
        return [this] { return nowMs.load(); };
    }
};

// Collects what a player hands out (player thread) for the test thread.
struct Frames
{
    std::mutex mutex;
    QList<PlayerFrame> frames;
    CameraPlayer::FrameCallback callback()
    {
        return [this](const PlayerFrame &frame) {
            std::lock_guard lock(mutex);
            frames.append(frame);
        };
    }
    // The newest frame once it satisfies `accept`, or a default frame after the timeout.
    PlayerFrame waitFor(const std::function<bool(const PlayerFrame &)> &accept,
                        int timeoutMs = 5000)
    {
        PlayerFrame result;
        waitUntil(
            [&] {
                std::lock_guard lock(mutex);
                if (frames.isEmpty() || !accept(frames.last()))
                    return false;
                result = frames.last();
                return true;
            },
            timeoutMs);
        return result;
    }
    void clear()
    {
        std::lock_guard lock(mutex);
        frames.clear();
    }
};

SegmentRecord segmentOf(const QString &clip, qint64 startMs, qint64 lengthMs, qint64 id)
{
    SegmentRecord segment;
    segment.id = id;
    segment.cameraId = QStringLiteral("c1");
    segment.startMs = startMs;
    segment.endMs = startMs + lengthMs;
    segment.path = clip;
    return segment;
}

} // namespace

TEST_CASE("A camera player shows the frame for the clock's position at any speed",
          "[recording][playback]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // 4 s at 25 fps (a frame every 40 ms), keyframe every second.
    const QString clip = makeClip(dir.path(), QStringLiteral("clip.mp4"), 4);
    FakeTime time;
    PlaybackClock clock(time.source());
    Frames frames;
    CameraPlayer player(QStringLiteral("c1"), clock, frames.callback());
    // Two segments with a 6 s gap between them.
    player.setSegments({segmentOf(clip, kT0, 4000, 1), segmentOf(clip, kT0 + 10'000, 4000, 2)});
    player.setTargetSize(QSize(160, 90));
    player.start();

    // Seek (paused): exactly the frame at or before the position.
    clock.seek(kT0 + 2010);
    player.wake();
    PlayerFrame frame = frames.waitFor([](const PlayerFrame &f) { return !f.image.isNull(); });
    CHECK(frame.timeMs == kT0 + 2000);
    CHECK(frame.image.width() == 160);

    // 1×: 500 ms of clock time later the picture is the one recorded 500 ms later.
    clock.setPaused(false);
    time.nowMs += 500;
    player.wake();
    frame = frames.waitFor([](const PlayerFrame &f) { return f.timeMs >= kT0 + 2480; });
    CHECK(frame.timeMs == kT0 + 2480);

    // 2×: 250 ms of clock time moves the picture by 500 ms.
    clock.setSpeed(2.0);
    time.nowMs += 250;
    player.wake();
    CHECK(clock.position() == kT0 + 3010);
    frame = frames.waitFor([](const PlayerFrame &f) { return f.timeMs >= kT0 + 3000; });
    CHECK(frame.timeMs == kT0 + 3000);

    // Frame step (paused): one frame interval forward, then back.
    clock.setPaused(true);
    clock.seek(player.lastFrameTimeMs() + player.frameIntervalMs());
    player.wake();
    CHECK(player.frameIntervalMs() == 40);
    frame = frames.waitFor([](const PlayerFrame &f) { return f.timeMs == kT0 + 3040; });
    CHECK(frame.timeMs == kT0 + 3040);
    clock.seek(player.lastFrameTimeMs() - player.frameIntervalMs());
    player.wake();
    frame = frames.waitFor([](const PlayerFrame &f) { return f.timeMs == kT0 + 3000; });
    CHECK(frame.timeMs == kT0 + 3000);

    // Reverse: keyframes only, at whole seconds, going back.
    frames.clear();
    clock.setSpeed(-1.0);
    clock.setPaused(false);
    time.nowMs += 1500; // position 3000 − 1500 = 1500 → keyframe at 1000
    player.wake();
    frame = frames.waitFor([](const PlayerFrame &f) { return f.timeMs <= kT0 + 1000; });
    CHECK(frame.timeMs == kT0 + 1000);
    CHECK(frame.keyframeOnly);

    // In the gap: a null picture, once; then the next segment plays from its start.
    clock.setSpeed(1.0);
    clock.setPaused(true);
    clock.seek(kT0 + 7000);
    player.wake();
    frame = frames.waitFor([](const PlayerFrame &f) { return f.image.isNull(); });
    CHECK(frame.image.isNull());
    clock.seek(kT0 + 10'000);
    player.wake();
    frame = frames.waitFor([](const PlayerFrame &f) { return !f.image.isNull(); });
    CHECK(frame.timeMs == kT0 + 10'000);
    player.stop();
}

TEST_CASE("Two players on one clock show the same recorded moment", "[recording][playback]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString clip = makeClip(dir.path(), QStringLiteral("clip.mp4"), 3);
    FakeTime time;
    PlaybackClock clock(time.source());
    Frames a;
    Frames b;
    CameraPlayer first(QStringLiteral("a"), clock, a.callback());
    CameraPlayer second(QStringLiteral("b"), clock, b.callback());
    // Camera b's recording started 1 s later: its file offset differs for the same moment.
    first.setSegments({segmentOf(clip, kT0, 3000, 1)});
    second.setSegments({segmentOf(clip, kT0 + 1000, 3000, 2)});
    first.start();
    second.start();
    clock.seek(kT0 + 1500);
    clock.setSpeed(0.5);
    clock.setPaused(false);
    time.nowMs += 800; // +400 ms at ½×
    first.wake();
    second.wake();
    const auto at = [](const PlayerFrame &f) { return f.timeMs == kT0 + 1880; };
    CHECK(a.waitFor(at).timeMs == kT0 + 1880);
    CHECK(b.waitFor(at).timeMs == kT0 + 1880);
}
