// Wall features that need live pictures from the real camera simulator: maximise switches to
// the main stream seamlessly and back, covered tiles stop receiving, snapshots are written and
// decodable, CPU pressure thins small tiles' frames, and a second wall window shows frames from
// the same (shared) streams.
#include "shellfixture.h"
#include "uitestsupport.h"

#include "wall/layoutlibrary.h"
#include "wall/wallloadgovernor.h"
#include "wall/wallmenu.h"
#include "wall/wallwindow.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QImageReader>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace vigil;
using namespace vigil::test;

namespace {

struct LiveSite
{
    QTemporaryDir work;
    CamSimProcess camsim;
    std::optional<Site> site;
    QStringList ids;

    // Two cameras: main 640×360, sub 320×180.
    void start()
    {
        REQUIRE(work.isValid());
        QString error;
        const QString mainClip =
            makeTestClip(work.path(), QStringLiteral("M.mp4"), QStringLiteral("640x360"), &error);
        INFO(error.toStdString());
        REQUIRE_FALSE(mainClip.isEmpty());
        const QString subClip =
            makeTestClip(work.path(), QStringLiteral("S.mp4"), QStringLiteral("320x180"), &error);
        REQUIRE_FALSE(subClip.isEmpty());
        std::optional<Site> demo = demoSiteOnPort(8554, &error);
        REQUIRE(demo);
        // Cameras without credentials, so the simulator needs none.
        for (const Camera &camera : demo->cameras) {
            bool protectedCamera = false;
            for (const CameraCredential &credential : demo->credentials)
                protectedCamera = protectedCamera || credential.cameraId == camera.id;
            if (!protectedCamera && ids.size() < 2)
                ids << camera.id;
        }
        REQUIRE(ids.size() == 2);
        QStringList specs;
        for (const QString &id : ids)
            specs << QStringLiteral("id=%1,main=%2,sub=%3").arg(id, mainClip, subClip);
        REQUIRE(camsim.start(specs, &error));
        site = demoSiteOnPort(camsim.port(), &error);
        REQUIRE(site);
    }
};

bool hasFrames(VideoTile *tile, quint64 atLeast = 1)
{
    return tile->framesReceived() >= atLeast;
}

} // namespace

TEST_CASE("maximise switches to the main stream seamlessly; snapshots; CPU pressure",
          "[ui][wall][live]")
{
    LiveSite live;
    live.start();
    ShellFixture shell(*live.site, 9);
    REQUIRE(QTest::qWaitForWindowExposed(shell.window.get()));
    WallController *wall = shell.window->wall();
    wall->loadGovernor()->stop(); // this test feeds the policy its CPU readings itself
    REQUIRE(wall->showCamera(0, live.ids[0]));
    REQUIRE(wall->showCamera(1, live.ids[1]));
    VideoTile *tile = shell.tile(0);
    REQUIRE(waitUntil([&] { return hasFrames(tile, 3) && hasFrames(shell.tile(1), 3); }, 15000));
    CHECK(tile->source()->request().profile == StreamProfile::Sub);
    CHECK(tile->currentFrame().sourceSize == QSize(320, 180));

    // Maximise: main stream, and the picture never goes blank during the switch.
    wall->setMaximizedTile(0);
    bool blank = false;
    const bool switched = waitUntil(
        [&] {
            blank = blank || tile->currentFrame().isNull();
            return !tile->isSwitching() &&
                   tile->source()->request().profile == StreamProfile::Main &&
                   tile->currentFrame().sourceSize == QSize(640, 360);
        },
        10000);
    REQUIRE(switched);
    CHECK_FALSE(blank);
    // The covered tile stops receiving pictures.
    QTest::qWait(300);
    const quint64 coveredFrames = shell.tile(1)->framesReceived();
    const quint64 bigFrames = tile->framesReceived();
    QTest::qWait(1000);
    CHECK(shell.tile(1)->framesReceived() == coveredFrames);
    CHECK(tile->framesReceived() > bigFrames + 5);

    // Snapshot of the maximised tile: PNG with the camera in name and metadata, then a JPEG.
    QTemporaryDir shots;
    wall->setSnapshotDirectory(shots.path());
    wall->setSnapshotFormat(QStringLiteral("png"));
    QSignalSpy saved(wall, &WallController::snapshotSaved);
    REQUIRE(wall->saveSnapshot(0));
    REQUIRE(waitUntil([&] { return saved.count() == 1; }, 5000));
    const QString pngPath = saved.at(0).at(0).toString();
    CHECK(QFileInfo(pngPath).fileName().startsWith(live.ids[0] + QLatin1Char('_')));
    QImageReader png(pngPath);
    CHECK(png.text(QStringLiteral("Camera")) == live.ids[0]);
    CHECK_FALSE(png.text(QStringLiteral("Time")).isEmpty());
    const QImage pngImage = png.read();
    CHECK(pngImage.width() > 600);
    wall->setSnapshotFormat(QStringLiteral("jpg"));
    REQUIRE(wall->saveSnapshot(0));
    REQUIRE(waitUntil([&] { return saved.count() == 2; }, 5000));
    const QString jpgPath = saved.at(1).at(0).toString();
    CHECK(jpgPath.endsWith(QStringLiteral(".jpg")));
    CHECK_FALSE(QImageReader(jpgPath).read().isNull());

    // Restore: back to the sub stream; the other tile receives again.
    wall->restore();
    REQUIRE(waitUntil(
        [&] {
            return !tile->isSwitching() &&
                   tile->source()->request().profile == StreamProfile::Sub &&
                   tile->currentFrame().sourceSize == QSize(320, 180);
        },
        10000));
    REQUIRE(waitUntil([&] { return shell.tile(1)->framesReceived() > coveredFrames + 3; }, 5000));

    // Digital zoom: the wheel zooms around the cursor (main stream while zoomed), a drag pans.
    const QPointF centre = QRectF(tile->rect()).center();
    QWheelEvent wheel(centre, tile->mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(tile, &wheel);
    CHECK(tile->zoom() == Approx(1.5625));
    CHECK(tile->zoomWindow().width() == Approx(0.64));
    CHECK(tile->wantedRequest().profile == StreamProfile::Main);
    const QPointF before = tile->zoomWindow().center();
    QTest::mousePress(tile, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    QTest::mouseMove(tile, centre.toPoint() + QPoint(40, 0));
    QTest::mouseRelease(tile, Qt::LeftButton, Qt::NoModifier, centre.toPoint() + QPoint(40, 0));
    CHECK(tile->zoomWindow().center().x() < before.x()); // the picture follows the mouse
    CHECK(wall->cameraIdAt(0) == live.ids[0]);           // panning is not a tile drag
    tile->setZoom(1.0);
    REQUIRE(waitUntil(
        [&] {
            return !tile->isSwitching() && tile->source()->request().profile == StreamProfile::Sub;
        },
        10000));

    // CPU pressure: small tiles get every 2nd frame only (consecutive pictures two apart).
    const auto sequenceSteps = [&](int wantedSteps) {
        QList<quint64> steps;
        quint64 last = tile->currentFrame().sequence;
        waitUntil(
            [&] {
                const quint64 now = tile->currentFrame().sequence;
                if (now != last) {
                    steps << now - last;
                    last = now;
                }
                return steps.size() >= wantedSteps;
            },
            8000);
        return steps;
    };
    const QList<quint64> fullRate = sequenceSteps(12);
    REQUIRE(fullRate.size() >= 12);
    CHECK(fullRate.contains(1));
    wall->loadGovernor()->sample(99.0);
    CHECK(tile->frameStride() == 2);
    QTest::qWait(200);
    const QList<quint64> reduced = sequenceSteps(8);
    REQUIRE(reduced.size() >= 8);
    CHECK_FALSE(reduced.contains(1));
    // A maximised tile is not "small": full rate again.
    wall->setMaximizedTile(0);
    CHECK(tile->frameStride() == 1);
    wall->restore();
    CHECK(tile->frameStride() == 2);
    wall->loadGovernor()->sample(0.0);
    CHECK(tile->frameStride() == 1);
}

TEST_CASE("a second wall window shows frames from the shared streams", "[ui][wall][live]")
{
    LiveSite live;
    live.start();
    ShellFixture shell(*live.site, 4);
    REQUIRE(QTest::qWaitForWindowExposed(shell.window.get()));
    REQUIRE(shell.window->wall()->showCamera(0, live.ids[0]));
    REQUIRE(waitUntil([&] { return hasFrames(shell.tile(0), 2); }, 15000));
    const int ingests = shell.streams->ingestCount();

    // A minimised window's tiles stop receiving; restored, they play again.
    shell.window->showMinimized();
    QTest::qWait(300);
    const quint64 minimisedFrames = shell.tile(0)->framesReceived();
    QTest::qWait(800);
    CHECK(shell.tile(0)->framesReceived() == minimisedFrames);
    shell.window->showNormal();
    REQUIRE(waitUntil([&] { return shell.tile(0)->framesReceived() > minimisedFrames + 2; }, 5000));

    shell.window->wallMenu()->newWindowAction()->trigger(); // Wall → New wall window
    auto *second = shell.window->findChild<WallWindow *>();
    REQUIRE(second);
    REQUIRE(QTest::qWaitForWindowExposed(second));
    CHECK(second->wall()->setLayoutCount(16)); // its own layout; small tiles: sub stream
    CHECK(shell.window->wall()->layoutCount() == 4);
    REQUIRE(second->wall()->showCamera(5, live.ids[0]));
    VideoTile *remote = second->wallGrid()->tile(5);
    REQUIRE(waitUntil([&] { return hasFrames(remote, 3) && remote->framesPainted() > 0; }, 10000));
    CHECK(remote->source()->request().profile == StreamProfile::Sub);
    CHECK(shell.streams->ingestCount() == ingests); // same sub stream: not opened twice
    CHECK(shell.tile(0)->framesReceived() > 2);     // and the first window keeps playing

    second->close(); // deletes itself
    QTest::qWait(50);
    CHECK(shell.streams->ingestCount() == ingests);
}
