// Reconnect robustness: one stream hung up on over a hundred times in a row (a local relay in
// front of vigil-camsim that closes the first connections at once), then let through.
#include "flakytcprelay.h"
#include "mediatestsupport.h"

#include "media/streammanager.h"
#include "media/videosource.h"

#include <catch2/catch.hpp>

using namespace mediatest;
using vigil::StreamState;

TEST_CASE("A hundred hang-ups leave no thread or memory behind and the stream then goes live",
          "[media][camsim][reconnect]")
{
    constexpr int kHangUps = 120;
    constexpr int kWarmUp = 20; // libav and the allocator settle during the first attempts
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString clip = makeClip(dir, QStringLiteral("c.mp4"), QSize(320, 180));
    CamsimProcess camsim({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--camera"),
                          QStringLiteral("id=c1,main=%1,sub=%1").arg(clip)});
    FlakyTcpRelay relay(camsim.port(), kHangUps);

    vigil::StreamManager manager;
    vigil::IngestOptions options;
    options.openTimeoutMs = 1500;
    options.stallTimeoutMs = 1500;
    options.backoffInitialMs = 2; // the real 0.5 s → 10 s backoff would take minutes
    options.backoffMaxMs = 20;
    manager.setIngestOptions(options);
    QObject owner;
    vigil::StreamRequest request;
    request.cameraId = QStringLiteral("c1");
    request.url = QStringLiteral("rtsp://127.0.0.1:%1/c1/sub").arg(relay.port());
    vigil::VideoSource *source = manager.openDisplay(request, &owner);
    source->setTargetSize(QSize(160, 90));
    SourceRecorder recorder(source);

    REQUIRE(waitUntil([&] { return relay.acceptedCount() >= kWarmUp; }, 10000));
    const int threadsAtWarmUp = processThreadCount();
    const qint64 rssAtWarmUpKb = processRssKb();
    REQUIRE(waitUntil([&] { return relay.acceptedCount() >= kHangUps; }, 25000));
    const int threadsAfter = processThreadCount();
    const qint64 rssAfterKb = processRssKb();

    REQUIRE(waitUntil([&] { return recorder.sawState(StreamState::Live); }, 8000));
    REQUIRE(waitUntil([&] { return !source->latestFrame().isNull(); }, 5000));
    INFO("threads " << threadsAtWarmUp << " → " << threadsAfter << ", RSS " << rssAtWarmUpKb
                    << " → " << rssAfterKb << " KiB over " << kHangUps - kWarmUp << " reconnects");
    WARN("reconnect soak: threads " << threadsAtWarmUp << " -> " << threadsAfter << ", RSS "
                                    << rssAtWarmUpKb << " -> " << rssAfterKb << " KiB");
    CHECK(threadsAfter <= threadsAtWarmUp + 1);
    CHECK(rssAfterKb - rssAtWarmUpKb < 4096);

    // Every attempt ends in Reconnecting (with a reason) before the next one starts: the state
    // machine never sticks in Connecting and never loops without reporting.
    int attempts = 0;
    StreamState previous = StreamState::Idle;
    bool alternates = true;
    for (const RecordedStatus &recorded : recorder.statuses) {
        const StreamState state = recorded.status.state;
        if (state == StreamState::Connecting) {
            ++attempts;
            alternates = alternates && previous != StreamState::Connecting;
        }
        if (state == StreamState::Reconnecting)
            alternates = alternates && previous == StreamState::Connecting &&
                         !recorded.status.reason.isEmpty();
        previous = state;
    }
    CHECK(alternates);
    CHECK(attempts >= kHangUps);
    CHECK(source->stats().reconnects >= kHangUps);
    CHECK(source->status().state == StreamState::Live);
}

TEST_CASE("A camera server that restarts is reported and the stream comes back live by itself",
          "[media][camsim][reconnect]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString clip = makeClip(dir, QStringLiteral("c.mp4"), QSize(320, 180));
    CamsimProcess camsim(
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--camera"),
         QStringLiteral("id=c1,main=%1,sub=%1,fault=restart,every=2,duration=1.5").arg(clip)});
    vigil::StreamManager manager;
    vigil::IngestOptions options;
    options.openTimeoutMs = 1500;
    options.stallTimeoutMs = 1500;
    options.backoffInitialMs = 200;
    options.backoffMaxMs = 400;
    manager.setIngestOptions(options);
    QObject owner;
    vigil::StreamRequest request;
    request.cameraId = QStringLiteral("c1");
    request.url = camsim.url(QStringLiteral("c1/sub"));
    vigil::VideoSource *source = manager.openDisplay(request, &owner);
    source->setTargetSize(QSize(160, 90));
    SourceRecorder recorder(source);

    REQUIRE(waitUntil([&] { return recorder.sawState(StreamState::Live); }, 6000));
    REQUIRE(waitUntil([&] { return recorder.sawState(StreamState::Reconnecting); }, 6000));
    const qint64 lostAt = recorder.firstAt(StreamState::Reconnecting);
    REQUIRE(waitUntil([&] { return recorder.firstAt(StreamState::Live, lostAt) >= 0; }, 8000));
    INFO(recorder.describe().toStdString());
    const qint64 backAt = recorder.firstAt(StreamState::Live, lostAt);
    const quint64 framesBefore = source->stats().framesDecoded;
    REQUIRE(waitUntil([&] { return source->stats().framesDecoded > framesBefore; }, 3000));
    CHECK(backAt - lostAt >= 1000); // the server really was down for a while
    CHECK(source->stats().reconnects >= 1);
}
