// Video wall: honest offline state for a refused stream, layout changes keep cameras, the
// Chinese translation loads.
#include "shellfixture.h"
#include "uitestsupport.h"

#include "wall/streamstatustext.h"

#include <catch2/catch.hpp>

#include <QMenuBar>
#include <QTest>
#include <QTranslator>

using namespace vigil;
using namespace vigil::test;

namespace {

Site demoSiteOnClosedPort()
{
    QString error;
    const std::optional<Site> site = demoSiteOnPort(closedLocalPort(), &error);
    INFO(error.toStdString());
    REQUIRE(site);
    REQUIRE(site->cameras.size() >= 9);
    return *site;
}

} // namespace

TEST_CASE("a refused stream shows the offline state on its tile and in the tree", "[ui][wall]")
{
    const Site site = demoSiteOnClosedPort();
    ShellFixture shell(site);
    REQUIRE(QTest::qWaitForWindowExposed(shell.window.get()));

    const QString cameraId = site.cameras.at(0).id;
    REQUIRE(shell.window->wall()->showCamera(0, cameraId));
    VideoTile *tile = shell.tile(0);
    CHECK(tile->cameraId() == cameraId);

    const bool refused =
        waitUntil([&] { return tile->status().fault == StreamFault::Refused; }, 10000);
    INFO("tile state text: " << tile->stateText().toStdString());
    REQUIRE(refused);
    CHECK(tile->stateText().contains(QStringLiteral("offline")));
    CHECK(tile->stateText().contains(StreamStatusText::faultText(StreamFault::Refused)));
    CHECK(tile->framesReceived() == 0);

    // The tree's status dot turns red (offline) for that camera; others stay grey.
    CameraTreeModel *model = shell.window->cameraTree()->model();
    CHECK(model->indexOfCamera(cameraId).data(CameraTreeModel::DisplayStateRole).toInt() ==
          static_cast<int>(CameraDisplayState::Offline));
    CHECK(model->indexOfCamera(site.cameras.at(1).id)
              .data(CameraTreeModel::DisplayStateRole)
              .toInt() == static_cast<int>(CameraDisplayState::NotShown));

    // Closing the tile returns the camera to "not shown".
    shell.window->wall()->clearTile(0);
    CHECK(tile->cameraId().isEmpty());
    CHECK(model->indexOfCamera(cameraId).data(CameraTreeModel::DisplayStateRole).toInt() ==
          static_cast<int>(CameraDisplayState::NotShown));
}

TEST_CASE("switching the layout keeps each tile's camera", "[ui][wall]")
{
    const Site site = demoSiteOnClosedPort();
    ShellFixture shell(site, 4);
    WallController *wall = shell.window->wall();
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        ids << site.cameras.at(i).id;
        REQUIRE(wall->showCamera(i, ids.last()));
    }
    QList<VideoSource *> sources;
    for (int i = 0; i < 4; ++i)
        sources << shell.tile(i)->source();

    REQUIRE(shell.window->setWallLayout(9));
    CHECK(shell.window->wallGrid()->tileCount() == 9);
    for (int i = 0; i < 4; ++i) {
        CHECK(wall->cameraIdAt(i) == ids[i]);
        CHECK(shell.tile(i)->cameraId() == ids[i]);
        CHECK(shell.tile(i)->source() == sources[i]); // same stream, not reopened
    }
    for (int i = 4; i < 9; ++i)
        CHECK(shell.tile(i)->cameraId().isEmpty());
    CHECK(shell.tile(8)->isVisible());
    CHECK_FALSE(shell.tile(9)->isVisible());

    // Down to one tile and back: hidden tiles release their stream but keep their camera.
    REQUIRE(shell.window->setWallLayout(1));
    CHECK(shell.tile(0)->source()->request().profile == StreamProfile::Main);
    CHECK(shell.tile(1)->source() == nullptr);
    CHECK(wall->cameraIdAt(1) == ids[1]);
    REQUIRE(shell.window->setWallLayout(4));
    for (int i = 0; i < 4; ++i) {
        CHECK(shell.tile(i)->cameraId() == ids[i]);
        REQUIRE(shell.tile(i)->source() != nullptr);
        CHECK(shell.tile(i)->source()->request().profile == StreamProfile::Sub);
    }
    CHECK_FALSE(shell.window->setWallLayout(5));
    CHECK(shell.window->wallGrid()->tileCount() == 4);
}

TEST_CASE("the zh_CN translation loads and translates the shell", "[ui][i18n]")
{
    auto translator = std::make_unique<QTranslator>();
    REQUIRE(translator->load(QStringLiteral(":/i18n/vigil_zh_CN.qm")));
    REQUIRE(QCoreApplication::installTranslator(translator.get()));
    struct Uninstall
    {
        QTranslator *translator;
        ~Uninstall() { QCoreApplication::removeTranslator(translator); }
    } uninstall{translator.get()};

    CHECK(StreamStatusText::faultText(StreamFault::Refused) == QStringLiteral("连接被拒绝"));
    CHECK(StreamStatusText::faultText(StreamFault::Unauthorized) == QStringLiteral("认证失败"));
    StreamStatus connecting;
    connecting.state = StreamState::Connecting;
    CHECK(StreamStatusText::tileStateText(connecting) == QStringLiteral("正在连接…"));

    Site site;
    ShellFixture shell(site);
    QStringList menuTitles;
    for (QAction *action : shell.window->menuBar()->actions())
        menuTitles << action->text();
    INFO(menuTitles.join(QLatin1Char('|')).toStdString());
    CHECK(menuTitles.first().startsWith(QStringLiteral("视图")));
}
