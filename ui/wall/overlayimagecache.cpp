#include "wall/overlayimagecache.h"

#include <QHash>

namespace vigil {

namespace {

QHash<QString, QImage> &entries()
{
    static QHash<QString, QImage> cache;
    return cache;
}

} // namespace

QImage OverlayImageCache::get(const QString &key, qreal devicePixelRatio,
                              const std::function<QImage()> &render)
{
    QHash<QString, QImage> &cache = entries();
    const QString fullKey = key + QLatin1Char('@') + QString::number(devicePixelRatio);
    const auto found = cache.constFind(fullKey);
    if (found != cache.constEnd())
        return found.value();
    if (cache.size() >= kCapacity)
        cache.clear(); // simpler than LRU; what is on screen comes back in one frame
    const QImage image = render();
    cache.insert(fullKey, image);
    return image;
}

QImage OverlayImageCache::blank(QSize logicalSize, qreal devicePixelRatio)
{
    QImage image((QSizeF(logicalSize) * devicePixelRatio).toSize(),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    return image;
}

int OverlayImageCache::size()
{
    return int(entries().size());
}

void OverlayImageCache::clear()
{
    entries().clear();
}

} // namespace vigil
