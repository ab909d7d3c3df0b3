// Offscreen tests of the map's edit mode (saved to a real SQLite store, undone with Ctrl+Z), lasso
// select, the vehicle-track layer and the retry of failed tiles.
#include "maptestsupport.h"

#include "geo/cameraplacementwriter.h"
#include "geo/datum.h"
#include "geo/mbtilessource.h"
#include "geo/xyzurlsource.h"
#include "map/mapdock.h"
#include "map/mapedit.h"
#include "map/mapview.h"
#include "map/tilelayer.h"
#include "map/trackpainter.h"
#include "store/sqlitesitestore.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <cmath>

using namespace vigil;
using maptest::demoSite;

namespace {

QPointF screenPosOf(const MapView &view, const QString &id)
{
    const int i = view.overlay().indexOf(id);
    return view.viewport().worldToScreen(view.overlay().index().worldOf(i, view.viewport().zoom()));
}

void sendMouse(QWidget &w, QEvent::Type type, QPointF pos, Qt::MouseButton button,
               Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers)
{
    QMouseEvent event(type, pos, w.mapToGlobal(pos), button, buttons, modifiers);
    QApplication::sendEvent(&w, &event);
}

// Press at path[0], move through the rest, release at the last point (sub-pixel positions kept).
void dragAlong(QWidget &w, const QList<QPointF> &path, Qt::KeyboardModifiers modifiers = {})
{
    sendMouse(w, QEvent::MouseButtonPress, path.first(), Qt::LeftButton, Qt::LeftButton, modifiers);
    for (int i = 1; i < path.size(); ++i)
        sendMouse(w, QEvent::MouseMove, path[i], Qt::NoButton, Qt::LeftButton, modifiers);
    sendMouse(w, QEvent::MouseButtonRelease, path.last(), Qt::LeftButton, Qt::NoButton, modifiers);
}

void drag(QWidget &w, QPointF from, QPointF to)
{
    dragAlong(w, {from, (from + to) / 2, to});
}

Camera storedCamera(SqliteSiteStore &store, const QString &id)
{
    QString error;
    const std::optional<Site> site = store.loadSite(&error);
    INFO(error.toStdString());
    REQUIRE(site);
    for (const Camera &c : site->cameras)
        if (c.id == id)
            return c;
    FAIL("camera " << id.toStdString() << " not in the store");
    return {};
}

double colourDistance(QColor a, QColor b)
{
    return std::hypot(a.red() - b.red(), a.green() - b.green(), a.blue() - b.blue());
}

} // namespace

TEST_CASE("map edit mode: a relocation is saved to the SQLite store and undone with Ctrl+Z",
          "[map][ui][edit]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("site.db"));
    QString error;
    const std::unique_ptr<SqliteSiteStore> store = SqliteSiteStore::open(db, &error);
    REQUIRE(store);
    const Site site = demoSite();
    REQUIRE(store->replaceSite(site, &error));
    const Camera original = storedCamera(*store, QStringLiteral("c05"));

    MapDock dock;
    dock.resize(900, 700);
    dock.setSite(site);
    dock.setSiteDatabase(db);
    dock.show();
    MapView &view = *dock.view();
    view.centerOn({original.longitude, original.latitude}, 17);
    view.repaint();
    dock.editButton()->click();
    REQUIRE(view.isEditMode());
    QCoreApplication::processEvents(); // any pending layout first: positions are taken next

    QSignalSpy saved(&dock, &MapDock::placementSaved);
    QSignalSpy failed(&dock, &MapDock::placementSaveFailed);
    // Grabbed a little off its centre: the marker keeps that offset, so it lands exactly
    // 80 x 50 px from where it stood.
    const QPointF body = screenPosOf(view, QStringLiteral("c05"));
    const QPointF from = body + QPointF(3, -2);
    const QPointF to = from + QPointF(80, 50);
    const geo::LonLat dropped = view.viewport().screenToLonLat(body + QPointF(80, 50));
    const QSize sizeBefore = view.size();
    drag(view, from, to);
    REQUIRE(maptest::waitFor([&] { return saved.size() == 1; }));
    CHECK(failed.isEmpty());
    CHECK(view.editedCamera() == u"c05");

    // Stored where it was dropped (no basemap: scene datum is WGS-84), ~95 m from before.
    const Camera moved = storedCamera(*store, QStringLiteral("c05"));
    CHECK(view.size() == sizeBefore); // making an edit does not shift the map
    CHECK(geo::distanceMeters({moved.longitude, moved.latitude}, dropped) < 0.05);
    CHECK(geo::distanceMeters({moved.longitude, moved.latitude},
                              {original.longitude, original.latitude}) > 50);
    CHECK(moved.headingDeg == original.headingDeg);
    view.setEditMode(false);
    view.repaint();
    CHECK(view.cameraAt(to) == u"c05");
    CHECK(view.cameraAt(from).isEmpty());

    // Ctrl+Z puts it back, in the map and in the store.
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(maptest::waitFor([&] { return saved.size() == 2; }));
    const Camera restored = storedCamera(*store, QStringLiteral("c05"));
    CHECK(restored.latitude == Approx(original.latitude).margin(1e-12));
    CHECK(restored.longitude == Approx(original.longitude).margin(1e-12));
    view.repaint();
    CHECK(view.cameraAt(from) == u"c05");

    // Redo moves it again.
    QTest::keyClick(&view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(maptest::waitFor([&] { return saved.size() == 3; }));
    const Camera redone = storedCamera(*store, QStringLiteral("c05"));
    CHECK(redone.latitude == Approx(moved.latitude).margin(1e-12));
    CHECK(redone.longitude == Approx(moved.longitude).margin(1e-12));
}

TEST_CASE("map edit mode: cone handles turn the camera, set its range and widen its view",
          "[map][ui][edit]")
{
    MapView view;
    view.resize(800, 600);
    view.setSite(demoSite());
    view.show();
    const geo::CameraPlacement start = *view.cameraPlacement(QStringLiteral("c05"));
    view.centerOn({start.longitude, start.latitude}, 17);
    REQUIRE(view.selectForEdit(QStringLiteral("c05")));
    QSignalSpy edited(&view, &MapView::cameraPlacementEdited);

    // Cone tip to 120 px due east: heading 90°, range 120 px in metres.
    EditHandles handles = editHandlesFor(view.viewport(), view.overlay(), start);
    const QPointF east = handles.body + QPointF(120, 0);
    drag(view, handles.headingTip, east);
    REQUIRE(edited.size() == 1);
    geo::CameraPlacement turned = *view.cameraPlacement(QStringLiteral("c05"));
    CHECK(turned.headingDeg == Approx(90).margin(0.5));
    CHECK(turned.rangeM == Approx(120 * view.viewport().metersPerPixel()).epsilon(0.02));
    CHECK(turned.latitude == start.latitude);

    // Cone edge to 40° off the heading: a field of view of 80°.
    handles = editHandlesFor(view.viewport(), view.overlay(), turned);
    const double a = qDegreesToRadians(90.0 + 40.0);
    const QPointF edge = handles.body + QPointF(std::sin(a), -std::cos(a)) * 90;
    drag(view, handles.fovEdge, edge);
    REQUIRE(edited.size() == 2);
    CHECK(view.cameraPlacement(QStringLiteral("c05"))->fovDeg == Approx(80).margin(1));
    CHECK(view.undoStack()->count() == 2);
    const QString shots = qEnvironmentVariable("VIGIL_BUILD_DIR") + QStringLiteral("/screenshots");
    QDir().mkpath(shots);
    CHECK(view.grab().save(shots + QStringLiteral("/map-edit.png")));

    view.undoStack()->undo();
    view.undoStack()->undo();
    CHECK(*view.cameraPlacement(QStringLiteral("c05")) == start);
}

TEST_CASE("map lasso shows the cameras inside it, nearest to its centre first", "[map][ui]")
{
    MapView view;
    view.resize(900, 700);
    view.setSite(demoSite());
    view.show();
    view.centerOn({114.3108, 30.5212}, 16);
    view.repaint();
    // A rough circle of radius 220 px drawn freehand (Ctrl+drag) around the centre.
    const QPointF centre(450, 350);
    QList<QPointF> path;
    for (int i = 0; i <= 36; ++i) {
        const double a = i * 2 * M_PI / 36;
        path.append(centre + QPointF(std::cos(a) * 220, std::sin(a) * 200 + (i % 3) * 4));
    }
    const QPolygonF lasso(path);
    QStringList expected;
    for (const MapCamera &mc : view.overlay().cameras()) {
        if (lasso.containsPoint(screenPosOf(view, mc.camera.id), Qt::OddEvenFill))
            expected.append(mc.camera.id);
    }
    REQUIRE(expected.size() >= 2);
    REQUIRE(expected.size() < view.overlay().cameras().size());

    QSignalSpy show(&view, &MapView::showCamerasRequested);
    dragAlong(view, path, Qt::ControlModifier);
    REQUIRE(show.size() == 1);
    const QStringList ids = show[0][0].toStringList();
    CHECK(QSet<QString>(ids.begin(), ids.end()) == QSet<QString>(expected.begin(), expected.end()));
    CHECK(ids.size() == expected.size());
    double previous = 0;
    for (const QString &id : ids) {
        const double d = QLineF(screenPosOf(view, id), centre).length();
        CHECK(d >= previous - 3); // nearest first (the drawn centroid is within a few px)
        previous = d;
    }

    // With the lasso tool on, a plain drag selects too (and does not pan).
    const geo::LonLat before = view.viewport().centre();
    view.setLassoTool(true);
    dragAlong(view, path);
    CHECK(show.size() == 2);
    CHECK(view.viewport().centre() == before);
}

TEST_CASE("map dock draws a vehicle track with arrows and time labels, and clears it",
          "[map][ui][track]")
{
    MapDock dock;
    dock.resize(900, 700);
    dock.show();
    MapView &view = *dock.view();
    const QDateTime t0(QDate(2026, 11, 30), QTime(8, 0, 0));
    geo::VehicleTrack track{QStringLiteral("鄂A·12345"),
                            {{t0, 30.515, 114.300, QStringLiteral("kk01")},
                             {t0.addSecs(300), 30.520, 114.310, QStringLiteral("kk02")},
                             {t0.addSecs(720), 30.518, 114.320, QStringLiteral("kk03")}}};
    dock.showTrack(track);
    REQUIRE(view.hasTrack());
    CHECK(dock.clearTrackButton()->isVisible());
    auto at = [&](double lat, double lon) { return view.viewport().lonLatToScreen({lon, lat}); };
    // The whole track is in view.
    for (const geo::TrackPoint &p : track.points)
        CHECK(QRectF(QPointF(0, 0), view.size()).contains(at(p.latitude, p.longitude)));

    const QPointF a = at(30.515, 114.300), b = at(30.520, 114.310);
    const QPoint onLine = (a + (b - a) * 0.3).toPoint();
    const QPoint onArrow = ((a + b) / 2).toPoint();
    QImage shot = view.grab().toImage();
    const QString shots = qEnvironmentVariable("VIGIL_BUILD_DIR") + QStringLiteral("/screenshots");
    QDir().mkpath(shots);
    CHECK(shot.save(shots + QStringLiteral("/map-track.png")));
    CHECK(colourDistance(shot.pixelColor(onLine), kTrackColour) < 40);
    CHECK(colourDistance(shot.pixelColor(onArrow), kTrackColour) < 40);
    // A time label box (white) sits to the right of the first stop.
    CHECK(colourDistance(shot.pixelColor((a + QPointF(14, 0)).toPoint()), Qt::white) < 30);

    dock.clearTrackButton()->click();
    CHECK_FALSE(view.hasTrack());
    CHECK_FALSE(dock.clearTrackButton()->isVisible());
    shot = view.grab().toImage();
    CHECK(colourDistance(shot.pixelColor(onLine), kTrackColour) > 100);
}

TEST_CASE("map retries failed tiles after a back-off when the server comes back", "[map][ui][xyz]")
{
    // A port with nobody listening: the server is "down".
    auto server = std::make_unique<maptest::TileHttpServer>(QHash<QString, QByteArray>{});
    const quint16 port = server->port();
    server->close();

    geo::XyzUrlSourceOptions options;
    options.urlTemplate = QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(port);
    options.timeoutMs = 1000;
    QString error;
    std::shared_ptr<geo::XyzUrlSource> source = geo::XyzUrlSource::create(options, &error);
    REQUIRE(source);

    MapView view;
    view.resize(300, 200);
    view.tileLayer()->setRetryBackoff(300, 600);
    view.setTileSource(source);
    view.centerOn({114.31, 30.52}, 14);
    view.show();
    view.repaint();
    REQUIRE(maptest::waitFor([&] { return view.tileLayer()->failedTiles() > 0; }));
    CHECK(view.tileLayer()->cachedTiles() == 0);

    // The server comes back on the same port with every tile of the view.
    QHash<QString, QByteArray> bodies;
    const QList<geo::TileId> visible = geo::tilesCovering(view.viewport().visibleWorld(), 14);
    for (const geo::TileId &t : visible)
        bodies.insert(QStringLiteral("/%1/%2/%3.png").arg(t.z).arg(t.x).arg(t.y),
                      maptest::solidPng(Qt::darkCyan, 256));
    server = std::make_unique<maptest::TileHttpServer>(bodies);
    server->close();
    REQUIRE(server->listen(QHostAddress::LocalHost, port));

    // No repaint forced here: the layer's own retry timer must bring the tiles.
    REQUIRE(maptest::waitFor(
        [&] {
            return view.tileLayer()->cachedTiles() == visible.size() &&
                   view.tileLayer()->failedTiles() == 0;
        },
        8000));
    CHECK(server->requests >= visible.size());
}

TEST_CASE("camera placement writes name unknown cameras and bad fields and change nothing",
          "[map][edit][store]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("site.db"));
    QString error;
    const std::unique_ptr<SqliteSiteStore> store = SqliteSiteStore::open(db, &error);
    REQUIRE(store);
    REQUIRE(store->replaceSite(demoSite(), &error));
    const Camera before = storedCamera(*store, QStringLiteral("c05"));

    CHECK_FALSE(
        store->updateCameraPlacement(QStringLiteral("nope"), 30.5, 114.3, 10, 60, 50, &error));
    CHECK(error.contains(u"nope"));
    CHECK_FALSE(
        store->updateCameraPlacement(QStringLiteral("c05"), 30.5, 114.3, 360, 60, 50, &error));
    CHECK(error.contains(u"heading_deg"));
    CHECK_FALSE(
        store->updateCameraPlacement(QStringLiteral("c05"), 30.5, 114.3, 10, 0, 50, &error));
    CHECK(error.contains(u"fov_deg"));
    CHECK_FALSE(
        store->updateCameraPlacement(QStringLiteral("c05"), 30.5, 114.3, 10, 60, -1, &error));
    CHECK(error.contains(u"range_m"));
    CHECK_FALSE(store->updateCameraPlacement(QStringLiteral("c05"), 95, 114.3, 10, 60, 50, &error));
    CHECK(error.contains(u"latitude"));
    CHECK(storedCamera(*store, QStringLiteral("c05")) == before);

    // Through the writer (its own thread): the failure comes back as a signal naming the file.
    geo::CameraPlacementWriter writer(db);
    QSignalSpy failed(&writer, &geo::CameraPlacementWriter::failed);
    writer.save(QStringLiteral("nope"), geo::placementOf(before));
    REQUIRE(maptest::waitFor([&] { return failed.size() == 1; }));
    CHECK(failed[0][0].toString() == u"nope");
    CHECK(failed[0][1].toString().contains(db));
}

TEST_CASE("map edit mode over a GCJ-02 basemap keeps the model in WGS-84", "[map][edit][datum]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gcj.mbtiles"));
    REQUIRE(maptest::writeMbTiles(path,
                                  {{QStringLiteral("name"), QStringLiteral("gcj")},
                                   {QStringLiteral("format"), QStringLiteral("png")},
                                   {QStringLiteral("datum"), QStringLiteral("gcj02")}},
                                  {}) == QString());
    QString error;
    std::shared_ptr<geo::TileSource> source = geo::MbTilesSource::open(path, &error);
    REQUIRE(source);
    MapView view;
    view.resize(800, 600);
    view.setSite(demoSite());
    view.setTileSource(source);
    view.show();
    const geo::CameraPlacement start = *view.cameraPlacement(QStringLiteral("c05"));
    view.centerOn({start.longitude, start.latitude}, 17);
    REQUIRE(view.selectForEdit(QStringLiteral("c05")));
    const QPointF body = screenPosOf(view, QStringLiteral("c05"));
    // On screen (GCJ-02 scene) the marker sits hundreds of metres from where the WGS-84 numbers
    // would put it.
    CHECK(QLineF(body, view.viewport().lonLatToScreen({start.longitude, start.latitude})).length() >
          100);
    const geo::LonLat targetScene = view.viewport().screenToLonLat(body + QPointF(60, 0));
    drag(view, body, body + QPointF(60, 0));
    const geo::CameraPlacement moved = *view.cameraPlacement(QStringLiteral("c05"));
    const geo::LonLat expectedWgs = geo::gcj02ToWgs84(targetScene);
    CHECK(moved.longitude == Approx(expectedWgs.lon).margin(1e-7));
    CHECK(moved.latitude == Approx(expectedWgs.lat).margin(1e-7));
    CHECK(
        geo::distanceMeters({moved.longitude, moved.latitude}, {start.longitude, start.latitude}) ==
        Approx(60 * view.viewport().metersPerPixel()).epsilon(0.05));
}

TEST_CASE("map right-click menu: cameras within 300 m and copy coordinates", "[map][ui][menu]")
{
    MapView view;
    view.resize(800, 600);
    view.setSite(demoSite());
    view.show();
    view.centerOn({114.3108, 30.5212}, 16);
    view.repaint();
    const QPoint at = view.viewport().lonLatToScreen({114.3108, 30.5212}).toPoint();
    // Picks the entry whose text contains `needle` from the menu once it is open.
    auto choose = [](const QString &needle) {
        QTimer::singleShot(0, [needle] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            REQUIRE(menu);
            for (QAction *action : menu->actions()) {
                if (action->text().contains(needle))
                    menu->setActiveAction(action);
            }
            QTest::keyClick(menu, Qt::Key_Return); // as the operator would
        });
    };
    QSignalSpy show(&view, &MapView::showCamerasRequested);
    choose(QStringLiteral("300"));
    QContextMenuEvent nearby(QContextMenuEvent::Mouse, at, view.mapToGlobal(at));
    QApplication::sendEvent(&view, &nearby);
    REQUIRE(show.size() == 1);
    CHECK(show[0][0].toStringList() == view.camerasWithin(view.viewport().screenToLonLat(at), 300));
    CHECK(show[0][0].toStringList().first() == u"c01");

    QSignalSpy copied(&view, &MapView::coordinatesCopied);
    choose(QStringLiteral("oordinates"));
    QContextMenuEvent copy(QContextMenuEvent::Mouse, at, view.mapToGlobal(at));
    QApplication::sendEvent(&view, &copy);
    REQUIRE(copied.size() == 1);
    const geo::LonLat wgs = view.viewport().screenToLonLat(at);
    CHECK(copied[0][0].toString() ==
          QStringLiteral("%1, %2").arg(wgs.lat, 0, 'f', 6).arg(wgs.lon, 0, 'f', 6));
    CHECK(QGuiApplication::clipboard()->text() == copied[0][0].toString());
}
