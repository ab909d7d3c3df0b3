// PluginHost: loading the real motion plugin, refusing bad plugins with messages that say why.
#include "analytics/pluginhost.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace vigil;

namespace {

const QString kTestPluginDir = QStringLiteral(VIGIL_TEST_PLUGIN_DIR);
const QString kBuildPluginDir = QStringLiteral(VIGIL_PLUGIN_BUILD_DIR);

const PluginRefusal *refusalFor(const PluginScanReport &report, const QString &fileStem)
{
    for (const PluginRefusal &refusal : report.refused) {
        if (QFileInfo(refusal.filePath).fileName().contains(fileStem))
            return &refusal;
    }
    return nullptr;
}

} // namespace

TEST_CASE("host loads the motion plugin from the build directory and reads its manifest",
          "[plugins][host]")
{
    REQUIRE(PluginHost::defaultSearchDirectories().contains(kBuildPluginDir));

    PluginHost host;
    const PluginScanReport report = host.scan({kBuildPluginDir});
    INFO("refusals: "
         << report.refused.size()
         << (report.refused.isEmpty() ? QString() : report.refused.first().message).toStdString());
    REQUIRE(report.refused.isEmpty());

    const PluginManifest *motion = host.manifest(QStringLiteral("org.vigil.motion"));
    REQUIRE(motion != nullptr);
    CHECK(motion->name.en == QStringLiteral("Motion detection"));
    CHECK(motion->name.zhCN == QStringLiteral("移动侦测"));
    CHECK(motion->sdkMajor == VIGIL_PLUGIN_SDK_VERSION_MAJOR);
    CHECK(motion->stream.profile == StreamProfile::Sub);
    CHECK(motion->stream.frameRate == 5);
    CHECK(motion->stream.pixelFormat == PixelFormat::Gray8);
    REQUIRE(motion->eventTypes.size() == 1);
    CHECK(motion->eventTypes.first().id == QStringLiteral("motion"));
    CHECK(motion->eventTypes.first().defaultPriority == 3);
    const SettingDescriptor *zones = motion->settings.field(QStringLiteral("exclusionZones"));
    REQUIRE(zones != nullptr);
    CHECK(zones->type == SettingType::PolygonList);

    QString error;
    auto agent = host.createAgent(QStringLiteral("org.vigil.motion"),
                                  {QStringLiteral("cam-1"), QStringLiteral("Gate"), {}}, &error);
    CHECK(agent != nullptr);
    CHECK(error.isEmpty());
}

TEST_CASE("host refuses other SDK majors, broken manifests, duplicates and unloadable libraries",
          "[plugins][host]")
{
    PluginHost host;
    const PluginScanReport report = host.scan({kTestPluginDir});

    REQUIRE(report.loaded.size() == 1);
    CHECK(report.loaded.first().manifest.id == QStringLiteral("org.vigil.test.good"));
    CHECK(report.loaded.first().manifest.version == QStringLiteral("1.2.3"));
    CHECK(report.refused.size() == 4);

    const PluginRefusal *sdk2 = refusalFor(report, QStringLiteral("testplugin_sdk2"));
    REQUIRE(sdk2 != nullptr);
    CHECK(sdk2->pluginId == QStringLiteral("org.vigil.test.sdk2"));
    CHECK(
        sdk2->message ==
        QStringLiteral("refused plugin libvigil_testplugin_sdk2.so (id \"org.vigil.test.sdk2\"): "
                       "built for SDK 2.0, this Vigil speaks SDK 1.x — rebuild it against SDK 1"));

    const PluginRefusal *broken = refusalFor(report, QStringLiteral("testplugin_broken"));
    REQUIRE(broken != nullptr);
    const std::string brokenMessage = broken->message.toStdString();
    INFO(brokenMessage);
    CHECK(broken->message.startsWith(QStringLiteral(
        "refused plugin libvigil_testplugin_broken.so (id \"org.vigil.test.broken\"): "
        "invalid manifest: ")));
    CHECK(broken->message.contains(QStringLiteral("name.zh_CN: missing")));
    CHECK(broken->message.contains(QStringLiteral("version: missing")));
    CHECK(broken->message.contains(QStringLiteral("eventTypes[0].defaultPriority")));
    CHECK(broken->message.contains(QStringLiteral("stream: missing")));
    CHECK(broken->message.contains(QStringLiteral("settings[0].max: is below min")));

    // Files are scanned in name order: "good" is loaded first, its twin with the same id is
    // refused.
    const PluginRefusal *twin = refusalFor(report, QStringLiteral("testplugin_twin"));
    REQUIRE(twin != nullptr);
    CHECK(twin->message ==
          QStringLiteral("refused plugin libvigil_testplugin_twin.so (id \"org.vigil.test.good\"): "
                         "duplicate id, already loaded from %1/libvigil_testplugin_good.so")
              .arg(kTestPluginDir));

    const PluginRefusal *unloadable = refusalFor(report, QStringLiteral("testplugin_unloadable"));
    REQUIRE(unloadable != nullptr);
    INFO(unloadable->message.toStdString());
    CHECK(unloadable->message.contains(QStringLiteral("failed to load: ")));
    CHECK(unloadable->message.contains(QStringLiteral("vigil_test_symbol_defined_nowhere")));
}

TEST_CASE("host refuses a plugin id already loaded from an earlier directory", "[plugins][host]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("libvigil_motion_copy.so"));
    REQUIRE(QFile::copy(kBuildPluginDir + QStringLiteral("/libvigil_motion.so"), copy));

    PluginHost host;
    const PluginScanReport report = host.scan({kBuildPluginDir, dir.path(), kBuildPluginDir});
    const auto motionLoads = std::count_if(
        report.loaded.cbegin(), report.loaded.cend(), [](const LoadedPluginInfo &info) {
            return info.manifest.id == QStringLiteral("org.vigil.motion");
        });
    REQUIRE(motionLoads == 1);
    REQUIRE(report.refused.size() == 1); // scanning the same directory twice is not a duplicate
    CHECK(report.refused.first().message ==
          QStringLiteral("refused plugin libvigil_motion_copy.so (id \"org.vigil.motion\"): "
                         "duplicate id, already loaded from %1/libvigil_motion.so")
              .arg(kBuildPluginDir));
}

TEST_CASE("host refuses a file that is not a plugin and skips missing directories",
          "[plugins][host]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile garbage(dir.filePath(QStringLiteral("libgarbage.so")));
    REQUIRE(garbage.open(QIODevice::WriteOnly));
    garbage.write("not an ELF file");
    garbage.close();

    PluginHost host;
    const PluginScanReport report =
        host.scan({dir.path(), dir.filePath(QStringLiteral("does-not-exist"))});
    CHECK(report.loaded.isEmpty());
    REQUIRE(report.refused.size() == 1);
    CHECK(report.refused.first().message.startsWith(
        QStringLiteral("refused plugin libgarbage.so (id unknown): not a Qt plugin")));
}

TEST_CASE("VIGIL_PLUGIN_PATH directories are searched first", "[plugins][host]")
{
    const QByteArray saved = qgetenv("VIGIL_PLUGIN_PATH");
    qputenv("VIGIL_PLUGIN_PATH", "/opt/a:/opt/b");
    const QStringList dirs = PluginHost::defaultSearchDirectories();
    if (saved.isNull())
        qunsetenv("VIGIL_PLUGIN_PATH");
    else
        qputenv("VIGIL_PLUGIN_PATH", saved);
    REQUIRE(dirs.size() == 4);
    CHECK(dirs.at(0) == QStringLiteral("/opt/a"));
    CHECK(dirs.at(1) == QStringLiteral("/opt/b"));
    CHECK(dirs.at(2) == kBuildPluginDir);
}

TEST_CASE("createAgent reports invalid settings and unknown plugins", "[plugins][host]")
{
    PluginHost host;
    host.scan({kBuildPluginDir});
    QString error;
    AgentContext context{QStringLiteral("cam-7"), QStringLiteral("Yard"),
                         QJsonObject{{QStringLiteral("sensitivity"), 500}}};
    CHECK(host.createAgent(QStringLiteral("org.vigil.motion"), context, &error) == nullptr);
    CHECK(error.contains(QStringLiteral("cam-7")));
    CHECK(error.contains(QStringLiteral("sensitivity: must be between 1 and 100, got 500")));

    CHECK(host.createAgent(QStringLiteral("org.vigil.nope"), context, &error) == nullptr);
    CHECK(error.contains(QStringLiteral("org.vigil.nope")));
}

// Hidden (not run by itself): build_example.cmake runs it with VIGIL_PLUGIN_PATH pointing at the
// freshly built out-of-tree example, to prove the host accepts what the SDK alone produces.
TEST_CASE("host accepts the out-of-tree example plugin", "[.][example]")
{
    const QString path = qEnvironmentVariable("VIGIL_PLUGIN_PATH");
    REQUIRE_FALSE(path.isEmpty());
    PluginHost host;
    const PluginScanReport report = host.scan(path.split(u':'));
    INFO((report.refused.isEmpty() ? QString() : report.refused.first().message).toStdString());
    REQUIRE(report.refused.isEmpty());
    const PluginManifest *hello = host.manifest(QStringLiteral("org.example.hello"));
    REQUIRE(hello != nullptr);

    QString error;
    auto agent = host.createAgent(QStringLiteral("org.example.hello"),
                                  {QStringLiteral("cam-1"), QStringLiteral("Hall"), {}}, &error);
    REQUIRE(agent != nullptr);
    std::vector<uchar> dark(16 * 16, 20);
    std::vector<uchar> bright(16 * 16, 220);
    FrameView frame;
    frame.width = 16;
    frame.height = 16;
    frame.planes[0] = {dark.data(), 16};
    CHECK(agent->processFrame(frame).events.isEmpty());
    frame.planes[0] = {bright.data(), 16};
    const FrameResult result = agent->processFrame(frame);
    REQUIRE(result.events.size() == 1);
    CHECK(result.events.first().typeId == QStringLiteral("lightsOn"));
}
