// The rule plugins on real footage: the demo clip made from OpenCV's vtest.avi (people walking on
// a plaza), decoded with FFmpeg at 25 fps. There is no ground truth here; the checks are that
// nothing crashes and that the output is plausible: people are tracked, the zone sees intrusions,
// and a normal picture raises no tamper alarm.
#include "analytics/pluginhost.h"
#include "clipreader.h"

#include <vigil/externalevent.h>

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <opencv2/imgproc.hpp>

using namespace vigil;

namespace {

QString demoClip()
{
    QString dir = qEnvironmentVariable("VIGIL_CLIP_DIR");
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.cache/vigil/media/clips");
    return dir + QStringLiteral("/plaza_sub.mp4");
}

std::unique_ptr<AnalyticsAgent> makeAgent(PluginHost &host, const QString &id,
                                          const QJsonObject &settings)
{
    host.scan({QStringLiteral(VIGIL_PLUGIN_BUILD_DIR)});
    QString error;
    auto agent = host.createAgent(
        id, {QStringLiteral("cam-plaza"), QStringLiteral("Plaza"), settings}, &error);
    INFO(error.toStdString());
    REQUIRE(agent);
    return agent;
}

} // namespace

TEST_CASE("intrusion, line crossing and tamper on 12 s of the real demo clip",
          "[plugins][realclip]")
{
    const QString clip = demoClip();
    INFO("demo clip " << clip.toStdString()
                      << " (scripts/vigil.sh setup prepares it; set VIGIL_CLIP_DIR)");
    REQUIRE(QFileInfo::exists(clip));

    PluginHost host;
    const QJsonArray lowerHalf{QJsonArray{0.0, 0.5}, QJsonArray{1.0, 0.5}, QJsonArray{1.0, 1.0},
                               QJsonArray{0.0, 1.0}};
    auto intrusion =
        makeAgent(host, QStringLiteral("org.vigil.intrusion"),
                  {{QStringLiteral("zones"),
                    QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Plaza front")},
                                           {QStringLiteral("points"), lowerHalf}}}},
                   {QStringLiteral("objectClasses"),
                    QJsonArray{QStringLiteral("person"), QStringLiteral("object")}}});
    auto tamper = makeAgent(host, QStringLiteral("org.vigil.tamper"), {});
    const QJsonObject middle{
        {QStringLiteral("name"), QStringLiteral("Middle")},
        {QStringLiteral("points"), QJsonArray{QJsonArray{0.5, 1.0}, QJsonArray{0.5, 0.2}}},
        {QStringLiteral("direction"), QStringLiteral("both")}};
    auto crossing = makeAgent(host, QStringLiteral("org.vigil.linecrossing"),
                              {{QStringLiteral("lines"), QJsonArray{middle}}});

    QList<AnalyticsEvent> intrusionEvents;
    QList<AnalyticsEvent> tamperEvents;
    QList<AnalyticsEvent> crossingEvents;
    QSet<qint64> trackIds;
    int frames = 0;
    int processedWithObjects = 0;
    cv::Mat gray;
    qint64 lastUs = 0;
    const QString error =
        test::readClip(clip, cv::Size(640, 360), 12.0, [&](const cv::Mat &bgr, qint64 us) {
            ++frames;
            lastUs = us;
            cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
            FrameView frame;
            frame.cameraId = QStringLiteral("cam-plaza");
            frame.timestampUs = us;
            frame.width = bgr.cols;
            frame.height = bgr.rows;
            frame.format = PixelFormat::Gray8;
            frame.planes[0] = {gray.data, int(gray.step)};
            crossingEvents += crossing->processFrame(frame).events;
            const FrameResult objects = intrusion->processFrame(frame);
            intrusionEvents += objects.events;
            if (!objects.objects.isEmpty())
                ++processedWithObjects;
            for (const ObjectMetadata &object : objects.objects) {
                CHECK(object.trackId > 0);
                CHECK(object.box.x >= 0);
                CHECK(object.box.x + object.box.width <= 1.0 + 1e-9);
                trackIds.insert(object.trackId);
            }
            frame.format = PixelFormat::Bgr24;
            frame.planes[0] = {bgr.data, int(bgr.step)};
            tamperEvents += tamper->processFrame(frame).events;
        });
    REQUIRE(error.isEmpty());
    intrusionEvents += intrusion->flush(lastUs);
    tamperEvents += tamper->flush(lastUs);

    const QJsonObject lastCrossing =
        crossingEvents.isEmpty() ? QJsonObject() : crossingEvents.last().details;
    std::printf("realclip: %d frames, %d processed frames with objects, %lld tracks, %lld "
                "intrusion events, %lld tamper events, line crossings %d left-to-right and %d "
                "right-to-left\n",
                frames, processedWithObjects, qlonglong(trackIds.size()),
                qlonglong(intrusionEvents.size()), qlonglong(tamperEvents.size()),
                lastCrossing.value(QStringLiteral("countLeftToRight")).toInt(),
                lastCrossing.value(QStringLiteral("countRightToLeft")).toInt());
    CHECK(frames >= 250); // 25 fps
    // People walk through the plaza the whole time: most processed frames (5 fps) see objects.
    CHECK(processedWithObjects >= 40);
    CHECK(trackIds.size() >= 3);
    CHECK(trackIds.size() < 200);
    REQUIRE_FALSE(intrusionEvents.isEmpty());
    int started = 0;
    int ended = 0;
    for (const AnalyticsEvent &event : intrusionEvents) {
        CHECK(event.typeId == QStringLiteral("intrusion"));
        (event.phase == EventPhase::Started ? started : ended) += 1;
    }
    CHECK(started == ended); // every intrusion that started was ended by the flush at the latest
    for (const AnalyticsEvent &event : tamperEvents)
        UNSCOPED_INFO("tamper: "
                      << event.typeId.toStdString() << " " << event.description.toStdString() << " "
                      << QJsonDocument(event.details).toJson(QJsonDocument::Compact).toStdString());
    CHECK(tamperEvents.isEmpty()); // a normal picture
    // People cross the middle of the plaza both ways in these 12 s; a tracker that broke tracks
    // at every frame would count crossings on nearly every processed frame.
    CHECK_FALSE(crossingEvents.isEmpty());
    CHECK(crossingEvents.size() < 30);
}

TEST_CASE("the tailgating agent takes external access events, others do not", "[plugins]")
{
    PluginHost host;
    auto tailgating = makeAgent(host, QStringLiteral("org.vigil.tailgating"), {});
    auto motion = makeAgent(host, QStringLiteral("org.vigil.motion"), {});
    CHECK(externalEventReceiver(tailgating.get()) != nullptr);
    CHECK(externalEventReceiver(motion.get()) == nullptr);
    const PluginManifest *manifest = host.manifest(QStringLiteral("org.vigil.tailgating"));
    REQUIRE(manifest);
    CHECK(manifest->sdkMinor == 1);
}

TEST_CASE("every rule plugin loads with zh/en event names and refuses bad settings", "[plugins]")
{
    PluginHost host;
    const PluginScanReport report = host.scan({QStringLiteral(VIGIL_PLUGIN_BUILD_DIR)});
    for (const PluginRefusal &refusal : report.refused)
        UNSCOPED_INFO(refusal.message.toStdString());
    const QStringList ids{
        QStringLiteral("org.vigil.intrusion"), QStringLiteral("org.vigil.linecrossing"),
        QStringLiteral("org.vigil.loitering"), QStringLiteral("org.vigil.tailgating"),
        QStringLiteral("org.vigil.parking"),   QStringLiteral("org.vigil.crowd"),
        QStringLiteral("org.vigil.tamper")};
    for (const QString &id : ids) {
        INFO(id.toStdString());
        const PluginManifest *manifest = host.manifest(id);
        REQUIRE(manifest);
        REQUIRE_FALSE(manifest->eventTypes.isEmpty());
        for (const EventTypeDescriptor &type : manifest->eventTypes) {
            CHECK_FALSE(type.name.zhCN.isEmpty());
            CHECK_FALSE(type.name.en.isEmpty());
        }
        QString error;
        CHECK_FALSE(host.createAgent(
            id,
            {QStringLiteral("cam-1"),
             {},
             {{QStringLiteral("minDuration"), -5}, {QStringLiteral("nonsense"), 1}}},
            &error));
        CHECK(error.contains(QStringLiteral("nonsense")));
    }
    CHECK(host.manifest(QStringLiteral("org.vigil.tamper"))->eventTypes.size() == 7);
}
