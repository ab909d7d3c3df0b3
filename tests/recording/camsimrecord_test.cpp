// Recording from the real camera simulator over RTSP: the ingest's packet tap feeds the
// recorder without any decoding, segments are playable and contiguous.
#include "recordingtestsupport.h"

#include "media/streamingest.h"
#include "recording/camerarecorder.h"
#include "recording/recordingservice.h"
#include "recording/segmentindex.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QThread>

using namespace vigil;
using namespace recordingtest;

TEST_CASE("Two camsim cameras record over RTSP through the packet tap without decoding",
          "[recording][camsim]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString clip = makeClip(dir.path(), QStringLiteral("clip.mp4"), 4);
    Camsim camsim({QStringLiteral("--camera"), QStringLiteral("id=c1,main=%1").arg(clip),
                   QStringLiteral("--camera"), QStringLiteral("id=c2,main=%1").arg(clip)});
    const QString dbPath = dir.filePath(QStringLiteral("vigil.db"));
    {
        QString error;
        REQUIRE(Database::open(dbPath, &error)); // created once, before the writers start
    }

    std::vector<std::unique_ptr<StreamIngest>> ingests;
    std::vector<std::unique_ptr<CameraRecorder>> recorders;
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    for (const QString &camera : {QStringLiteral("c1"), QStringLiteral("c2")}) {
        CameraRecordingConfig config;
        config.cameraId = camera;
        config.storageDir = dir.filePath(QStringLiteral("rec"));
        config.segmentSeconds = 2;
        config.minFreeBytes = 0;
        auto recorder = std::make_unique<CameraRecorder>(config, dbPath);
        recorder->start();
        StreamRequest request;
        request.cameraId = camera;
        request.profile = StreamProfile::Main;
        request.url = camsim.url(camera + QStringLiteral("/main"));
        IngestOptions options;
        options.openTimeoutMs = 3000;
        auto ingest = std::make_unique<StreamIngest>(request, options);
        ingest->addPacketConsumer(recorder->packetConsumer());
        ingest->start();
        ingests.push_back(std::move(ingest));
        recorders.push_back(std::move(recorder));
    }
    // ~5 s of live recording.
    REQUIRE(waitUntil(
        [&] {
            return recorders[0]->status().segmentsClosed >= 2 &&
                   recorders[1]->status().segmentsClosed >= 2;
        },
        15000));
    for (auto &ingest : ingests)
        ingest->stop();
    for (auto &recorder : recorders)
        recorder->stop();
    // Nothing was decoded: the tap works with no frame consumer attached.
    CHECK(ingests[0]->stats().framesDecoded == 0);

    QString error;
    auto db = Database::open(dbPath, &error);
    REQUIRE(db);
    SegmentIndex index(db->connection());
    for (const QString &camera : {QStringLiteral("c1"), QStringLiteral("c2")}) {
        const QList<SegmentRecord> segments =
            index.segments(camera, startedMs, QDateTime::currentMSecsSinceEpoch() + 1000);
        INFO(camera.toStdString());
        REQUIRE(segments.size() >= 3);
        for (const SegmentRecord &segment : segments) {
            const Probe probe = ffprobe(segment.path);
            REQUIRE(probe.ok);
            CHECK(probe.codec == QStringLiteral("h264"));
            CHECK(probe.frames > 0);
        }
        CHECK(index.gaps(camera, segments.first().startMs, segments.last().endMs).isEmpty());
    }
}

TEST_CASE("The recording service records a camsim camera and reports its state by signal",
          "[recording][camsim]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString clip = makeClip(dir.path(), QStringLiteral("clip.mp4"), 4);
    Camsim camsim({QStringLiteral("--camera"), QStringLiteral("id=c1,main=%1").arg(clip)});
    const QString dbPath = dir.filePath(QStringLiteral("vigil.db"));
    {
        QString error;
        REQUIRE(Database::open(dbPath, &error));
    }
    QList<RecordingState> states;
    int housekeepingRuns = 0;
    {
        RecordingService service(dbPath);
        QObject::connect(&service, &RecordingService::cameraStatusChanged,
                         [&](const QString &id, const RecordingStatus &status) {
                             CHECK(id == QStringLiteral("c1"));
                             states.append(status.state);
                         });
        QObject::connect(&service, &RecordingService::housekeepingDone,
                         [&](int, int, const QStringList &errors) {
                             CHECK(errors.isEmpty());
                             ++housekeepingRuns;
                         });
        service.setRetention(0, 200);
        CameraRecordingConfig config;
        config.cameraId = QStringLiteral("c1");
        config.storageDir = dir.filePath(QStringLiteral("rec"));
        config.segmentSeconds = 1;
        config.minFreeBytes = 0;
        StreamRequest request;
        request.cameraId = QStringLiteral("c1");
        request.profile = StreamProfile::Main;
        request.url = camsim.url(QStringLiteral("c1/main"));
        service.startCamera(config, request);
        REQUIRE(waitUntil([&] { return service.status(QStringLiteral("c1")).segmentsClosed >= 2; },
                          15000));
        CHECK(states.contains(RecordingState::Recording));
        CHECK(housekeepingRuns >= 2);
    }
    QString error;
    auto db = Database::open(dbPath, &error);
    REQUIRE(db);
    SegmentIndex index(db->connection());
    const QList<SegmentRecord> segments = index.segments(QStringLiteral("c1"), 0, INT64_MAX);
    REQUIRE(segments.size() >= 3);
    CHECK(index.openSegments().isEmpty()); // closed on shutdown
}
