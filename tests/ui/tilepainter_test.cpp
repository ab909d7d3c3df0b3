// paintTile's background: the letterbox around an unscaled opaque picture is filled, the area
// under the picture is left to the picture, and nothing of what was underneath shows through.
#include "wall/tilepainter.h"

#include <catch2/catch.hpp>

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
