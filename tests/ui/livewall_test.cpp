// The live wall end to end: a real SQLite store, the real camera simulator (one camera behind a
// password), four tiles receiving and painting pictures, and a screenshot for the docs.
#include "shellfixture.h"
#include "uitestsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QSet>
#include <QTest>

using namespace vigil;
using namespace vigil::test;

namespace {

// Distinct colours in a coarse sample of `rect`; a blank or uniform tile gives 1–2.
int distinctColours(const QImage &image, const QRect &rect)
{
    QSet<QRgb> colours;
    for (int y = rect.top(); y < rect.bottom(); y += 4) {
        for (int x = rect.left(); x < rect.right(); x += 4)
            colours.insert(image.pixel(x, y) & 0xf0f0f0);
    }
    return colours.size();
}

} // namespace

TEST_CASE("the wall shows live pictures from the camera simulator", "[ui][wall][live]")
{
    QTemporaryDir work;
    REQUIRE(work.isValid());
    QString error;
    const QString mainClip =
        makeTestClip(work.path(), QStringLiteral("A.mp4"), QStringLiteral("640x360"), &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(mainClip.isEmpty());
    const QString subClip =
        makeTestClip(work.path(), QStringLiteral("B.mp4"), QStringLiteral("320x180"), &error);
    REQUIRE_FALSE(subClip.isEmpty());

    // Three open cameras plus, when the demo has one, a camera behind a password: it only
    // shows pictures if the stored credentials reach the stream.
    std::optional<Site> demo = demoSiteOnPort(8554, &error);
    REQUIRE(demo);
    QStringList cameraIds{demo->cameras.at(0).id, demo->cameras.at(1).id, demo->cameras.at(2).id};
    std::optional<CameraCredential> credential;
    for (const CameraCredential &candidate : demo->credentials) {
        if (!cameraIds.contains(candidate.cameraId) && findCamera(*demo, candidate.cameraId)) {
            credential = candidate;
            break;
        }
    }
    cameraIds << (credential ? credential->cameraId : demo->cameras.at(3).id);

    QStringList specs;
    for (const QString &id : cameraIds) {
        QString spec = QStringLiteral("id=%1,main=%2,sub=%3").arg(id, mainClip, subClip);
        if (credential && credential->cameraId == id)
            spec += QStringLiteral(",user=%1,password=%2")
                        .arg(credential->username, credential->password);
        specs << spec;
    }
    CamSimProcess camsim;
    REQUIRE(camsim.start(specs, &error));

    std::optional<Site> served = demoSiteOnPort(camsim.port(), &error);
    REQUIRE(served);
    const std::optional<Site> site =
        storeAndReload(work.filePath(QStringLiteral("data")), *served, &error);
    INFO(error.toStdString());
    REQUIRE(site);
    CHECK(site->credentials == served->credentials);

    ShellFixture shell(*site, 4);
    REQUIRE(QTest::qWaitForWindowExposed(shell.window.get()));
    for (int i = 0; i < 4; ++i)
        REQUIRE(shell.window->wall()->showCamera(i, cameraIds[i]));

    const auto tilesWithPictures = [&] {
        int count = 0;
        for (int i = 0; i < 4; ++i) {
            if (shell.tile(i)->framesReceived() > 0 && shell.tile(i)->framesPainted() > 0)
                ++count;
        }
        return count;
    };
    const bool allLive = waitUntil([&] { return tilesWithPictures() >= 4; }, 15000);
    for (int i = 0; i < 4; ++i) {
        INFO("tile " << i << " camera " << shell.tile(i)->cameraId().toStdString() << " frames "
                     << shell.tile(i)->framesReceived() << " state '"
                     << shell.tile(i)->stateText().toStdString() << "'");
        CHECK(shell.tile(i)->framesReceived() > 0);
    }
    REQUIRE(allLive);
    for (int i = 0; i < 4; ++i) {
        CHECK(shell.tile(i)->cameraId() == cameraIds[i]);
        CHECK(shell.tile(i)->status().state == StreamState::Live);
        CHECK(shell.tile(i)->stateText().isEmpty());
        CHECK(shell.window->cameraTree()
                  ->model()
                  ->indexOfCamera(cameraIds[i])
                  .data(CameraTreeModel::DisplayStateRole)
                  .toInt() == static_cast<int>(CameraDisplayState::Live));
    }
    QTest::qWait(300); // let the clocks and a few more frames arrive for the screenshot

    const QImage screenshot = shell.window->grab().toImage();
    const QString shotDir = testEnv("VIGIL_BUILD_DIR") + QStringLiteral("/screenshots");
    REQUIRE(QDir().mkpath(shotDir));
    CHECK(screenshot.save(shotDir + QStringLiteral("/ui-wall.png")));

    const qreal dpr = screenshot.devicePixelRatio();
    for (int i = 0; i < 4; ++i) {
        VideoTile *tile = shell.tile(i);
        const QRect inWindow(tile->mapTo(shell.window.get(), QPoint(0, 0)), tile->size());
        // The middle of the tile: clear of the name/clock bands and the tile number.
        const QRect middle = inWindow.adjusted(inWindow.width() / 5, inWindow.height() / 4,
                                               -inWindow.width() / 5, -inWindow.height() / 4);
        const QRect pixels(middle.topLeft() * dpr, middle.size() * dpr);
        INFO("tile " << i);
        CHECK(distinctColours(screenshot, pixels) > 8);
    }

    // Layout 4 → 9 keeps the live cameras where they are.
    REQUIRE(shell.window->setWallLayout(9));
    for (int i = 0; i < 4; ++i)
        CHECK(shell.tile(i)->cameraId() == cameraIds[i]);
}
