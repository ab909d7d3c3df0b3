// The recording session of the running app against a real camsim stream: it shares the wall's
// ingest (one RTSP connection per stream), keeps recording when no tile shows the camera, shows
// the REC badge, and an alert locks a clip whose segments survive retention.
#include "recordingtestsupport.h"

#include "alerts/alert.h"
#include "app/recordingsession.h"
#include "media/streammanager.h"
#include "media/videosource.h"
#include "recording/alertclip.h"
#include "recording/recordingservice.h"
#include "recording/retention.h"
#include "wall/tilepainter.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSignalSpy>

using namespace vigil;
using namespace recordingtest;

namespace {

// Established TCP connections (this network namespace) whose remote port is `port`: one per
// RTSP client of the camsim listening there (RTP is interleaved in the same connection).
int connectionsTo(int port)
{
    int count = 0;
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile file(QString::fromLatin1(table));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() < 4)
                continue;
            const int remotePort = fields[2].split(':').value(1).toInt(nullptr, 16);
            if (remotePort == port && fields[3] == "01")
                ++count;
        }
    }
    return count;
}

bool pumpUntil(const std::function<bool()> &done, int timeoutMs)
{
    return waitUntil(
        [&] {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            return done();
        },
        timeoutMs);
}

} // namespace

TEST_CASE("Recording shares the wall's ingest and an alert locks a clip", "[recording][session]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString clip = makeClip(dir.path(), QStringLiteral("clip.mp4"), 2);
    Camsim camsim({QStringLiteral("--camera"), QStringLiteral("id=c1,main=%1").arg(clip)});
    const QString dbPath = dir.filePath(QStringLiteral("vigil.db"));
    {
        QString error;
        REQUIRE(Database::open(dbPath, &error));
    }
    {
        QFile settings(dir.filePath(QStringLiteral("recording.json")));
        REQUIRE(settings.open(QIODevice::WriteOnly));
        settings.write(R"({"segmentSeconds": 2, "reserveGiB": 0,
                           "alertClip": {"preSeconds": 2, "postSeconds": 2}})");
    }
    Site site;
    site.id = QStringLiteral("s");
    Camera camera;
    camera.id = QStringLiteral("c1");
    camera.name = QStringLiteral("Gate");
    camera.mainStreamUrl = camsim.url(QStringLiteral("c1/main"));
    site.cameras << camera;

    StreamManager streams;
    // The wall shows the main stream of c1.
    StreamRequest request;
    request.cameraId = camera.id;
    request.profile = StreamProfile::Main;
    request.url = camera.mainStreamUrl;
    auto tileOwner = std::make_unique<QObject>();
    streams.openDisplay(request, tileOwner.get());
    REQUIRE(streams.ingestCount() == 1);

    qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    {
        RecordingSession session(streams);
        QSignalSpy started(&session, &RecordingSession::started);
        session.start(dir.path(), dbPath, site, false);
        REQUIRE(started.wait(10000));
        CHECK(started.first().first().toInt() == 1);
        CHECK(session.problems().isEmpty());
        CHECK(streams.ingestCount() == 1); // the recorder tapped the wall's ingest

        RecordingService *service = session.service();
        REQUIRE(pumpUntil([&] { return service->status(camera.id).segmentsClosed >= 1; }, 20000));
        CHECK(connectionsTo(camsim.port()) == 1);
        CHECK(recordingBadge(camera.id) == RecordingBadge::Recording);
        CHECK(session.statusText() == QStringLiteral("REC 1/1"));

        // The tile closes: recording goes on over the same (now display-less) ingest.
        tileOwner.reset();
        QCoreApplication::processEvents();
        CHECK(streams.ingestCount() == 1);
        const int closed = service->status(camera.id).segmentsClosed;
        REQUIRE(pumpUntil([&] { return service->status(camera.id).segmentsClosed >= closed + 2; },
                          20000));
        CHECK(connectionsTo(camsim.port()) == 1);

        // An alert on c1: a clip [alert − 2 s, alert + 2 s] is locked.
        Alert alert;
        alert.id = 7;
        alert.cameraId = camera.id;
        alert.createdAt = QDateTime::currentDateTimeUtc().addSecs(-3);
        QSignalSpy locked(&session, &RecordingSession::clipLocked);
        session.lockClipFor(alert);
        REQUIRE(locked.wait(10000));
        const auto lockedClip = locked.first().first().value<AlertClip>();
        CHECK(lockedClip.alertId == 7);
        CHECK(lockedClip.endMs - lockedClip.startMs == 4000);
        // Record past the clip's end before stopping.
        REQUIRE(pumpUntil(
            [&] { return QDateTime::currentMSecsSinceEpoch() > lockedClip.endMs + 2500; }, 10000));
    }
    // The session is gone: nothing holds the ingest any more.
    REQUIRE(pumpUntil([&] { return streams.ingestCount() == 0; }, 5000));
    CHECK(recordingBadge(camera.id) == RecordingBadge::None);

    QString error;
    auto db = Database::open(dbPath, &error);
    REQUIRE(db);
    SegmentIndex index(db->connection());
    const auto clipOf7 = findAlertClip(index, 7);
    REQUIRE(clipOf7);
    const qint64 endMs = QDateTime::currentMSecsSinceEpoch() + 1000;
    const QList<SegmentRecord> before = index.segments(camera.id, startedMs - 5000, endMs);
    REQUIRE(before.size() >= 4);
    RetentionSweeper sweeper(index);
    sweeper.setRetentionDays(camera.id, 1);
    sweeper.setClock([] { return QDateTime::currentMSecsSinceEpoch() + 3ll * 24 * 3600 * 1000; });
    const RetentionResult swept = sweeper.sweep();
    const QList<SegmentRecord> after = index.segments(camera.id, startedMs - 5000, endMs);
    CHECK(swept.deletedSegments > 0);
    REQUIRE_FALSE(after.isEmpty());
    // What is left is exactly the clip's footage, and it covers the clip.
    for (const SegmentRecord &segment : after) {
        CHECK(segment.endMs > clipOf7->startMs);
        CHECK(segment.startMs < clipOf7->endMs);
        CHECK(QFile::exists(segment.path));
    }
    CHECK(after.first().startMs <= clipOf7->startMs);
    CHECK(after.last().endMs >= clipOf7->endMs);
}

TEST_CASE("A recording schedule switches a camera on and off live", "[recording][session]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString clip = makeClip(dir.path(), QStringLiteral("clip.mp4"), 2);
    Camsim camsim({QStringLiteral("--camera"), QStringLiteral("id=c1,main=%1").arg(clip)});
    const QString dbPath = dir.filePath(QStringLiteral("vigil.db"));
    REQUIRE(Database::open(dbPath, nullptr));
    {
        // Off by default, continuous on weekdays 22:00 → 06:00 (over midnight).
        QFile settings(dir.filePath(QStringLiteral("recording.json")));
        REQUIRE(settings.open(QIODevice::WriteOnly));
        settings.write(R"({"segmentSeconds": 2, "reserveGiB": 0,
            "cameras": {"c1": {"mode": "off", "schedule": [
                {"days": "weekdays", "from": "22:00", "to": "06:00", "mode": "continuous"}]}}})");
    }
    Site site;
    site.id = QStringLiteral("s");
    Camera camera;
    camera.id = QStringLiteral("c1");
    camera.mainStreamUrl = camsim.url(QStringLiteral("c1/main"));
    site.cameras << camera;

    StreamManager streams;
    RecordingSession session(streams);
    // Tuesday 2026-12-01 05:59:30: inside Monday night's period.
    QDateTime now(QDate(2026, 12, 1), QTime(5, 59, 30));
    session.schedules().setClock([&now] { return now; });
    QSignalSpy started(&session, &RecordingSession::started);
    session.start(dir.path(), dbPath, site, false);
    REQUIRE(started.wait(10000));
    CHECK(session.problems().isEmpty());
    REQUIRE(session.recordedCameras() == QStringList{QStringLiteral("c1")});
    CHECK(session.schedules().nextEvaluation() == QDateTime(QDate(2026, 12, 1), QTime(6, 0)));
    RecordingService *service = session.service();
    REQUIRE(pumpUntil([&] { return session.isRecording(camera.id); }, 20000));

    // 06:00: the period ends, the camera stops recording (its ingest stays for the next period).
    now = QDateTime(QDate(2026, 12, 1), QTime(6, 0, 1));
    session.schedules().evaluate();
    REQUIRE(
        pumpUntil([&] { return service->status(camera.id).state == RecordingState::Idle; }, 10000));
    const int closed = service->status(camera.id).segmentsClosed;
    CHECK(session.schedules().nextEvaluation() == QDateTime(QDate(2026, 12, 1), QTime(22, 0)));
    pumpUntil([] { return false; }, 1500);
    CHECK(service->status(camera.id).state == RecordingState::Idle);
    CHECK(service->status(camera.id).segmentsClosed == closed);

    // 22:00: recording again.
    now = QDateTime(QDate(2026, 12, 1), QTime(22, 0, 1));
    session.schedules().evaluate();
    REQUIRE(pumpUntil([&] { return session.isRecording(camera.id); }, 20000));
}
