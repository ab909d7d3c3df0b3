// Wall interaction without live pictures (streams point at a closed port): keyboard, swap by
// drag, clear, drops from the tree, and tours advancing with a short dwell.
#include "shellfixture.h"
#include "uitestsupport.h"

#include "common/cameramime.h"
#include "wall/tourrunner.h"
#include "wall/wallmenu.h"

#include <catch2/catch.hpp>

#include <QMimeData>
#include <QTest>

using namespace vigil;
using namespace vigil::test;

namespace {

Site closedPortSite()
{
    QString error;
    std::optional<Site> site = demoSiteOnPort(closedLocalPort(), &error);
    INFO(error.toStdString());
    REQUIRE(site);
    REQUIRE(site->cameras.size() >= 6);
    return *site;
}

void drop(QWidget *target, QMimeData *mime)
{
    const QPoint centre = target->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton,
                          Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QDropEvent dropEvent(QPointF(centre), Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton,
                         Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropEvent);
    delete mime;
}

} // namespace

TEST_CASE("the wall's keyboard picks layouts, moves, maximises, restores and clears",
          "[ui][wall][keys]")
{
    const Site site = closedPortSite();
    ShellFixture shell(site, 4);
    REQUIRE(QTest::qWaitForWindowExposed(shell.window.get()));
    WallGrid *grid = shell.window->wallGrid();
    WallController *wall = shell.window->wall();

    QTest::keyClick(grid, Qt::Key_3); // third layout: 1+5
    CHECK(wall->layoutCount() == 6);
    QTest::keyClick(grid, Qt::Key_7);
    CHECK(wall->layoutCount() == 13);
    QTest::keyClick(grid, Qt::Key_0);
    CHECK(wall->layoutCount() == 36);
    QTest::keyClick(grid, Qt::Key_Asterisk);
    CHECK(wall->layoutCount() == 64);
    QTest::keyClick(grid, Qt::Key_5);
    REQUIRE(wall->layoutCount() == 9);

    CHECK(wall->selectedTile() == 0);
    QTest::keyClick(grid, Qt::Key_Right);
    QTest::keyClick(grid, Qt::Key_Down);
    CHECK(wall->selectedTile() == 4);
    QTest::keyClick(grid, Qt::Key_Left);
    CHECK(wall->selectedTile() == 3);
    QTest::keyClick(grid, Qt::Key_Up);
    CHECK(wall->selectedTile() == 0);
    QTest::keyClick(grid, Qt::Key_Right);
    REQUIRE(wall->showCamera(1, site.cameras.at(0).id));

    QTest::keyClick(grid, Qt::Key_Return);
    CHECK(wall->maximizedTile() == 1);
    CHECK(shell.tile(1)->source()->request().profile == StreamProfile::Main);
    CHECK_FALSE(shell.tile(0)->isVisible());
    QTest::keyClick(grid, Qt::Key_Escape);
    CHECK(wall->maximizedTile() == -1);
    CHECK(shell.tile(0)->isVisible());
    CHECK(shell.tile(1)->source()->request().profile == StreamProfile::Sub);

    // Double-click toggles too.
    QTest::mouseDClick(shell.tile(1), Qt::LeftButton);
    CHECK(wall->maximizedTile() == 1);
    QTest::mouseDClick(shell.tile(1), Qt::LeftButton);
    CHECK(wall->maximizedTile() == -1);

    QTest::keyClick(grid, Qt::Key_Delete);
    CHECK(wall->cameraIdAt(1).isEmpty());
    CHECK(shell.tile(1)->source() == nullptr);
}

TEST_CASE("dragging a tile onto another swaps them; tree drops fill a tile", "[ui][wall][drag]")
{
    const Site site = closedPortSite();
    ShellFixture shell(site, 4);
    REQUIRE(QTest::qWaitForWindowExposed(shell.window.get()));
    WallController *wall = shell.window->wall();
    const QString a = site.cameras.at(0).id;
    const QString b = site.cameras.at(1).id;
    const QString c = site.cameras.at(2).id;
    REQUIRE(wall->showCamera(0, a));
    REQUIRE(wall->showCamera(3, b));
    VideoSource *sourceA = shell.tile(0)->source();
    VideoSource *sourceB = shell.tile(3)->source();
    const int ingests = shell.streams->ingestCount();

    drop(shell.tile(3), encodeTileDrag(a, {quintptr(shell.window->wallGrid()), 0}));
    CHECK(wall->cameraIdAt(0) == b);
    CHECK(wall->cameraIdAt(3) == a);
    CHECK(shell.tile(0)->source() == sourceB); // moved, not reopened
    CHECK(shell.tile(3)->source() == sourceA);
    CHECK(shell.streams->ingestCount() == ingests);

    // Swapping with an empty tile moves the camera.
    drop(shell.tile(1), encodeTileDrag(b, {quintptr(shell.window->wallGrid()), 0}));
    CHECK(wall->cameraIdAt(0).isEmpty());
    CHECK(wall->cameraIdAt(1) == b);
    CHECK(shell.tile(0)->source() == nullptr);

    // A camera dragged from the tree (the model's own drag payload).
    CameraTreeModel *model = shell.window->cameraTree()->model();
    QMimeData *fromTree = model->mimeData({model->indexOfCamera(c)});
    REQUIRE(fromTree);
    drop(shell.tile(2), fromTree);
    CHECK(wall->cameraIdAt(2) == c);
    CHECK(shell.tile(2)->cameraId() == c);

    wall->clearTile(2);
    CHECK(shell.tile(2)->cameraId().isEmpty());
}

TEST_CASE("a tour cycles a tile and the whole wall with its dwell time; pause holds it",
          "[ui][wall][tour]")
{
    const Site site = closedPortSite();
    ShellFixture shell(site, 4);
    WallController *wall = shell.window->wall();
    TourRunner *tours = shell.window->wallMenu()->tours();
    const QStringList ids{site.cameras.at(0).id, site.cameras.at(1).id, site.cameras.at(2).id};

    tours->start({QStringLiteral("t"), 150, ids}, 2);
    CHECK(wall->cameraIdAt(2) == ids[0]);
    QStringList seen{ids[0]};
    REQUIRE(waitUntil(
        [&] {
            if (seen.last() != wall->cameraIdAt(2))
                seen << wall->cameraIdAt(2);
            return seen.size() >= 4;
        },
        5000));
    CHECK(seen == QStringList{ids[0], ids[1], ids[2], ids[0]});
    CHECK(wall->cameraIdAt(0).isEmpty()); // other tiles untouched

    tours->setPaused(true);
    CHECK(tours->isPaused());
    const QString held = wall->cameraIdAt(2);
    QTest::qWait(450);
    CHECK(wall->cameraIdAt(2) == held);
    tours->setPaused(false);
    REQUIRE(waitUntil([&] { return wall->cameraIdAt(2) != held; }, 3000));
    tours->stop();
    CHECK_FALSE(tours->isRunning());

    // Whole wall: pages of four (five cameras → two pages).
    QStringList five = ids;
    five << site.cameras.at(3).id << site.cameras.at(4).id;
    tours->start({QStringLiteral("wall"), 150, five}, -1);
    CHECK(wall->assignedCameras() == five.mid(0, 4));
    REQUIRE(waitUntil([&] { return wall->cameraIdAt(0) == five[4]; }, 3000));
    CHECK(wall->assignedCameras() == QStringList{five[4]});
    REQUIRE(waitUntil([&] { return wall->cameraIdAt(0) == five[0]; }, 3000));
    tours->stop();
}
