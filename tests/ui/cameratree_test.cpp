// Camera tree: search by Chinese name and by id, double-click and drag-and-drop into the wall.
#include "shellfixture.h"
#include "uitestsupport.h"

#include "common/cameramime.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace vigil;
using namespace vigil::test;

namespace {

Site demoSiteOnClosedPort()
{
    QString error;
    const std::optional<Site> site = demoSiteOnPort(closedLocalPort(), &error);
    INFO(error.toStdString());
    REQUIRE(site);
    REQUIRE(site->cameras.size() >= 5);
    return *site;
}

} // namespace

TEST_CASE("camera tree search matches Chinese names and ids", "[ui][tree]")
{
    const Site site = demoSiteOnClosedPort();
    ShellFixture shell(site);
    QLineEdit *search = shell.window->cameraTree()->searchField();

    REQUIRE(shell.visibleCameraIds().size() == site.cameras.size());

    const Camera &target = site.cameras.at(1);
    // A distinctive Chinese fragment of the name: its last four characters.
    const QString fragment = target.name.right(4);
    search->setText(fragment);
    QStringList expectedByName;
    for (const Camera &camera : site.cameras) {
        if (camera.name.contains(fragment, Qt::CaseInsensitive) ||
            camera.id.contains(fragment, Qt::CaseInsensitive))
            expectedByName << camera.id;
    }
    CHECK(shell.visibleCameraIds().contains(target.id));
    CHECK(shell.visibleCameraIds() == expectedByName);
    CHECK(shell.visibleCameraIds().size() < site.cameras.size());

    search->setText(site.cameras.at(3).id.toUpper()); // ids match case-insensitively
    CHECK(shell.visibleCameraIds().contains(site.cameras.at(3).id));
    CHECK_FALSE(shell.visibleCameraIds().contains(site.cameras.at(1).id));

    search->setText(QStringLiteral("没有这个摄像机"));
    CHECK(shell.visibleCameraIds().isEmpty());

    search->clear();
    CHECK(shell.visibleCameraIds().size() == site.cameras.size());
}

TEST_CASE("double-clicking a camera puts it into the selected tile", "[ui][tree][wall]")
{
    const Site site = demoSiteOnClosedPort();
    ShellFixture shell(site);
    REQUIRE(QTest::qWaitForWindowExposed(shell.window.get()));

    QTest::mouseClick(shell.tile(2), Qt::LeftButton);
    REQUIRE(shell.window->wall()->selectedTile() == 2);
    CHECK(shell.tile(2)->isSelected());
    CHECK_FALSE(shell.tile(0)->isSelected());

    const QString cameraId = site.cameras.at(4).id;
    QTreeView *view = shell.window->cameraTree()->view();
    const QModelIndex index = shell.proxyIndexOfCamera(cameraId);
    REQUIRE(index.isValid());
    view->scrollTo(index); // expands the collapsed community holding the camera
    QCoreApplication::processEvents();
    const QRect itemRect = view->visualRect(index);
    REQUIRE(itemRect.isValid());
    REQUIRE(view->indexAt(itemRect.center()) == index);
    QSignalSpy doubleClicked(view, &QAbstractItemView::doubleClicked);
    QSignalSpy activated(view, &QAbstractItemView::activated);
    // A real double-click: press, release, then the double-click press and its release.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, itemRect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, itemRect.center());
    INFO("doubleClicked " << doubleClicked.count() << " activated " << activated.count());

    CHECK(shell.window->wall()->cameraIdAt(2) == cameraId);
    CHECK(shell.tile(2)->cameraId() == cameraId);
    CHECK(shell.tile(0)->cameraId().isEmpty());
    // The selection moves on so that consecutive double-clicks fill the wall.
    CHECK(shell.window->wall()->selectedTile() == 3);
}

TEST_CASE("dropping a dragged camera on a tile shows it there", "[ui][tree][wall]")
{
    const Site site = demoSiteOnClosedPort();
    ShellFixture shell(site);
    REQUIRE(QTest::qWaitForWindowExposed(shell.window.get()));

    const QString cameraId = site.cameras.at(2).id;
    CameraTreeModel *model = shell.window->cameraTree()->model();
    std::unique_ptr<QMimeData> payload(model->mimeData({model->indexOfCamera(cameraId)}));
    REQUIRE(payload);
    REQUIRE(decodeCameraIds(payload.get()) == QStringList{cameraId});
    // Site nodes are not draggable payloads.
    CHECK(model->mimeData({model->index(0, 0)}) == nullptr);

    VideoTile *tile = shell.tile(1);
    const QPoint centre = tile->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, payload.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tile, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, payload.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tile, &drop);
    CHECK(drop.isAccepted());
    CHECK(shell.window->wall()->cameraIdAt(1) == cameraId);
    CHECK(tile->cameraId() == cameraId);

    QMimeData foreign;
    foreign.setText(QStringLiteral("c01"));
    QDragEnterEvent rejected(centre, Qt::CopyAction, &foreign, Qt::LeftButton, Qt::NoModifier);
    rejected.setAccepted(false);
    QCoreApplication::sendEvent(shell.tile(0), &rejected);
    CHECK_FALSE(rejected.isAccepted());
}
