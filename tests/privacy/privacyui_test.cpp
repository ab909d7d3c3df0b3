// The privacy mask editor (drawing on the zone canvas, saving through the library into a real
// SQLite store, refusing an unfinished polygon) and the "Public view" window action, offscreen.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "analytics/zonecanvas.h"
#include "media/streammanager.h"
#include "media/videosource.h"
#include "privacy/privacymaskdialog.h"
#include "privacy/privacymasklibrary.h"
#include "privacy/privacymaskstore.h"
#include "privacy/privacysession.h"
#include "privacy/publicview.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

namespace {

QPoint pixelOf(const ZoneCanvas *canvas, QPointF normalized)
{
    return canvas->mapping().toPixel(normalized).toPoint();
}

bool near(QPointF a, QPointF b)
{
    return std::abs(a.x() - b.x()) < 0.01 && std::abs(a.y() - b.y()) < 0.01;
}

bool waitIdle(const PrivacyMaskLibrary &library)
{
    return QTest::qWaitFor([&] { return !library.isBusy(); }, 10000);
}

} // namespace

TEST_CASE("mask editor: draw, name and save a polygon into the store", "[privacy][ui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("site.db"));
    PrivacyMaskLibrary library;
    library.setDatabasePath(dbPath);
    REQUIRE(waitIdle(library));

    QImage still(640, 360, QImage::Format_RGB32);
    still.fill(QColor(90, 110, 130));
    PrivacyMaskDialog::Input input{QStringLiteral("c1"), QStringLiteral("Gate"), still, {}, {}};
    PrivacyMaskDialog dialog(input, &library);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    ZoneCanvas *canvas = dialog.canvas();

    const QList<QPointF> wanted{{0.6, 0.1}, {0.9, 0.1}, {0.9, 0.5}, {0.6, 0.5}};
    SECTION("an unfinished polygon is refused with the reason")
    {
        QTest::mouseClick(canvas, Qt::LeftButton, {}, pixelOf(canvas, wanted[0]));
        QTest::mouseClick(canvas, Qt::LeftButton, {}, pixelOf(canvas, wanted[1]));
        dialog.saveButton()->click();
        CHECK(dialog.messageLabel()->text().contains(QStringLiteral("not finished")));
        CHECK_FALSE(library.isBusy());
        CHECK(dialog.isVisible());
    }
    SECTION("a closed polygon is saved and read back")
    {
        for (const QPointF &p : wanted)
            QTest::mouseClick(canvas, Qt::LeftButton, {}, pixelOf(canvas, p));
        QTest::mouseDClick(canvas, Qt::LeftButton, {}, pixelOf(canvas, wanted.last()));
        REQUIRE(canvas->shapes().size() == 1);
        CHECK(dialog.maskList()->count() == 1);
        dialog.nameEdit()->setFocus();
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("neighbour's window"));
        QSignalSpy saved(&library, &PrivacyMaskLibrary::saved);
        dialog.saveButton()->click();
        REQUIRE(saved.wait(10000));
        CHECK(dialog.result() == QDialog::Accepted);

        QString error;
        auto store = PrivacyMaskStore::open(dbPath, &error);
        REQUIRE(store);
        QStringList problems;
        const auto all = store->loadAll(&error, &problems);
        REQUIRE(all);
        const PrivacyMaskList masks = all->value(QStringLiteral("c1"));
        REQUIRE(masks.size() == 1);
        CHECK(masks[0].name == QStringLiteral("neighbour's window"));
        REQUIRE(masks[0].polygon.size() == 4);
        for (int i = 0; i < 4; ++i)
            CHECK(near(masks[0].polygon[i], wanted[i]));
        CHECK(library.masksOf(QStringLiteral("c1")).size() == 1); // cache updated too

        // Reopened, the editor shows the saved mask.
        PrivacyMaskDialog again(
            {QStringLiteral("c1"), {}, still, {}, library.masksOf(QStringLiteral("c1"))}, &library);
        CHECK(again.canvas()->shapes().size() == 1);
        CHECK(again.maskList()->item(0)->text() == QStringLiteral("neighbour's window"));
    }
}

TEST_CASE("'Public view' marks the window public and refreshes its displays' filters",
          "[privacy][ui]")
{
    StreamManager streams;
    int asked = 0, askedPublic = 0;
    streams.setDisplayFilterProvider([&](const StreamRequest &, const QObject *owner) {
        ++asked;
        askedPublic += isPublicView(owner) ? 1 : 0;
        return std::shared_ptr<DisplayFrameFilter>();
    });
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Wall 2"));
    QMenu menu;
    QAction *action = PrivacySession::addPublicViewAction(&menu, &window, streams);
    auto *tile = new QWidget(&window);
    StreamRequest request;
    request.cameraId = QStringLiteral("c1");
    request.url = QStringLiteral("rtsp://127.0.0.1:9/none"); // never connects; fine here
    VideoSource *source = streams.openDisplay(request, tile);
    REQUIRE(source);
    CHECK(asked == 1);
    CHECK(askedPublic == 0);

    action->setChecked(true);
    CHECK(isPublicView(&window));
    CHECK(isPublicView(tile));
    CHECK(window.windowTitle().contains(QStringLiteral("PUBLIC")));
    CHECK(asked == 2);
    CHECK(askedPublic == 1);

    action->setChecked(false);
    CHECK_FALSE(isPublicView(tile));
    CHECK(window.windowTitle() == QStringLiteral("Wall 2"));
    CHECK(asked == 3);
    CHECK(askedPublic == 1);
    delete source;
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
