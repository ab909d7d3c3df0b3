// AnalyticsOverlay painted the way VideoTile::paintEvent does it (paintTile, then the overlay
// over pictureRect): boxes at the right pixels, expired after the lifetime; zones when switched
// on; digital zoom respected.
#include "analytics/analyticsoverlay.h"
#include "wall/tilepainter.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace vigil;

namespace {

// A 322x182 tile showing a black 320x180 picture at (1, 1), with the overlay on top.
QImage renderTile(const AnalyticsOverlay &overlay, const QString &cameraId,
                  QRectF zoomWindow = QRectF(0, 0, 1, 1))
{
    TilePaintInput input;
    input.rect = QRect(0, 0, 322, 182);
    input.image = QImage(320, 180, QImage::Format_RGB32);
    input.image.fill(Qt::black);
    input.sourceSize = QSize(320, 180);
    input.zoomWindow = zoomWindow;
    input.cameraName = QStringLiteral("Test");
    QImage shot(input.rect.size(), QImage::Format_RGB32);
    QPainter painter(&shot);
    REQUIRE(paintTile(painter, input));
    overlay.paint(painter, cameraId, pictureRect(input), input.zoomWindow);
    return shot;
}

bool isGreen(const QColor &c)
{
    return c.green() > 150 && c.red() < 100 && c.blue() < 150;
}

bool isDark(const QColor &c)
{
    return c.red() < 40 && c.green() < 40 && c.blue() < 40;
}

} // namespace

TEST_CASE("the overlay draws an object box at the right pixels and expires it",
          "[analyticsui][overlay]")
{
    AnalyticsOverlay overlay;
    overlay.setObjectLifetimeMs(300);

    ObjectMetadata person;
    person.box = {0.25, 0.5, 0.25, 0.4}; // x 81..161, y 91..163 in tile pixels
    person.classId = QStringLiteral("person");
    person.trackId = 7;
    QSignalSpy changed(&overlay, &AnalyticsOverlay::changed);
    overlay.setObjects(QStringLiteral("cam-1"), 1'000'000, {person});
    overlay.setObjects(QStringLiteral("cam-2"), 1'000'000, {person}); // another camera
    CHECK(changed.size() == 2);

    QImage shot = renderTile(overlay, QStringLiteral("cam-1"));
    CHECK(isGreen(shot.pixelColor(81, 130)));  // left edge
    CHECK(isGreen(shot.pixelColor(161, 130))); // right edge
    CHECK(isGreen(shot.pixelColor(120, 163))); // bottom edge
    CHECK(isDark(shot.pixelColor(120, 130)));  // inside: the picture, untouched
    CHECK(isDark(shot.pixelColor(60, 130)));   // left of the box
    CHECK(isGreen(shot.pixelColor(84, 85)));   // the label tag above the box

    // An older frame's result does not replace a newer one.
    overlay.setObjects(QStringLiteral("cam-1"), 500'000, {});
    CHECK(overlay.liveObjects(QStringLiteral("cam-1")).size() == 1);

    // No update for the lifetime: gone, and the tile is told to repaint.
    changed.clear();
    QTRY_VERIFY_WITH_TIMEOUT(overlay.liveObjects(QStringLiteral("cam-1")).isEmpty(), 2000);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 1000);
    shot = renderTile(overlay, QStringLiteral("cam-1"));
    CHECK(isDark(shot.pixelColor(81, 130)));
    CHECK(isDark(shot.pixelColor(84, 85)));

    // Digital zoom on the lower-left quarter: the box's left edge moves to x = 1.
    overlay.setObjects(QStringLiteral("cam-1"), 1'500'000, {person});
    shot = renderTile(overlay, QStringLiteral("cam-1"), QRectF(0.25, 0.5, 0.5, 0.5));
    CHECK(isGreen(shot.pixelColor(1, 120)));
    CHECK(isDark(shot.pixelColor(81, 120)));

    // Hidden detections are not drawn.
    overlay.setObjects(QStringLiteral("cam-1"), 2'000'000, {person});
    overlay.setObjectsVisible(false);
    CHECK(isDark(renderTile(overlay, QStringLiteral("cam-1")).pixelColor(81, 130)));
}

TEST_CASE("the overlay draws the camera's enabled zones when switched on", "[analyticsui][overlay]")
{
    AnalyticsOverlay overlay;

    const QJsonArray zone{QJsonObject{
        {QStringLiteral("points"), QJsonArray{QJsonArray{0.0, 0.0}, QJsonArray{0.5, 0.0},
                                              QJsonArray{0.5, 0.5}, QJsonArray{0.0, 0.5}}}}};
    overlay.setConfigs(QStringLiteral("cam-1"),
                       {{QStringLiteral("cam-1"), QStringLiteral("org.vigil.intrusion"), true,
                         QJsonObject{{QStringLiteral("zones"), zone}}},
                        {QStringLiteral("cam-1"), QStringLiteral("org.vigil.loitering"), false,
                         QJsonObject{{QStringLiteral("zones"), zone}}}});
    CHECK(overlay.zones(QStringLiteral("cam-1")).size() == 1); // the disabled plugin's is left out

    const QPoint inside(120, 60);
    CHECK(isDark(
        renderTile(overlay, QStringLiteral("cam-1")).pixelColor(inside))); // zones off by default
    overlay.setZonesVisible(true);
    const QColor tinted = renderTile(overlay, QStringLiteral("cam-1")).pixelColor(inside);
    INFO(tinted.name().toStdString());
    CHECK(tinted.red() > 20); // translucent amber fill
    CHECK(tinted.blue() < tinted.red());
    CHECK(isDark(
        renderTile(overlay, QStringLiteral("cam-1")).pixelColor(240, 130))); // outside the zone
}
