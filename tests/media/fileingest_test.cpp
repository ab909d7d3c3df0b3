// Ingest from local files made at test time with the ffmpeg CLI.
#include "mediatestsupport.h"

#include "media/streammanager.h"
#include "media/videosource.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QThread>

#include <memory>

using namespace mediatest;
using vigil::StreamFault;
using vigil::StreamState;

namespace {

vigil::StreamRequest fileRequest(const QString &path, const QString &camera = QStringLiteral("f1"))
{
    vigil::StreamRequest request;
    request.cameraId = camera;
    request.cameraName = QStringLiteral("File camera");
    request.url = path;
    return request;
}

} // namespace

TEST_CASE("A file source goes live, delivers frames at the target size at real time and loops",
          "[media][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString clip = makeClip(dir, QStringLiteral("clip.mp4"), QSize(640, 360));

    vigil::StreamManager manager;
    QObject owner;
    vigil::VideoSource *source = manager.openDisplay(fileRequest(clip), &owner);
    SourceRecorder recorder(source);
    source->setTargetSize(QSize(320, 240));

    REQUIRE(waitUntil([&] { return recorder.sawState(StreamState::Live); }, 5000));
    INFO(recorder.describe().toStdString());
    CHECK(recorder.firstAt(StreamState::Connecting) <= recorder.firstAt(StreamState::Live));
    CHECK(manager.ingestCount() == 1);

    REQUIRE(waitUntil([&] { return !source->latestFrame().isNull(); }, 3000));
    const vigil::DisplayFrame frame = source->latestFrame();
    CHECK(frame.image.size() == QSize(320, 180));
    CHECK(frame.image.format() == QImage::Format_RGB32);
    CHECK(frame.sourceSize == QSize(640, 360));

    pumpEvents(2200); // past the 2 s clip: it must have looped
    const vigil::StreamStats stats = source->stats();
    CHECK(stats.fpsIn == Approx(25).margin(4));
    CHECK(stats.fpsOut == Approx(25).margin(5));
    CHECK(stats.framesDecoded > 50); // the clip has 50 frames
    CHECK(stats.framesDecoded < 100);
    CHECK(stats.frameSize == QSize(640, 360));
    CHECK(stats.codec == QStringLiteral("h264"));
    CHECK(stats.bitrateKbps > 0);
    CHECK(stats.decodeMsAvg > 0);
    CHECK(stats.lastFrameAgeMs >= 0);
    CHECK(stats.lastFrameAgeMs < 500);
    CHECK(recorder.frameNotifications > 10);
    CHECK(source->latestFrame().sequence > frame.sequence);
    CHECK_FALSE(recorder.sawState(StreamState::Reconnecting));
    CHECK(source->status().state == StreamState::Live);
}

TEST_CASE("Frame notifications are coalesced while the GUI thread is busy", "[media][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString clip = makeClip(dir, QStringLiteral("clip.mp4"), QSize(320, 180));
    vigil::StreamManager manager;
    QObject owner;
    vigil::VideoSource *source = manager.openDisplay(fileRequest(clip), &owner);
    source->setTargetSize(QSize(160, 90));
    SourceRecorder recorder(source);
    REQUIRE(waitUntil([&] { return recorder.frameNotifications > 0; }, 5000));

    const quint64 before = source->stats().framesDecoded;
    QThread::msleep(600); // the "GUI" is blocked: ~15 frames decode meanwhile
    const int notificationsBefore = recorder.frameNotifications;
    QCoreApplication::processEvents();
    CHECK(source->stats().framesDecoded - before >= 8);
    // Without coalescing there would be one per frame; a frame decoded during processEvents()
    // may legitimately add a second.
    CHECK(recorder.frameNotifications - notificationsBefore >= 1);
    CHECK(recorder.frameNotifications - notificationsBefore <= 2);
    CHECK(source->stats().framesDropped >= 5); // replaced unread in the mailbox
}

TEST_CASE("Decoding pauses while no display needs pictures", "[media][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString clip = makeClip(dir, QStringLiteral("clip.mp4"), QSize(320, 180));
    vigil::StreamManager manager;
    QObject owner;
    vigil::VideoSource *source = manager.openDisplay(fileRequest(clip), &owner);
    SourceRecorder recorder(source);

    // No target size yet: demux only.
    REQUIRE(waitUntil([&] { return recorder.sawState(StreamState::Live); }, 5000));
    pumpEvents(500);
    CHECK(source->stats().framesDecoded == 0);
    CHECK(source->latestFrame().isNull());

    source->setTargetSize(QSize(160, 90));
    REQUIRE(waitUntil([&] { return !source->latestFrame().isNull(); }, 3000));

    source->setActive(false);
    pumpEvents(200);
    const quint64 paused = source->stats().framesDecoded;
    pumpEvents(600);
    CHECK(source->stats().framesDecoded == paused);

    source->setActive(true);
    REQUIRE(waitUntil([&] { return source->stats().framesDecoded > paused + 5; }, 3000));
}

TEST_CASE("Displays of the same stream share one ingest that stops with the last of them",
          "[media][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString clip = makeClip(dir, QStringLiteral("clip.mp4"), QSize(320, 180));
    const int baseline = processThreadCount();

    vigil::StreamManager manager;
    QList<std::pair<int, int>> counts;
    QObject::connect(&manager, &vigil::StreamManager::ingestCountsChanged,
                     [&](int live, int total) {
                         counts.append({live, total});
                     });
    auto first =
        std::unique_ptr<vigil::VideoSource>(manager.openDisplay(fileRequest(clip), nullptr));
    auto second =
        std::unique_ptr<vigil::VideoSource>(manager.openDisplay(fileRequest(clip), nullptr));
    first->setTargetSize(QSize(160, 90));
    second->setTargetSize(QSize(80, 45));
    CHECK(manager.ingestCount() == 1);
    REQUIRE(waitUntil([&] { return manager.liveCount() == 1; }, 5000));
    REQUIRE(waitUntil(
        [&] { return !first->latestFrame().isNull() && !second->latestFrame().isNull(); }, 3000));
    CHECK(first->latestFrame().image.size() == QSize(160, 90));
    CHECK(second->latestFrame().image.size() == QSize(80, 45));
    CHECK(processThreadCount() == baseline + 1); // one ingest thread, single-threaded decoder

    first.reset();
    CHECK(manager.ingestCount() == 1);
    second.reset();
    CHECK(manager.ingestCount() == 0);
    CHECK(waitUntil([&] { return processThreadCount() == baseline; }, 2000));
    REQUIRE_FALSE(counts.isEmpty());
    CHECK(counts.last() == std::pair<int, int>(0, 0));
    CHECK(counts.contains(std::pair<int, int>(1, 1)));
}

TEST_CASE("A missing file reports NotFound and retries with backoff", "[media][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    vigil::StreamManager manager;
    QObject owner;
    vigil::VideoSource *source =
        manager.openDisplay(fileRequest(dir.filePath(QStringLiteral("absent.mp4"))), &owner);
    SourceRecorder recorder(source);
    REQUIRE(waitUntil([&] { return recorder.sawState(StreamState::Reconnecting); }, 3000));
    CHECK(source->status().fault == StreamFault::NotFound);
    CHECK(source->status().reason.contains(QStringLiteral("absent.mp4")));
}

TEST_CASE("A stream in an unsupported codec reports UnsupportedCodec", "[media][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString clip =
        makeClip(dir, QStringLiteral("clip.avi"), QSize(160, 90), QStringLiteral("mpeg4"), 1);
    vigil::StreamManager manager;
    QObject owner;
    vigil::VideoSource *source = manager.openDisplay(fileRequest(clip), &owner);
    SourceRecorder recorder(source);
    REQUIRE(waitUntil([&] { return recorder.sawState(StreamState::Reconnecting); }, 3000));
    CHECK(source->status().fault == StreamFault::UnsupportedCodec);
    CHECK(source->status().reason.contains(QStringLiteral("mpeg4")));
}
