// AnalyticsSupervisor end to end: the real vigil-analyticsd worker process, frames through the
// shared-memory ring, results back as vigil Events on the bus; and the watchdog against a plugin
// that crashes or hangs on demand (tests/analyticsd/faultyplugin).
#define CATCH_CONFIG_RUNNER
#include "alerts/clock.h"
#include "analytics/analyticsevents.h"
#include "analytics/analyticsframesource.h"
#include "analytics/analyticsipc.h"
#include "analytics/analyticssupervisor.h"
#include "analytics/pluginhost.h"
#include "events/inprocesseventbus.h"
#include "media/streammanager.h"
#include "media/videosource.h"
#include "net/eventapiserver.h"
#include "scenecases.h"
#include "walkerscene.h"

#include <catch2/catch.hpp>

#include "../common/httpexchange.h"

extern "C" {
#include <libavutil/frame.h>
}

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QThread>

#include <functional>

using namespace vigil;
using vigil::test::WalkerScene;

namespace {

// Hands the supervisor's consumers to the test, which then plays the ingest thread.
class TestFrameSource : public AnalyticsFrameSource
{
public:
    bool attach(const QString &cameraId, StreamProfile, std::shared_ptr<FrameConsumer> consumer,
                QString *) override
    {
        consumers.insert(cameraId, consumer);
        return true;
    }
    void detach(const QString &cameraId, const FrameConsumer *) override
    {
        consumers.remove(cameraId);
    }
    QHash<QString, std::shared_ptr<FrameConsumer>> consumers;
};

// A decoded picture as the ingest would deliver it: yuv420p.
struct TestYuvFrame
{
    explicit TestYuvFrame(const cv::Mat &bgr)
    {
        frame = av_frame_alloc();
        frame->width = bgr.cols;
        frame->height = bgr.rows;
        frame->format = AV_PIX_FMT_YUV420P;
        av_frame_get_buffer(frame, 0);
        cv::Mat i420;
        cv::cvtColor(bgr, i420, cv::COLOR_BGR2YUV_I420);
        const uchar *src = i420.data;
        for (int p = 0; p < 3; ++p) {
            const int w = p ? bgr.cols / 2 : bgr.cols;
            const int h = p ? bgr.rows / 2 : bgr.rows;
            for (int y = 0; y < h; ++y, src += w)
                std::memcpy(frame->data[p] + y * frame->linesize[p], src, std::size_t(w));
        }
    }
    ~TestYuvFrame() { av_frame_free(&frame); }
    AVFrame *frame = nullptr;
};

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    return true;
}

AnalyticsSupervisorOptions testOptions()
{
    AnalyticsSupervisorOptions options;
    options.workerPath = QStringLiteral(VIGIL_ANALYTICSD_PATH);
    options.extraPluginDirs = {QStringLiteral(VIGIL_FAULTY_PLUGIN_DIR)};
    options.workerThreads = 2;
    options.cpuBudgetCores = 2.0;
    options.backoffInitialMs = 100;
    options.backoffMaxMs = 400;
    options.callTimeoutMs = 800;
    options.heartbeatTimeoutMs = 2000;
    options.maxStrikes = 2;
    return options;
}

struct Recorder : QObject
{
    QList<Event> events;
    QHash<QString, int> objectFrames;      // per camera
    QHash<QString, qint64> lastObjectTime; // per camera
    int objectsSeen = 0;
};

} // namespace

TEST_CASE("supervisor: the intrusion plugin in the worker reports what it reports in-process",
          "[analyticsd][supervisor]")
{
    const QString pluginId = QStringLiteral("org.vigil.intrusion");
    const QJsonObject settings{
        {QStringLiteral("zones"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Lawn")},
                                {QStringLiteral("points"),
                                 QJsonArray{QJsonArray{0.45, 0.55}, QJsonArray{0.75, 0.55},
                                            QJsonArray{0.75, 1.0}, QJsonArray{0.45, 1.0}}}}}}};
    const WalkerScene scene;

    // The reference: the same plugin called in-process on the same gray pictures.
    PluginHost host;
    host.scan(PluginHost::defaultSearchDirectories());
    QString error;
    auto agent = host.createAgent(pluginId, {QStringLiteral("cam-1"), {}, settings}, &error);
    REQUIRE(agent);
    QList<QPair<QString, qint64>> expected; // (phase, timestamp)
    for (int f = 0; f < scene.frameCount(); ++f) {
        const cv::Mat gray = scene.gray(f);
        FrameView view;
        view.timestampUs = scene.timestampUs(f);
        view.width = gray.cols;
        view.height = gray.rows;
        view.planes[0] = {gray.data, int(gray.step)};
        for (const AnalyticsEvent &event : agent->processFrame(view).events)
            expected.append({ipc::eventPhaseKey(event.phase), event.timestampUs});
    }
    for (const AnalyticsEvent &event : agent->flush(scene.timestampUs(scene.frameCount() - 1)))
        expected.append({ipc::eventPhaseKey(event.phase), event.timestampUs});
    // The walker enters the zone once and leaves it once.
    REQUIRE(expected.size() == 2);
    CHECK(expected.at(0).first == QStringLiteral("started"));
    CHECK(std::abs(expected.at(0).second - scene.entersZoneUs()) <= 1000000);
    CHECK(expected.at(1).first == QStringLiteral("ended"));

    InProcessEventBus bus;
    Recorder recorder;
    bus.subscribe(&recorder, [&](const Event &e) { recorder.events.append(e); });
    TestFrameSource source;
    AnalyticsSupervisor supervisor(&bus, &source, testOptions());
    QTemporaryDir snapshots;
    REQUIRE(snapshots.isValid());
    supervisor.setSnapshotDirectory(snapshots.path());
    QObject::connect(&supervisor, &AnalyticsSupervisor::objectsReady, &recorder,
                     [&](const QString &camera, qint64 t, const QList<ObjectMetadata> &objects) {
                         ++recorder.objectFrames[camera];
                         recorder.lastObjectTime[camera] = t;
                         recorder.objectsSeen += int(objects.size());
                     });
    supervisor.setConfigs({{QStringLiteral("cam-1"), pluginId, true, settings}});
    supervisor.start();
    REQUIRE(source.consumers.contains(QStringLiteral("cam-1")));
    const std::shared_ptr<FrameConsumer> feed = source.consumers.value(QStringLiteral("cam-1"));
    REQUIRE(waitUntil([&] { return feed->wantsFrames(); }, 10000)); // worker up and configured

    // Feed frame by frame, each once the previous one has been analysed, so no frame is dropped
    // and the run is deterministic.
    for (int f = 0; f < scene.frameCount(); ++f) {
        const qint64 t = scene.timestampUs(f);
        TestYuvFrame yuv(scene.bgr(f));
        feed->consumeFrame(*yuv.frame, {quint64(f), t / 1000});
        REQUIRE(waitUntil(
            [&] { return recorder.lastObjectTime.value(QStringLiteral("cam-1")) == t; }, 5000));
    }
    supervisor.stop(); // ends the events still open
    QCoreApplication::processEvents();

    CHECK(recorder.objectFrames.value(QStringLiteral("cam-1")) == scene.frameCount());
    CHECK(recorder.objectsSeen > 0); // the walker was drawn as an overlay
    QList<QPair<QString, qint64>> reported;
    for (const Event &event : std::as_const(recorder.events)) {
        REQUIRE(event.type == QStringLiteral("intrusion"));
        CHECK(event.cameraId == QStringLiteral("cam-1"));
        CHECK(event.source == EventSource::Analytics);
        CHECK(event.severity == 70); // the manifest's P2
        CHECK(event.details.value(QStringLiteral("pluginId")).toString() == pluginId);
        CHECK(event.details.value(QStringLiteral("zone")).toString() == QStringLiteral("Lawn"));
        CHECK_FALSE(event.detectionBox.isNull());
        reported.append({event.details.value(QStringLiteral("phase")).toString(),
                         event.time.toMSecsSinceEpoch() * 1000});
    }
    REQUIRE(reported.size() == expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        CHECK(reported.at(i).first == expected.at(i).first);
        // Events carry ms-precision times on the bus; the frames are the same ones.
        CHECK(std::abs(reported.at(i).second - expected.at(i).second) < 1000);
    }

    // The Started event carries a JPEG of the frame it fired on, with its box drawn in red; the
    // Ended event opens no alert and carries none.
    const Event &started = recorder.events.first();
    INFO("snapshot: " << started.snapshotPath.toStdString());
    REQUIRE_FALSE(started.snapshotPath.isEmpty());
    CHECK(started.snapshotPath.startsWith(snapshots.path()));
    CHECK(recorder.events.last().snapshotPath.isEmpty());
    const cv::Mat snapshot = cv::imread(started.snapshotPath.toStdString());
    REQUIRE_FALSE(snapshot.empty());
    CHECK(snapshot.cols == WalkerScene::kWidth);
    const QRectF box = started.detectionBox;
    const cv::Point topMiddle(int((box.x() + box.width() / 2) * snapshot.cols),
                              int(box.y() * snapshot.rows) + 1);
    const cv::Vec3b edge = snapshot.at<cv::Vec3b>(topMiddle);
    CHECK(int(edge[2]) > 150); // red
    CHECK(int(edge[1]) < 100);
    // The picture is the frame the event fired on: closer to it than to a frame 1 s later.
    const int firedOn =
        int((started.time.toMSecsSinceEpoch() * 1000 - WalkerScene::kEpochUs) / 200000);
    cv::Mat snapshotGray;
    cv::cvtColor(snapshot, snapshotGray, cv::COLOR_BGR2GRAY);
    const auto distanceTo = [&](int frame) {
        cv::Mat gray;
        cv::cvtColor(scene.bgr(frame), gray, cv::COLOR_BGR2GRAY);
        return cv::norm(snapshotGray, gray, cv::NORM_L1);
    };
    CHECK(distanceTo(firedOn) < 0.8 * distanceTo(firedOn + 5));
}

TEST_CASE("supervisor: a crashing or hanging plugin restarts the worker, other cameras resume",
          "[analyticsd][supervisor][watchdog]")
{
    const QString fault = GENERATE(QStringLiteral("crash"), QStringLiteral("hang"));
    INFO("fault: " << fault.toStdString());
    InProcessEventBus bus;
    Recorder recorder;
    bus.subscribe(&recorder, [&](const Event &e) { recorder.events.append(e); });
    TestFrameSource source;
    AnalyticsSupervisor supervisor(&bus, &source, testOptions());
    int restarts = 0;
    bool running = false;
    QObject::connect(&supervisor, &AnalyticsSupervisor::workerStateChanged, &recorder,
                     [&](bool up, int count) {
                         running = up;
                         restarts = count;
                     });
    QObject::connect(&supervisor, &AnalyticsSupervisor::objectsReady, &recorder,
                     [&](const QString &camera, qint64, const QList<ObjectMetadata> &) {
                         ++recorder.objectFrames[camera];
                     });
    const QString faulty = QStringLiteral("org.vigil.test.faulty");
    supervisor.setConfigs({{QStringLiteral("bad-cam"),
                            faulty,
                            true,
                            {{QStringLiteral("mode"), fault}, {QStringLiteral("afterFrames"), 3}}},
                           {QStringLiteral("good-cam"),
                            faulty,
                            true,
                            {{QStringLiteral("mode"), QStringLiteral("none")}}}});
    supervisor.start();
    const auto bad = source.consumers.value(QStringLiteral("bad-cam"));
    const auto good = source.consumers.value(QStringLiteral("good-cam"));
    REQUIRE(bad);
    REQUIRE(good);

    cv::Mat gray(180, 320, CV_8UC3, cv::Scalar(90, 90, 90));
    TestYuvFrame yuv(gray);
    int frame = 0;
    auto feedBoth = [&] {
        const qint64 ms =
            WalkerScene::kEpochUs / 1000 + qint64(frame) * 200; // 5 fps on the frame clock
        ++frame;
        bad->consumeFrame(*yuv.frame, {quint64(frame), ms});
        good->consumeFrame(*yuv.frame, {quint64(frame), ms});
    };
    auto failuresFor = [&](const QString &camera) {
        int n = 0;
        for (const Event &e : std::as_const(recorder.events))
            n += e.type == QStringLiteral("analytics_failure") && e.cameraId == camera ? 1 : 0;
        return n;
    };

    // Until the faulty agent has been blamed twice (and so disabled) …
    const bool disabled = waitUntil(
        [&] {
            feedBoth();
            QThread::msleep(30);
            return failuresFor(QStringLiteral("bad-cam")) >= 2;
        },
        30000);
    REQUIRE(disabled);
    CHECK(restarts >= 2);
    CHECK(failuresFor(QStringLiteral("good-cam")) == 0);
    Event last;
    for (const Event &e : std::as_const(recorder.events)) {
        if (e.type == QStringLiteral("analytics_failure"))
            last = e;
    }
    CHECK(last.details.value(QStringLiteral("reason")).toString() == fault);
    CHECK(last.details.value(QStringLiteral("pluginId")).toString() == faulty);
    CHECK(last.details.value(QStringLiteral("disabled")).toBool());
    // The episode the faulty agent had open when its worker died was ended for it.
    int endedByFault = 0;
    for (const Event &e : std::as_const(recorder.events)) {
        if (e.type == QStringLiteral("episode") && e.cameraId == QStringLiteral("bad-cam") &&
            e.details.value(QStringLiteral("phase")).toString() == QStringLiteral("ended"))
            endedByFault += e.details.value(QStringLiteral("endedBy")).toString() == fault ? 1 : 0;
    }
    CHECK(endedByFault >= 1);

    // … then the worker comes back without it and the good camera is analysed again.
    REQUIRE(waitUntil([&] { return running; }, 10000));
    const int goodBefore = recorder.objectFrames.value(QStringLiteral("good-cam"));
    const int badBefore = recorder.objectFrames.value(QStringLiteral("bad-cam"));
    CHECK(waitUntil(
        [&] {
            feedBoth();
            QThread::msleep(30);
            return recorder.objectFrames.value(QStringLiteral("good-cam")) >= goodBefore + 5;
        },
        10000));
    CHECK(recorder.objectFrames.value(QStringLiteral("bad-cam")) == badBefore);
    supervisor.stop();
    QCoreApplication::processEvents(); // the bus delivers queued
    // The healthy agent's episodes: those open when a worker died were ended for it (endedBy),
    // the last one by its own flush() when the worker quit.
    int flushed = 0;
    for (const Event &e : std::as_const(recorder.events)) {
        if (e.type == QStringLiteral("episode") && e.cameraId == QStringLiteral("good-cam") &&
            e.details.value(QStringLiteral("phase")).toString() == QStringLiteral("ended"))
            flushed += e.details.contains(QStringLiteral("endedBy")) ? 0 : 1;
    }
    CHECK(flushed == 1);
}

TEST_CASE("supervisor: frames come from the wall's ingest, one connection per stream",
          "[analyticsd][supervisor][streammanager]")
{
    QString dir = qEnvironmentVariable("VIGIL_CLIP_DIR");
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.cache/vigil/media/clips");
    const QString clip = dir + QStringLiteral("/plaza_sub.mp4");
    INFO("demo clip " << clip.toStdString() << " (scripts/vigil.sh setup prepares it)");
    REQUIRE(QFileInfo::exists(clip));

    StreamManager streams;
    StreamRequest request;
    request.cameraId = QStringLiteral("plaza");
    request.url = clip; // a file stands in for the camera (looped, paced at real time)
    QObject wall;
    VideoSource *tile = streams.openDisplay(request, &wall);
    tile->setTargetSize(QSize(320, 180));
    StreamManagerFrameSource source(&streams, [&](const QString &cameraId, StreamProfile) {
        return cameraId == request.cameraId ? std::optional<StreamRequest>(request) : std::nullopt;
    });
    InProcessEventBus bus;
    Recorder recorder;
    AnalyticsSupervisor supervisor(&bus, &source, testOptions());
    QObject::connect(&supervisor, &AnalyticsSupervisor::objectsReady, &recorder,
                     [&](const QString &camera, qint64 t, const QList<ObjectMetadata> &) {
                         ++recorder.objectFrames[camera];
                         recorder.lastObjectTime[camera] = t;
                     });
    supervisor.setConfigs(
        {{QStringLiteral("plaza"), QStringLiteral("org.vigil.motion"), true, {}},
         {QStringLiteral("unknown-cam"), QStringLiteral("org.vigil.motion"), true, {}}});
    supervisor.start();
    CHECK(streams.ingestCount() == 1); // the analytics share the tile's ingest

    // The clip plays at 25 fps; the motion plugin asks for 5.
    QElapsedTimer clock;
    clock.start();
    REQUIRE(waitUntil([&] { return recorder.objectFrames.value(QStringLiteral("plaza")) >= 10; },
                      20000));
    const double seconds = clock.elapsed() / 1000.0;
    CHECK(recorder.objectFrames.value(QStringLiteral("plaza")) <= int(seconds * 5 * 1.2) + 2);
    CHECK(recorder.objectFrames.value(QStringLiteral("unknown-cam")) == 0);

    delete tile; // the wall closes the tile: analytics keep the ingest running
    QCoreApplication::processEvents();
    CHECK(streams.ingestCount() == 1);
    const int before = recorder.objectFrames.value(QStringLiteral("plaza"));
    CHECK(waitUntil(
        [&] { return recorder.objectFrames.value(QStringLiteral("plaza")) >= before + 3; }, 10000));
    supervisor.stop();
    REQUIRE(waitUntil([&] { return streams.ingestCount() == 0; }, 5000));
}

TEST_CASE("supervisor: a truncated results message is a protocol failure: worker killed and "
          "restarted, no crash",
          "[analyticsd][supervisor][ipc]")
{
    InProcessEventBus bus;
    Recorder recorder;
    bus.subscribe(&recorder, [&](const Event &e) { recorder.events.append(e); });
    TestFrameSource source;
    AnalyticsSupervisorOptions options = testOptions();
    options.workerPath = QStringLiteral(VIGIL_GARBAGE_WORKER_PATH);
    AnalyticsSupervisor supervisor(&bus, &source, options);
    int restarts = 0;
    QObject::connect(&supervisor, &AnalyticsSupervisor::workerStateChanged, &recorder,
                     [&](bool, int count) { restarts = std::max(restarts, count); });
    supervisor.start();
    const auto protocolFailures = [&] {
        return std::count_if(recorder.events.cbegin(), recorder.events.cend(), [](const Event &e) {
            return e.type == kAnalyticsFailureType &&
                   e.details.value(QStringLiteral("reason")).toString() ==
                       QStringLiteral("protocol");
        });
    };
    REQUIRE(waitUntil([&] { return protocolFailures() >= 2 && restarts >= 2; }, 15000));
    supervisor.stop();
    const Event failure =
        *std::find_if(recorder.events.cbegin(), recorder.events.cend(),
                      [](const Event &e) { return e.type == kAnalyticsFailureType; });
    const QString detail = failure.details.value(QStringLiteral("detail")).toString();
    INFO(detail.toStdString());
    CHECK(detail.contains(QStringLiteral("message at byte")));
    CHECK(detail.contains(QStringLiteral("agents[0].objects[0].confidence: truncated")));
    CHECK(failure.cameraId.isEmpty()); // nobody to blame: no plugin was running
}

TEST_CASE("supervisor: an access posted for a door reaches the tailgating agents of its cameras",
          "[analyticsd][supervisor][doors]")
{
    // scenegen's tailgating scene (two people pass the "Door" zone on someone else's access)
    // is played to four cameras; the door binds three of them, each to a different zone.
    const std::optional<scenegen::SceneCase> scene =
        scenegen::sceneCase(QStringLiteral("tailgating"));
    REQUIRE(scene);
    const int expectedTailgaters = int(scene->truth.size());
    REQUIRE(expectedTailgaters == 2);
    const QString door = QStringLiteral("Door"); // the scene's door zone
    const QStringList cameras{QStringLiteral("gate-door"), QStringLiteral("gate-any"),
                              QStringLiteral("gate-side"), QStringLiteral("lobby")};
    Door gate{QStringLiteral("south-gate"),
              QStringLiteral("南门门禁"),
              {{cameras[0], door}, {cameras[1], {}}, {cameras[2], QStringLiteral("Side door")}}};

    InProcessEventBus bus;
    Recorder recorder;
    bus.subscribe(&recorder, [&](const Event &e) { recorder.events.append(e); });
    TestFrameSource source;
    AnalyticsSupervisor supervisor(&bus, &source, testOptions());
    // What the app's analytics session does with External events on the bus.
    bus.subscribe(&recorder, [&](const Event &event) {
        for (const CameraExternalEvent &external : externalEventsFromBus(event))
            supervisor.deliverExternalEvent(external.cameraId, external.event);
    });
    QObject::connect(&supervisor, &AnalyticsSupervisor::objectsReady, &recorder,
                     [&](const QString &camera, qint64 t, const QList<ObjectMetadata> &) {
                         recorder.lastObjectTime[camera] = t;
                     });
    CameraAnalyticsConfigList configs;
    for (const QString &camera : cameras)
        configs.append({camera, scene->pluginId, true, scene->settings});
    supervisor.setConfigs(configs);
    supervisor.start();
    for (const QString &camera : cameras)
        REQUIRE(source.consumers.contains(camera));
    REQUIRE(waitUntil(
        [&] {
            return std::all_of(cameras.cbegin(), cameras.cend(), [&](const QString &camera) {
                return source.consumers.value(camera)->wantsFrames();
            });
        },
        10000));

    EventApiConfig api;
    api.token = "doors-e2e-token-0123456789";
    api.doors.insert(gate.id, gate);
    ManualClock clock(QDateTime::fromMSecsSinceEpoch(WalkerScene::kEpochUs / 1000, Qt::UTC));
    EventApiServer server(bus, clock, api);
    QString error;
    REQUIRE(server.start(&error));
    const qint64 epochMs = WalkerScene::kEpochUs / 1000;
    for (const scenegen::AccessEvent &access : scene->accesses) {
        const QString time =
            QDateTime::fromMSecsSinceEpoch(epochMs + qint64(access.grantedAt * 1000), Qt::UTC)
                .toString(Qt::ISODateWithMs);
        const QByteArray body = R"({"type":"access.granted","door_id":"south-gate","time":")" +
                                time.toUtf8() + R"(","details":{"sourceId":"reader-7"}})";
        const auto answer = vigil::testing::exchange(
            server.port(), "POST /api/v1/events HTTP/1.1\r\nContent-Type: application/json\r\n"
                           "Authorization: Bearer " +
                               api.token + "\r\nContent-Length: " +
                               QByteArray::number(body.size()) + "\r\n\r\n" + body);
        REQUIRE(answer.status == 202);
    }
    REQUIRE(waitUntil([&] { return recorder.events.size() == scene->accesses.size(); }, 5000));
    server.stop();

    scenegen::SceneRenderer renderer(scene->script);
    for (int f = 0; f < scene->script.frameCount(); ++f) {
        const qint64 ms = epochMs + qint64(std::llround(scene->script.timeOf(f) * 1000));
        TestYuvFrame yuv(renderer.render(f));
        for (const QString &camera : cameras)
            source.consumers.value(camera)->consumeFrame(*yuv.frame, {quint64(f), ms});
        REQUIRE(waitUntil(
            [&] {
                return std::all_of(cameras.cbegin(), cameras.cend(), [&](const QString &camera) {
                    return recorder.lastObjectTime.value(camera) == ms * 1000;
                });
            },
            5000));
    }
    supervisor.stop();
    QCoreApplication::processEvents();

    QHash<QString, int> tailgating;
    for (const Event &event : std::as_const(recorder.events)) {
        if (event.type != QStringLiteral("tailgating"))
            continue;
        ++tailgating[event.cameraId];
        CHECK(event.details.value(QStringLiteral("accessSource")).toString() ==
              QStringLiteral("reader-7"));
    }
    CHECK(tailgating.value(cameras[0]) == expectedTailgaters); // bound to the "Door" zone
    CHECK(tailgating.value(cameras[1]) == expectedTailgaters); // bound, any door zone
    CHECK(tailgating.value(cameras[2]) == 0);                  // bound to a zone it does not have
    CHECK(tailgating.value(cameras[3]) == 0); // not bound to the door: no access reached it
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
