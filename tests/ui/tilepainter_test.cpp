// paintTile's background: the letterbox around an unscaled opaque picture is filled, the area
// under the picture is left to the picture, and nothing of what was underneath shows through.
#include "wall/overlayimagecache.h"
#include "wall/tilepainter.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QImage>
#include <QPainter>

using namespace vigil;

namespace {

const QRgb kUnderneath = qRgb(255, 0, 255); // what the backing store held before the paint

int countPixels(const QImage &image, QRgb color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += image.pixel(x, y) == color ? 1 : 0;
    return count;
}

QImage paintOnto(const TilePaintInput &input)
{
    QImage target(input.rect.size(), QImage::Format_RGB32);
    target.fill(kUnderneath);
    QPainter painter(&target);
    paintTile(painter, input);
    painter.end();
    return target;
}

} // namespace

TEST_CASE("paintTile fills the letterbox around an unscaled picture and blits the picture",
          "[ui][wall][paint]")
{
    TilePaintInput input;
    input.rect = QRect(0, 0, 402, 302);
    input.sourceSize = QSize(640, 360);
    // As DisplaySink converts it: the source fitted into the picture area inside the border.
    input.image =
        QImage(input.sourceSize.scaled(pictureArea(input.rect.size(), 1), Qt::KeepAspectRatio),
               QImage::Format_RGB32);
    REQUIRE(input.image.size() == QSize(400, 225));
    const QRgb green = qRgb(0, 200, 0);
    input.image.fill(green);
    input.cameraName = QStringLiteral("cam");

    const QImage out = paintOnto(input);
    CHECK(countPixels(out, kUnderneath) == 0);
    const QRect picture = pictureRect(input).toRect();
    CHECK(picture.size() == QSize(400, 225));
    CHECK(out.pixel(picture.center()) == green);
    CHECK(out.pixel(picture.left(), picture.bottom()) == green);
    CHECK(out.pixel(200, picture.top() - 1) == tileBackgroundColor().rgb());    // top bar
    CHECK(out.pixel(200, picture.bottom() + 1) == tileBackgroundColor().rgb()); // bottom bar
    CHECK(countPixels(out, green) > 400 * 225 * 9 / 10); // overlays cover only a little
}

TEST_CASE("paintTile puts the background under a picture with transparency and an empty tile",
          "[ui][wall][paint]")
{
    TilePaintInput input;
    input.rect = QRect(0, 0, 402, 302);
    input.sourceSize = QSize(640, 360);
    input.image = QImage(400, 225, QImage::Format_ARGB32_Premultiplied);
    input.image.fill(Qt::transparent);
    QImage out = paintOnto(input);
    CHECK(countPixels(out, kUnderneath) == 0);
    CHECK(out.pixel(200, 150) == tileBackgroundColor().rgb());

    input.image = QImage();
    out = paintOnto(input);
    CHECK(countPixels(out, kUnderneath) == 0);
    CHECK(out.pixel(200, 150) == tileBackgroundColor().rgb());
}

TEST_CASE("paintTile draws its overlay labels from the shared image cache", "[ui][wall][paint]")
{
    OverlayImageCache::clear();
    TilePaintInput input;
    input.rect = QRect(0, 0, 402, 227); // the picture fills the tile: bands lie over it
    input.sourceSize = QSize(640, 360);
    input.image = QImage(400, 225, QImage::Format_RGB32);
    const QRgb green = qRgb(0, 200, 0);
    input.image.fill(green);
    input.cameraName = QStringLiteral("Gate 3 北门");
    input.frameTimeMs = QDateTime(QDate(2026, 12, 1), QTime(14, 0, 5)).toMSecsSinceEpoch();
    input.fpsText = QStringLiteral("25.0 fps");
    input.recording = RecordingBadge::Recording;

    const QImage first = paintOnto(input);
    const int entries = OverlayImageCache::size();
    CHECK(entries == 5); // name, clock, fps bands, tile number, REC badge
    // The same second again: every label is a cache hit and the pixels are the same.
    input.frameTimeMs += 500;
    CHECK(paintOnto(input) == first);
    CHECK(OverlayImageCache::size() == entries);
    // The next second: only the clock is new.
    input.frameTimeMs += 1000;
    const QImage next = paintOnto(input);
    CHECK(OverlayImageCache::size() == entries + 1);
    CHECK(next != first);

    // The name band is the translucent dark band over the picture, with lighter text on it.
    const QRect picture = pictureRect(input).toRect();
    const QColor band = first.pixelColor(picture.left() + 5, 6);
    CHECK(band.green() > 60);
    CHECK(band.green() < 110); // green darkened by the band's alpha 150
    int textPixels = 0;
    for (int x = picture.left() + 4; x < picture.left() + 80; ++x)
        for (int y = 4; y < 22; ++y)
            textPixels += qGray(first.pixel(x, y)) > 150 ? 1 : 0;
    CHECK(textPixels > 20);

    // Bounded: a wall of changing labels never grows the cache past its capacity.
    for (int i = 0; i < OverlayImageCache::kCapacity + 50; ++i) {
        input.cameraName = QStringLiteral("camera %1").arg(i);
        paintOnto(input);
        REQUIRE(OverlayImageCache::size() <= OverlayImageCache::kCapacity);
    }
}
