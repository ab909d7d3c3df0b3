#include "map/tilelayer.h"

#include "map/mapviewport.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace vigil {

TileLayer::TileLayer(QObject *parent) : QObject(parent)
{
    m_clock.start();
    m_retryTimer.setSingleShot(true);
    // Repainting re-requests the visible tiles whose back-off has run out.
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        scheduleRetryTimer(); // the next failure time still ahead, if any
        emit changed();
    });
}

void TileLayer::setRetryBackoff(int firstMs, int maxMs)
{
    m_firstBackoffMs = std::max(1, firstMs);
    m_maxBackoffMs = std::max(m_firstBackoffMs, maxMs);
}

TileLayer::~TileLayer() = default;

void TileLayer::setSource(std::shared_ptr<geo::TileSource> source)
{
    m_loader.reset();
    m_cache.clear();
    m_requested.clear();
    m_absent.clear();
    m_failed.clear();
    m_retryTimer.stop();
    m_lastRequest.clear();
    m_source = std::move(source);
    if (!m_source)
        return;
    m_loader = std::make_unique<geo::TileLoader>(m_source);
    connect(m_loader.get(), &geo::TileLoader::tileLoaded, this,
            [this](geo::TileId tile, const QImage &image, bool) { onLoaded(tile, image); });
    connect(m_loader.get(), &geo::TileLoader::tileMissing, this, [this](geo::TileId tile) {
        m_requested.remove(tile);
        m_absent.insert(tile);
    });
    connect(m_loader.get(), &geo::TileLoader::tileFailed, this,
            [this](geo::TileId tile, const QString &error) { onFailed(tile, error); });
}

void TileLayer::onFailed(geo::TileId tile, const QString &error)
{
    m_requested.remove(tile);
    // Forget it was asked for, or the retry's request would equal the last one and be skipped.
    m_lastRequest.removeAll(tile);
    FailedTile &failed = m_failed[tile];
    const int shift = std::min(failed.failures, 16);
    const qint64 backoff = std::min<qint64>(qint64(m_firstBackoffMs) << shift, m_maxBackoffMs);
    ++failed.failures;
    failed.retryAtMs = m_clock.elapsed() + backoff;
    scheduleRetryTimer();
    emit tileError(error);
}

void TileLayer::scheduleRetryTimer()
{
    // Only future retries arm the timer (a due tile is re-requested by the next paint); entries
    // long overdue belong to tiles out of view and are forgotten.
    const qint64 now = m_clock.elapsed();
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (auto it = m_failed.begin(); it != m_failed.end();) {
        if (it->retryAtMs < now - 5 * 60 * 1000) {
            it = m_failed.erase(it);
            continue;
        }
        if (it->retryAtMs > now)
            earliest = std::min(earliest, it->retryAtMs);
        ++it;
    }
    if (earliest == std::numeric_limits<qint64>::max())
        m_retryTimer.stop();
    else
        m_retryTimer.start(int(std::min<qint64>(earliest - now, m_maxBackoffMs)));
}

void TileLayer::onLoaded(geo::TileId tile, const QImage &image)
{
    m_requested.remove(tile);
    m_failed.remove(tile);
    m_cache.insert(tile, new QImage(image));
    emit changed();
}

bool TileLayer::drawFromAncestor(QPainter &painter, const geo::TileId &tile, const QRectF &target)
{
    geo::TileId ancestor = tile;
    for (int up = 1; up <= 8 && ancestor.z > 0; ++up) {
        ancestor = ancestor.parent();
        if (const QImage *image = m_cache.object(ancestor)) {
            // The part of the ancestor covering `tile`: 256 / 2^up pixels.
            const double part = double(geo::kTileSize) / (1 << up);
            const QRectF sourceRect((tile.x - (ancestor.x << up)) * part,
                                    (tile.y - (ancestor.y << up)) * part, part, part);
            painter.drawImage(target, *image, sourceRect);
            return true;
        }
    }
    return false;
}

void TileLayer::paint(QPainter &painter, const MapViewport &viewport)
{
    if (!m_source)
        return;
    const int tileZoom =
        std::clamp(int(std::lround(viewport.zoom())), m_source->minZoom(), m_source->maxZoom());
    const double scale = std::exp2(viewport.zoom() - tileZoom);
    const QRectF visible = viewport.visibleWorld();
    const QRectF atTileZoom(visible.topLeft() / scale, visible.size() / scale);
    QList<geo::TileId> tiles = geo::tilesCovering(atTileZoom, tileZoom);
    const QPointF centre = atTileZoom.center();
    // Centre first: the operator looks there.
    std::sort(tiles.begin(), tiles.end(), [&](const geo::TileId &a, const geo::TileId &b) {
        const QPointF da = geo::tileOrigin(a) + QPointF(128, 128) - centre;
        const QPointF db = geo::tileOrigin(b) + QPointF(128, 128) - centre;
        return da.x() * da.x() + da.y() * da.y() < db.x() * db.x() + db.y() * db.y();
    });
    QList<geo::TileId> wanted;
    const qint64 now = m_clock.elapsed();
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, scale != 1.0);
    for (const geo::TileId &tile : std::as_const(tiles)) {
        const QPointF topLeft = viewport.worldToScreen(geo::tileOrigin(tile) * scale);
        // Snap to whole pixels so adjacent tiles leave no hairline seams.
        const double size = geo::kTileSize * scale;
        const QRectF target(std::floor(topLeft.x()), std::floor(topLeft.y()),
                            std::ceil(topLeft.x() + size) - std::floor(topLeft.x()),
                            std::ceil(topLeft.y() + size) - std::floor(topLeft.y()));
        if (const QImage *image = m_cache.object(tile)) {
            painter.drawImage(target, *image);
            continue;
        }
        drawFromAncestor(painter, tile, target);
        if (m_absent.contains(tile))
            continue;
        const auto failed = m_failed.constFind(tile);
        if (failed != m_failed.constEnd() && failed->retryAtMs > now)
            continue; // still backing off; the retry timer repaints when it is due
        wanted.append(tile);
    }
    painter.restore();
    // Ask again only when the set changed: the loader replaces its queue on every request.
    if (wanted != m_lastRequest) {
        m_lastRequest = wanted;
        for (const geo::TileId &t : std::as_const(wanted))
            m_requested.insert(t);
        m_loader->request(wanted);
    }
}

} // namespace vigil
