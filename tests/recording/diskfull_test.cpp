// Disk full on one camera's storage (a real 1 MiB tmpfs): that camera pauses with a visible
// reason, the other keeps recording, and the paused one resumes by itself once space returns.
// Mounting needs root (the CI and `scripts/vigil.sh test` run as root); otherwise it is skipped
// with a warning.
#include "recordingtestsupport.h"

#include "recording/camerarecorder.h"
#include "recording/segmentindex.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>

#include <mutex>
#include <unistd.h>

using namespace vigil;
using namespace recordingtest;

namespace {

class TinyFilesystem
{
public:
    explicit TinyFilesystem(const QString &mountPoint) : m_mountPoint(mountPoint)
    {
        QDir().mkpath(mountPoint);
        m_mounted = QProcess::execute(QStringLiteral("mount"),
                                      {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                       QStringLiteral("-o"), QStringLiteral("size=1m"),
                                       QStringLiteral("tmpfs"), mountPoint}) == 0;
    }
    ~TinyFilesystem()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_mountPoint});
    }
    bool mounted() const { return m_mounted; }

private:
    QString m_mountPoint;
    bool m_mounted = false;
};

struct StatusLog
{
    std::mutex mutex;
    QList<RecordingStatus> seen;
    bool saw(RecordingState state)
    {
        std::lock_guard lock(mutex);
        for (const auto &status : seen)
            if (status.state == state)
                return true;
        return false;
    }
};

} // namespace

TEST_CASE("Disk full pauses only that camera, which resumes when space returns",
          "[recording][diskfull]")
{
    if (::geteuid() != 0) {
        WARN("not root: cannot mount a tiny tmpfs, disk-full test skipped");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    TinyFilesystem tiny(dir.filePath(QStringLiteral("tiny")));
    REQUIRE(tiny.mounted());
    // Leave ~150 KiB free on the tiny volume.
    const QString filler = dir.filePath(QStringLiteral("tiny/filler"));
    {
        QFile file(filler);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(870 * 1024, 'f'));
    }
    // 640x360 keeps ~40 KB per second: the tiny volume fills after a few seconds.
    const QString clip = makeClip(dir.path(), QStringLiteral("clip.mp4"), 4, 640, 360);
    const QString dbPath = dir.filePath(QStringLiteral("vigil.db"));

    auto configFor = [&](const QString &camera, const QString &storage) {
        CameraRecordingConfig config;
        config.cameraId = camera;
        config.storageDir = storage;
        config.segmentSeconds = 2;
        config.minFreeBytes = 0; // exercise the real ENOSPC path
        config.retryMs = 100;
        return config;
    };
    StatusLog fullLog;
    QString pausedReason;
    CameraRecorder full(configFor(QStringLiteral("full"), dir.filePath(QStringLiteral("tiny/rec"))),
                        dbPath, [&](const QString &, const RecordingStatus &status) {
                            std::lock_guard lock(fullLog.mutex);
                            fullLog.seen.append(status);
                            if (status.state == RecordingState::Paused)
                                pausedReason = status.reason;
                        });
    CameraRecorder fine(configFor(QStringLiteral("fine"), dir.filePath(QStringLiteral("rec"))),
                        dbPath);
    {
        QString error;
        REQUIRE(Database::open(dbPath, &error)); // create and migrate the store once
    }
    full.start();
    fine.start();
    REQUIRE(waitUntil(
        [&] {
            return full.status().state == RecordingState::Waiting &&
                   fine.status().state == RecordingState::Waiting;
        },
        5000));

    // Feed both cameras the same stream, in real-ish time steps, until `full` pauses.
    FeedOptions feed;
    feed.loops = 40;
    feed.sleepEveryPackets = 5;
    bool freed = false;
    qint64 pausedAtWall = 0;
    qint64 resumedAtWall = 0;
    QueuedPacketConsumer tee(4096);
    feed.beforePacket = [&](qint64 wallMs) {
        // Deliver what the feeder queued into `tee` to both recorders.
        while (auto item = tee.pop(std::chrono::milliseconds(0))) {
            full.packetConsumer()->consumePacket(*item->packet, item->stream, item->receivedAtMs,
                                                 item->sequence);
            fine.packetConsumer()->consumePacket(*item->packet, item->stream, item->receivedAtMs,
                                                 item->sequence);
        }
        if (!pausedAtWall && full.status().state == RecordingState::Paused) {
            pausedAtWall = wallMs;
        }
        if (pausedAtWall && !freed && wallMs > pausedAtWall + 3000) {
            // While paused for 3 s of stream time, the other camera kept going. Free space.
            CHECK(fine.status().state == RecordingState::Recording);
            REQUIRE(QFile::remove(filler));
            freed = true;
        }
        if (freed && !resumedAtWall && full.status().state == RecordingState::Recording)
            resumedAtWall = wallMs;
        return !(resumedAtWall && wallMs > resumedAtWall + 3000);
    };
    feedClip(clip, tee, feed);
    full.stop();
    fine.stop();

    INFO("paused reason: " << pausedReason.toStdString());
    REQUIRE(pausedAtWall > 0);
    CHECK(pausedReason.startsWith(QStringLiteral("Disk full")));
    CHECK(pausedReason.contains(QStringLiteral("tiny")));
    REQUIRE(freed);
    CHECK(resumedAtWall > pausedAtWall);

    QString error;
    auto db = Database::open(dbPath, &error);
    REQUIRE(db);
    SegmentIndex index(db->connection());
    const qint64 from = feed.startWallMs;
    const qint64 to = resumedAtWall + 3000;
    // The healthy camera has no gap at all; the full one has exactly the disk-full gap.
    CHECK(index.gaps(QStringLiteral("fine"), from, to - 100).isEmpty());
    const QList<GapRecord> gaps = index.gaps(QStringLiteral("full"), from, to - 500);
    REQUIRE(gaps.size() == 1);
    CHECK(gaps.first().reason == QStringLiteral("disk_full"));
    CHECK(gaps.first().startMs <= pausedAtWall);
    CHECK(gaps.first().endMs >= pausedAtWall + 3000);
    // Footage written before the disk filled and after it resumed is playable.
    const QList<SegmentRecord> segments = index.segments(QStringLiteral("full"), from, to);
    REQUIRE(segments.size() >= 2);
    CHECK(ffprobe(segments.first().path).ok);
    CHECK(ffprobe(segments.last().path).ok);
}
