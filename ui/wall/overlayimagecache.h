#pragma once
// Pre-rendered overlay pieces of the wall tiles (name, clock and fps bands, tile number, REC
// badge). Laying out and drawing their text on every painted frame was about a fifth of the GUI
// thread at 36 live tiles (session 16 profile: QFontMetrics::horizontalAdvance, elidedText and
// drawText each shaping the same strings 25 times a second per tile), while a label's pixels
// change at most once a second (the clock). So each piece is rendered once into a small
// premultiplied image and blitted; the cache is shared by all tiles (36 tiles showing the same
// second share one clock image).
//
// Drawing text over the band inside the image and then the image over the picture gives the
// same pixels as drawing both onto the picture ("over" is associative).
//
// Thread contract: GUI thread only (fonts, QPainter on images; one process-wide cache).

#include <QImage>
#include <QString>

#include <functional>

namespace vigil {

class OverlayImageCache
{
public:
    // The image stored under `key` (which must name everything that changes its pixels) and
    // `devicePixelRatio`, rendered by `render` on a miss. A null image is cached too.
    static QImage get(const QString &key, qreal devicePixelRatio,
                      const std::function<QImage()> &render);

    // A transparent premultiplied image of `logicalSize` at `devicePixelRatio`, for `render`.
    static QImage blank(QSize logicalSize, qreal devicePixelRatio);

    // Entries kept before the cache is emptied (a full wall refills it within a second).
    static constexpr int kCapacity = 512;
    static int size();
    static void clear();
};

} // namespace vigil
