// Offscreen tests of the map widget on the demo district with a basemap rendered by
// vigil-mapgen at one zoom level; writes $VIGIL_BUILD_DIR/screenshots/map.png.
#include "maptestsupport.h"

#include "geo/mbtilessource.h"
#include "map/mapdock.h"
#include "map/mapview.h"
#include "map/tilelayer.h"
#include "store/siteimport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

namespace {

using maptest::demoSite;

// Renders the demo basemap at zooms 15–16 once per test run (about 2 s).
std::shared_ptr<geo::TileSource> demoBasemap()
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.mbtiles"));
    if (!QFile::exists(path)) {
        QProcess mapgen;
        mapgen.start(qEnvironmentVariable("VIGIL_BUILD_DIR") + QStringLiteral("/bin/vigil-mapgen"),
                     {QStringLiteral("basemap"), QStringLiteral("--site"),
                      qEnvironmentVariable("VIGIL_SOURCE_DIR") +
                          QStringLiteral("/resources/demo/district.json"),
                      QStringLiteral("--out"), path, QStringLiteral("--min-zoom"),
                      QStringLiteral("15"), QStringLiteral("--max-zoom"), QStringLiteral("16")});
        REQUIRE(mapgen.waitForFinished(60000));
        INFO(mapgen.readAllStandardError().toStdString());
        REQUIRE(mapgen.exitCode() == 0);
    }
    QString error;
    std::shared_ptr<geo::TileSource> source = geo::MbTilesSource::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(source);
    return source;
}

bool waitForTiles(MapView &view)
{
    view.repaint();
    return maptest::waitFor(
        [&] {
            view.repaint();
            return view.tileLayer()->pendingTiles() == 0 && view.tileLayer()->cachedTiles() > 0;
        },
        10000);
}

QPointF screenPosOf(const MapView &view, const QString &id)
{
    const int i = view.overlay().indexOf(id);
    return view.viewport().worldToScreen(view.overlay().index().worldOf(i, view.viewport().zoom()));
}

} // namespace

TEST_CASE("map view renders the demo district with markers and an alert pulse", "[map][ui]")
{
    MapView view;
    view.resize(1024, 768);
    view.setSite(demoSite());
    view.setTileSource(demoBasemap());
    view.centerOn({114.3140, 30.5230}, 16);
    view.setCameraDisplayState(QStringLiteral("c01"), CameraDisplayState::Live);
    view.setCameraDisplayState(QStringLiteral("c04"), CameraDisplayState::Offline);
    view.setAlertActive(QStringLiteral("c14"), true);
    view.highlightCamera(QStringLiteral("c20"), 16);
    view.show();
    REQUIRE(waitForTiles(view));

    const QImage shot = view.grab().toImage();
    const QString dir = qEnvironmentVariable("VIGIL_BUILD_DIR") + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    REQUIRE(shot.save(dir + QStringLiteral("/map.png")));

    // Basemap present: the centre pixel is not the empty background colour.
    CHECK(shot.pixelColor(300, 300) != QColor(0xe8, 0xe6, 0xe1));
    // Alert marker: red at the alerting camera's position.
    const QPoint alert = screenPosOf(view, QStringLiteral("c14")).toPoint();
    const QColor atAlert = shot.pixelColor(alert);
    CHECK(atAlert.red() > 180);
    CHECK(atAlert.green() < 120);
    CHECK(view.lastMarkerCount() > 3);
    CHECK(view.lastMarkerCount() < 20);
}

TEST_CASE("map view: clustering at low zoom, click, nearby and circle select", "[map][ui]")
{
    MapView view;
    view.resize(800, 600);
    view.setSite(demoSite());
    view.show();

    view.centerOn({114.31, 30.52}, 12);
    view.repaint();
    // 20 cameras within a few km collapse into a handful of clusters at zoom 12.
    CHECK(view.lastMarkerCount() < 12);
    view.setZoom(17);
    view.centerOn({114.3231, 30.5324}, 17);
    view.repaint();

    QSignalSpy activated(&view, &MapView::cameraActivated);
    const QPoint c05 = screenPosOf(view, QStringLiteral("c05")).toPoint();
    CHECK(view.cameraAt(c05) == u"c05");
    QTest::mouseClick(&view, Qt::LeftButton, {}, c05);
    REQUIRE(activated.size() == 1);
    CHECK(activated[0][0].toString() == u"c05");

    // Nearest first within 300 m of the 清河大道/建设路 crossing.
    CHECK(view.camerasWithin({114.3108, 30.5212}, 300) ==
          QStringList{QStringLiteral("c01"), QStringLiteral("c14")});

    // Shift+drag a circle of ~120 px (~140 m at zoom 17) around c05: only c05 is inside.
    QSignalSpy show(&view, &MapView::showCamerasRequested);
    QTest::mousePress(&view, Qt::LeftButton, Qt::ShiftModifier, c05);
    QMouseEvent move(QEvent::MouseMove, c05 + QPointF(120, 0),
                     view.mapToGlobal(c05 + QPointF(120, 0)), Qt::NoButton, Qt::LeftButton,
                     Qt::ShiftModifier);
    QApplication::sendEvent(&view, &move);
    QTest::mouseRelease(&view, Qt::LeftButton, Qt::ShiftModifier, c05 + QPoint(120, 0));
    REQUIRE(show.size() == 1);
    CHECK(show[0][0].toStringList().first() == u"c05");
}

TEST_CASE("map view: wheel zoom keeps the point under the cursor", "[map][ui]")
{
    MapView view;
    view.resize(800, 600);
    view.show();
    view.centerOn({114.31, 30.52}, 14);
    const QPointF cursor(600, 150);
    const geo::LonLat before = view.viewport().screenToLonLat(cursor);
    QWheelEvent wheel(cursor, view.mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &wheel);
    CHECK(view.viewport().zoom() == Approx(15));
    const geo::LonLat after = view.viewport().screenToLonLat(cursor);
    CHECK(geo::distanceMeters(before, after) < 1.0);
}

TEST_CASE("map view converts WGS-84 cameras into a GCJ-02 basemap's datum", "[map][ui][datum]")
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
    view.setSite(demoSite());
    view.setTileSource(source);
    const int i = view.overlay().indexOf(QStringLiteral("c01"));
    const geo::LonLat scene = view.overlay().cameras()[i].scenePos;
    const geo::LonLat expected = geo::wgs84ToGcj02({114.3108, 30.5212});
    CHECK(scene.lon == Approx(expected.lon).margin(1e-9));
    CHECK(scene.lat == Approx(expected.lat).margin(1e-9));
    // Queries still take and give WGS-84.
    CHECK(view.camerasWithin({114.3108, 30.5212}, 300) ==
          QStringList{QStringLiteral("c01"), QStringLiteral("c14")});
}

TEST_CASE("map dock search lists, ranks and jumps to cameras", "[map][ui][search]")
{
    MapDock dock;
    dock.resize(600, 700);
    dock.setSite(demoSite());
    dock.show();
    CHECK(dock.search(QStringLiteral("建设")) ==
          QStringList{QStringLiteral("c04"), QStringLiteral("c01"), QStringLiteral("c14")});
    CHECK(dock.search(QStringLiteral("C16")) == QStringList{QStringLiteral("c16")});
    dock.showCamera(QStringLiteral("c16"));
    const geo::LonLat centre = dock.view()->viewport().centre();
    CHECK(geo::distanceMeters(centre, {114.3235, 30.5003}) < 1.0);
    CHECK(dock.view()->viewport().zoom() >= 17);
}

TEST_CASE("vigil-mapgen writes MBTiles metadata per spec and names bad input", "[map][mapgen]")
{
    const std::shared_ptr<geo::TileSource> basemap = demoBasemap();
    auto *source = dynamic_cast<geo::MbTilesSource *>(basemap.get());
    REQUIRE(source);
    CHECK(source->attribution() == u"Vigil demo basemap");
    CHECK(source->minZoom() == 15);
    CHECK(source->maxZoom() == 16);
    CHECK(source->metadata().format == u"png");
    CHECK(source->metadata().hasBounds);
    // The district's cameras lie inside the declared bounds.
    CHECK(source->metadata().west < 114.2796);
    CHECK(source->metadata().east > 114.3601);

    QTemporaryDir dir;
    QProcess mapgen;
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    mapgen.start(qEnvironmentVariable("VIGIL_BUILD_DIR") + QStringLiteral("/bin/vigil-mapgen"),
                 {QStringLiteral("basemap"), QStringLiteral("--site"), missing,
                  QStringLiteral("--out"), dir.filePath(QStringLiteral("x.mbtiles")),
                  QStringLiteral("--max-zoom"), QStringLiteral("40")});
    REQUIRE(mapgen.waitForFinished(10000));
    CHECK(mapgen.exitCode() == 2);
    const QString stderrText = QString::fromUtf8(mapgen.readAllStandardError());
    CHECK(stderrText.contains(u"--max-zoom"));
}
