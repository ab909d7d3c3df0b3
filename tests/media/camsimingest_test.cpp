// Live ingest against the real camera simulator (vigil-camsim, path in $VIGIL_CAMSIM).
#include "mediatestsupport.h"

#include "media/streammanager.h"
#include "media/videosource.h"
#include "wall/streamstatustext.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

#include <algorithm>
#include <memory>

using namespace mediatest;
using vigil::StreamFault;
using vigil::StreamState;

namespace {

// Short deadlines keep the suite fast; the production defaults are 5 s.
vigil::IngestOptions fastOptions()
{
    vigil::IngestOptions options;
    options.openTimeoutMs = 1500;
    options.stallTimeoutMs = 1500;
    return options;
}

vigil::StreamRequest rtspRequest(const QString &url,
                                 vigil::StreamProfile profile = vigil::StreamProfile::Sub)
{
    vigil::StreamRequest request;
    request.cameraId = QStringLiteral("c1");
    request.cameraName = QStringLiteral("Camsim");
    request.profile = profile;
    request.url = url;
    return request;
}

struct Clips
{
    QTemporaryDir dir;
    QString main;
    QString sub;
};

// H.264 for both (fast to encode); the H.265 main stream has its own test.
std::unique_ptr<Clips> makeClips(bool hevcMain = false)
{
    auto clips = std::make_unique<Clips>();
    REQUIRE(clips->dir.isValid());
    clips->main = makeClip(clips->dir, QStringLiteral("main.mp4"), QSize(640, 360),
                           hevcMain ? QStringLiteral("libx265") : QStringLiteral("libx264"));
    clips->sub = makeClip(clips->dir, QStringLiteral("sub.mp4"), QSize(320, 180));
    return clips;
}

QString cameraSpec(const Clips &clips, const QString &id, const QString &extra = {})
{
    QString spec = QStringLiteral("id=%1,main=%2,sub=%3").arg(id, clips.main, clips.sub);
    if (!extra.isEmpty())
        spec += QLatin1Char(',') + extra;
    return spec;
}

} // namespace

TEST_CASE("Live frames from the simulator's H.265 main and H.264 sub streams", "[media][camsim]")
{
    auto clips = makeClips(true);
    CamsimProcess camsim({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--camera"),
                          cameraSpec(*clips, QStringLiteral("c1"))});
    vigil::StreamManager manager;
    manager.setIngestOptions(fastOptions());
    QObject owner;
    vigil::VideoSource *sub =
        manager.openDisplay(rtspRequest(camsim.url(QStringLiteral("c1/sub"))), &owner);
    vigil::VideoSource *main = manager.openDisplay(
        rtspRequest(camsim.url(QStringLiteral("c1/main")), vigil::StreamProfile::Main), &owner);
    SourceRecorder subRecorder(sub), mainRecorder(main);
    sub->setTargetSize(QSize(320, 180));
    main->setTargetSize(QSize(320, 180));

    REQUIRE(waitUntil([&] { return manager.liveCount() == 2; }, 8000));
    REQUIRE(waitUntil([&] { return !sub->latestFrame().isNull() && !main->latestFrame().isNull(); },
                      5000));
    pumpEvents(1500);
    INFO("sub:\n"
         << subRecorder.describe().toStdString() << "\nmain:\n"
         << mainRecorder.describe().toStdString());
    CHECK(sub->latestFrame().image.size() == QSize(320, 180));
    CHECK(main->latestFrame().image.size() == QSize(320, 180));
    CHECK(main->latestFrame().sourceSize == QSize(640, 360));
    CHECK(sub->stats().codec == QStringLiteral("h264"));
    CHECK(main->stats().codec == QStringLiteral("hevc"));
    CHECK(sub->stats().fpsIn == Approx(25).margin(6));
    CHECK(main->stats().fpsIn == Approx(25).margin(6));
    CHECK(subRecorder.firstAt(StreamState::Connecting) <= subRecorder.firstAt(StreamState::Live));
    CHECK_FALSE(subRecorder.sawState(StreamState::Reconnecting));
    CHECK_FALSE(mainRecorder.sawState(StreamState::Reconnecting));
}

TEST_CASE("An unreachable port is Refused and retried with backoff, not in a tight loop",
          "[media][camsim]")
{
    vigil::StreamManager manager;
    manager.setIngestOptions(fastOptions());
    QObject owner;
    const int port = unusedPort();
    vigil::VideoSource *source = manager.openDisplay(
        rtspRequest(QStringLiteral("rtsp://127.0.0.1:%1/c1/sub").arg(port)), &owner);
    SourceRecorder recorder(source);
    pumpEvents(3200);
    INFO(recorder.describe().toStdString());
    CHECK(source->status().state == StreamState::Reconnecting);
    CHECK(source->status().fault == StreamFault::Refused);
    // Backoff 0.5, 1, 2 s (±20 %): about 3 attempts in 3.2 s; a tight loop would make hundreds.
    const int attempts = recorder.countState(StreamState::Connecting);
    CHECK(attempts >= 2);
    CHECK(attempts <= 5);
    CHECK(source->stats().reconnects == attempts - 1);
}

TEST_CASE("A port that accepts and never answers times out within the deadline", "[media][camsim]")
{
    auto clips = makeClips();
    const int silentPort = unusedPort();
    CamsimProcess camsim({QStringLiteral("--port"), QStringLiteral("0"),
                          QStringLiteral("--silent-port"), QString::number(silentPort),
                          QStringLiteral("--camera"), cameraSpec(*clips, QStringLiteral("c1"))});
    vigil::StreamManager manager;
    manager.setIngestOptions(fastOptions());
    QObject owner;
    vigil::VideoSource *source = manager.openDisplay(
        rtspRequest(QStringLiteral("rtsp://127.0.0.1:%1/c1/sub").arg(silentPort)), &owner);
    SourceRecorder recorder(source);
    REQUIRE(waitUntil([&] { return recorder.sawState(StreamState::Reconnecting); }, 4000));
    INFO(recorder.describe().toStdString());
    const qint64 failedAt = recorder.firstAt(StreamState::Reconnecting);
    CHECK(failedAt >= 1300);
    CHECK(failedAt <= 2500); // 1.5 s deadline
    CHECK(source->status().fault == StreamFault::Timeout);
}

TEST_CASE("A port flooding garbage is given up within the deadline", "[media][camsim]")
{
    auto clips = makeClips();
    const int floodPort = unusedPort();
    CamsimProcess camsim({QStringLiteral("--port"), QStringLiteral("0"),
                          QStringLiteral("--flood-port"), QString::number(floodPort),
                          QStringLiteral("--camera"), cameraSpec(*clips, QStringLiteral("c1"))});
    vigil::StreamManager manager;
    manager.setIngestOptions(fastOptions());
    QObject owner;
    vigil::VideoSource *source = manager.openDisplay(
        rtspRequest(QStringLiteral("rtsp://127.0.0.1:%1/c1/sub").arg(floodPort)), &owner);
    SourceRecorder recorder(source);
    REQUIRE(waitUntil([&] { return recorder.sawState(StreamState::Reconnecting); }, 4000));
    INFO(recorder.describe().toStdString());
    CHECK(recorder.firstAt(StreamState::Reconnecting) <= 2500);
    CHECK_FALSE(recorder.sawState(StreamState::Live));
    CHECK(source->status().fault != StreamFault::None);
}

TEST_CASE("Unauthorized cameras are reported as such and correct credentials go live",
          "[media][camsim]")
{
    auto clips = makeClips();
    CamsimProcess camsim(
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--camera"),
         cameraSpec(*clips, QStringLiteral("c1"), QStringLiteral("fault=unauthorized")),
         QStringLiteral("--camera"),
         cameraSpec(*clips, QStringLiteral("c2"),
                    QStringLiteral("user=operator,password=Gate%7!x"))});
    vigil::StreamManager manager;
    manager.setIngestOptions(fastOptions());
    QObject owner;

    vigil::VideoSource *denied =
        manager.openDisplay(rtspRequest(camsim.url(QStringLiteral("c1/sub"))), &owner);
    vigil::StreamRequest wrongRequest = rtspRequest(camsim.url(QStringLiteral("c2/sub")));
    wrongRequest.username = QStringLiteral("operator");
    wrongRequest.password = QStringLiteral("wrong");
    wrongRequest.rtspOverTcp = false; // a different ingest key than the correct one below
    vigil::VideoSource *wrong = manager.openDisplay(wrongRequest, &owner);
    vigil::StreamRequest goodRequest = rtspRequest(camsim.url(QStringLiteral("c2/sub")));
    goodRequest.username = QStringLiteral("operator");
    goodRequest.password = QStringLiteral("Gate%7!x");
    vigil::VideoSource *good = manager.openDisplay(goodRequest, &owner);
    good->setTargetSize(QSize(160, 90));
    SourceRecorder deniedRecorder(denied), wrongRecorder(wrong), goodRecorder(good);

    REQUIRE(waitUntil(
        [&] {
            return deniedRecorder.sawState(StreamState::Reconnecting) &&
                   wrongRecorder.sawState(StreamState::Reconnecting) &&
                   !good->latestFrame().isNull();
        },
        6000));
    INFO("denied:\n"
         << deniedRecorder.describe().toStdString() << "\nwrong:\n"
         << wrongRecorder.describe().toStdString() << "\ngood:\n"
         << goodRecorder.describe().toStdString());
    CHECK(denied->status().fault == StreamFault::Unauthorized);
    CHECK(wrong->status().fault == StreamFault::Unauthorized);
    CHECK(good->status().state == StreamState::Live);
    for (const auto *recorder : {&deniedRecorder, &wrongRecorder, &goodRecorder}) {
        for (const auto &recorded : recorder->statuses) {
            CHECK_FALSE(recorded.status.reason.contains(QStringLiteral("Gate")));
            CHECK_FALSE(recorded.status.reason.contains(QStringLiteral("wrong")));
            CHECK_FALSE(recorded.status.reason.contains(QStringLiteral("operator")));
        }
    }
}

TEST_CASE("A stalled stream is reported Stalled and comes back live", "[media][camsim]")
{
    auto clips = makeClips();
    CamsimProcess camsim({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--camera"),
                          cameraSpec(*clips, QStringLiteral("c1"),
                                     QStringLiteral("fault=stall,after=1,duration=3"))});
    vigil::StreamManager manager;
    manager.setIngestOptions(fastOptions());
    QObject owner;
    vigil::VideoSource *source =
        manager.openDisplay(rtspRequest(camsim.url(QStringLiteral("c1/sub"))), &owner);
    source->setTargetSize(QSize(160, 90));
    SourceRecorder recorder(source);

    REQUIRE(waitUntil([&] { return recorder.sawState(StreamState::Live); }, 5000));
    const qint64 liveAt = recorder.firstAt(StreamState::Live);
    REQUIRE(waitUntil([&] { return recorder.sawState(StreamState::Stalled); }, 5000));
    const qint64 stalledAt = recorder.firstAt(StreamState::Stalled);
    REQUIRE(waitUntil([&] { return recorder.firstAt(StreamState::Live, stalledAt) >= 0; }, 6000));
    INFO(recorder.describe().toStdString());
    CHECK(stalledAt - liveAt <= 5000);
    CHECK(source->stats().reconnects >= 1);
    bool stalledForTimeout = false;
    for (const auto &recorded : recorder.statuses)
        stalledForTimeout |= recorded.status.state == StreamState::Stalled &&
                             recorded.status.fault == StreamFault::Timeout;
    CHECK(stalledForTimeout);
}

TEST_CASE("A camera that drops its connections is reconnected and comes back live",
          "[media][camsim]")
{
    auto clips = makeClips();
    CamsimProcess camsim(
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--camera"),
         cameraSpec(*clips, QStringLiteral("c1"), QStringLiteral("fault=drop,every=2"))});
    vigil::StreamManager manager;
    manager.setIngestOptions(fastOptions());
    QObject owner;
    vigil::VideoSource *source =
        manager.openDisplay(rtspRequest(camsim.url(QStringLiteral("c1/sub"))), &owner);
    source->setTargetSize(QSize(160, 90));
    SourceRecorder recorder(source);

    REQUIRE(waitUntil([&] { return recorder.sawState(StreamState::Live); }, 5000));
    REQUIRE(waitUntil([&] { return recorder.sawState(StreamState::Reconnecting); }, 6000));
    const qint64 lostAt = recorder.firstAt(StreamState::Reconnecting);
    REQUIRE(waitUntil([&] { return recorder.firstAt(StreamState::Live, lostAt) >= 0; }, 5000));
    INFO(recorder.describe().toStdString());
    CHECK(source->stats().reconnects >= 1);
}

TEST_CASE("Sixteen live ingests stop fast and leave no thread behind", "[media][camsim]")
{
    auto clips = makeClips();
    QStringList args{QStringLiteral("--port"), QStringLiteral("0")};
    for (int i = 1; i <= 8; ++i)
        args << QStringLiteral("--camera") << cameraSpec(*clips, QStringLiteral("c%1").arg(i));
    CamsimProcess camsim(args);
    const int baseline = processThreadCount();

    auto manager = std::make_unique<vigil::StreamManager>();
    manager->setIngestOptions(fastOptions());
    QObject owner;
    QList<vigil::VideoSource *> sources;
    for (int i = 1; i <= 8; ++i) {
        for (const QString &profile : {QStringLiteral("main"), QStringLiteral("sub")}) {
            vigil::VideoSource *source = manager->openDisplay(
                rtspRequest(camsim.url(QStringLiteral("c%1/%2").arg(i).arg(profile))), &owner);
            if (i <= 2)
                source->setTargetSize(QSize(160, 90)); // a few decode, the rest only demux
            sources.append(source);
        }
    }
    CHECK(manager->ingestCount() == 16);
    REQUIRE(waitUntil([&] { return manager->liveCount() == 16; }, 15000));
    CHECK(processThreadCount() > baseline);

    QElapsedTimer shutdown;
    shutdown.start();
    manager.reset(); // what the application does on exit
    const qint64 shutdownMs = shutdown.elapsed();
    WARN("shutdown of 16 live ingests took " << shutdownMs << " ms");
    CHECK(shutdownMs < 1000);
    qDeleteAll(sources);
    CHECK(waitUntil([&] { return processThreadCount() == baseline; }, 1000));
}

TEST_CASE("A camera serving an unsupported codec is reported, retried with backoff, and recovers",
          "[media][camsim][fault]")
{
    auto clips = makeClips();
    // MPEG-4 Part 2 (demuxed and decodable by libav, refused by the ingest) for the first 6 s
    // after the simulator listens, then H.264 again.
    constexpr qint64 kFaultMs = 6000;
    QElapsedTimer sinceSwitchTimerStarted;
    sinceSwitchTimerStarted.start(); // the simulator's period starts a little before this
    CamsimProcess camsim({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--camera"),
                          cameraSpec(*clips, QStringLiteral("c1"),
                                     QStringLiteral("fault=unsupported_codec,duration=6"))});
    vigil::StreamManager manager;
    vigil::IngestOptions options = fastOptions();
    options.backoffMaxMs = 2000; // recovery within ~2 s of the switch keeps the test short
    manager.setIngestOptions(options);
    QObject owner;
    vigil::VideoSource *source =
        manager.openDisplay(rtspRequest(camsim.url(QStringLiteral("c1/sub"))), &owner);
    source->setTargetSize(QSize(160, 90));
    SourceRecorder recorder(source);

    REQUIRE(waitUntil([&] { return recorder.sawFault(StreamFault::UnsupportedCodec); }, 5000));
    const vigil::StreamStatus faulted = source->status();
    const QString tileText = vigil::StreamStatusText::tileStateText(faulted);
    // Threads of the whole process while the camera keeps refusing: sampled until the switch.
    QList<int> threads;
    while (sinceSwitchTimerStarted.elapsed() < kFaultMs - 300) {
        threads.append(processThreadCount());
        pumpEvents(200);
    }
    const int attemptsWhileFaulted = recorder.countState(StreamState::Connecting);
    REQUIRE(waitUntil(
        [&] {
            return source->status().state == StreamState::Live && !source->latestFrame().isNull();
        },
        8000));
    INFO(recorder.describe().toStdString());

    CHECK(faulted.fault == StreamFault::UnsupportedCodec);
    CHECK(vigil::streamFaultKey(faulted.fault) == QStringLiteral("unsupported_codec"));
    CHECK(faulted.reason.contains(QStringLiteral("Unsupported codec mpeg4")));
    CHECK((faulted.state == StreamState::Reconnecting || faulted.state == StreamState::Offline));
    // The tile says why, not just "reconnecting".
    INFO("tile text: " << tileText.toStdString());
    CHECK(tileText.contains(vigil::StreamStatusText::faultText(StreamFault::UnsupportedCodec)));
    CHECK(tileText.contains(QStringLiteral("offline")));

    // Backoff 0.5, 1, 2, 2 s (±20 %) plus each attempt's own connect time: about 4-5 attempts
    // in ~6 s. Retrying as soon as the SDP says "mpeg4" would make dozens.
    CHECK(attemptsWhileFaulted >= 2);
    CHECK(attemptsWhileFaulted <= 7);
    int unsupportedReports = 0;
    int lastUnsupported = -1;
    int firstLive = -1;
    for (int i = 0; i < recorder.statuses.size(); ++i) {
        const vigil::StreamStatus &status = recorder.statuses[i].status;
        if (status.fault == StreamFault::UnsupportedCodec) {
            ++unsupportedReports;
            lastUnsupported = i;
        }
        if (status.state == StreamState::Live && firstLive < 0)
            firstLive = i;
    }
    CHECK(unsupportedReports >= 2);
    CHECK(firstLive > lastUnsupported); // never live on MPEG-4, live once H.264 is back
    CHECK(source->stats().codec == QStringLiteral("h264"));
    CHECK(source->stats().reconnects >= unsupportedReports); // each failure was retried

    // Each failed attempt closes its connection: no thread is left behind per attempt.
    REQUIRE(threads.size() >= 2);
    std::string samples;
    for (int count : threads)
        samples += std::to_string(count) + ' ';
    INFO("thread samples: " << samples);
    CHECK(threads.last() <= threads.first());
    CHECK(*std::max_element(threads.begin(), threads.end()) <= threads.first() + 1);
}
