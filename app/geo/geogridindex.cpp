#include "geo/geogridindex.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace vigil::geo {

namespace {

QPointF toNorm(LonLat p)
{
    return lonLatToWorld(p, 0) / double(kTileSize);
}

QRectF worldToNorm(const QRectF &r, double zoom)
{
    const double s = worldSize(zoom);
    return {r.x() / s, r.y() / s, r.width() / s, r.height() / s};
}

} // namespace

GeoGridIndex::GeoGridIndex(const QList<IndexedPoint> &points, int cellZoom)
    : m_points(points.begin(), points.end())
{
    m_norm.reserve(m_points.size());
    double minX = 1, minY = 1, maxX = 0, maxY = 0;
    for (const IndexedPoint &p : m_points) {
        const QPointF n = toNorm(p.pos);
        m_norm.push_back(n);
        minX = std::min(minX, n.x());
        minY = std::min(minY, n.y());
        maxX = std::max(maxX, n.x());
        maxY = std::max(maxY, n.y());
    }
    if (m_points.empty())
        return;
    m_cellSize = 1.0 / std::exp2(cellZoom);
    // Keep the grid bounded for sites spread over a large area.
    constexpr int kMaxCellsPerAxis = 2048;
    m_cellSize = std::max(m_cellSize, std::max(maxX - minX, maxY - minY) / kMaxCellsPerAxis);
    m_origin = {minX, minY};
    m_cols = int((maxX - minX) / m_cellSize) + 1;
    m_rows = int((maxY - minY) / m_cellSize) + 1;

    std::vector<int> cellOf(m_points.size());
    m_cellStart.assign(size_t(m_cols) * m_rows + 1, 0);
    for (size_t i = 0; i < m_points.size(); ++i) {
        const int cx = std::min(m_cols - 1, int((m_norm[i].x() - minX) / m_cellSize));
        const int cy = std::min(m_rows - 1, int((m_norm[i].y() - minY) / m_cellSize));
        cellOf[i] = cy * m_cols + cx;
        ++m_cellStart[size_t(cellOf[i]) + 1];
    }
    for (size_t c = 1; c < m_cellStart.size(); ++c)
        m_cellStart[c] += m_cellStart[c - 1];
    m_order.resize(m_points.size());
    std::vector<int> fill(m_cellStart.begin(), m_cellStart.end() - 1);
    for (size_t i = 0; i < m_points.size(); ++i)
        m_order[size_t(fill[size_t(cellOf[i])]++)] = int(i);
}

QPointF GeoGridIndex::worldOf(int i, double zoom) const
{
    return m_norm[size_t(i)] * worldSize(zoom);
}

template <typename Fn>
void GeoGridIndex::forEachInNormRect(const QRectF &norm, Fn &&fn) const
{
    if (m_points.empty())
        return;
    const QRectF r = norm.normalized();
    const int x0 = std::max(0, int(std::floor((r.left() - m_origin.x()) / m_cellSize)));
    const int y0 = std::max(0, int(std::floor((r.top() - m_origin.y()) / m_cellSize)));
    const int x1 = std::min(m_cols - 1, int(std::floor((r.right() - m_origin.x()) / m_cellSize)));
    const int y1 = std::min(m_rows - 1, int(std::floor((r.bottom() - m_origin.y()) / m_cellSize)));
    for (int cy = y0; cy <= y1; ++cy) {
        for (int cx = x0; cx <= x1; ++cx) {
            const int c = cy * m_cols + cx;
            for (int k = m_cellStart[size_t(c)]; k < m_cellStart[size_t(c) + 1]; ++k) {
                const int i = m_order[size_t(k)];
                const QPointF &p = m_norm[size_t(i)];
                if (p.x() >= r.left() && p.x() <= r.right() && p.y() >= r.top() &&
                    p.y() <= r.bottom())
                    fn(i);
            }
        }
    }
}

QList<int> GeoGridIndex::keysInWorldRect(const QRectF &worldRect, double zoom) const
{
    QList<int> keys;
    forEachInNormRect(worldToNorm(worldRect, zoom),
                      [&](int i) { keys.append(m_points[size_t(i)].key); });
    return keys;
}

int GeoGridIndex::hitTest(QPointF world, double zoom, double radiusPx) const
{
    const QRectF box(world.x() - radiusPx, world.y() - radiusPx, 2 * radiusPx, 2 * radiusPx);
    int best = -1;
    double bestD2 = radiusPx * radiusPx;
    const double s = worldSize(zoom);
    forEachInNormRect(worldToNorm(box, zoom), [&](int i) {
        const QPointF d = m_norm[size_t(i)] * s - world;
        const double d2 = d.x() * d.x() + d.y() * d.y();
        if (d2 <= bestD2) {
            bestD2 = d2;
            best = m_points[size_t(i)].key;
        }
    });
    return best;
}

QList<PointDistance> GeoGridIndex::withinRadius(LonLat center, double meters) const
{
    // Bounding box in normalized Mercator: metres -> pixels via the local scale at the centre
    // latitude, padded so the box never under-covers the circle.
    const double metersPerNorm = metersPerPixel(center.lat, 0) * kTileSize;
    const double half = meters / metersPerNorm * 1.05;
    const QPointF c = toNorm(center);
    QList<PointDistance> result;
    forEachInNormRect(QRectF(c.x() - half, c.y() - half, 2 * half, 2 * half), [&](int i) {
        const double d = distanceMeters(center, m_points[size_t(i)].pos);
        if (d <= meters)
            result.append({m_points[size_t(i)].key, d});
    });
    std::sort(result.begin(), result.end(), [](const PointDistance &a, const PointDistance &b) {
        return a.meters != b.meters ? a.meters < b.meters : a.key < b.key;
    });
    return result;
}

QList<int> GeoGridIndex::insidePolygon(const QList<LonLat> &polygon, LonLat center) const
{
    if (polygon.size() < 3)
        return {};
    QPolygonF norm;
    for (const LonLat &p : polygon)
        norm.append(toNorm(p));
    QList<PointDistance> found;
    forEachInNormRect(norm.boundingRect(), [&](int i) {
        if (norm.containsPoint(m_norm[size_t(i)], Qt::OddEvenFill))
            found.append(
                {m_points[size_t(i)].key, distanceMeters(center, m_points[size_t(i)].pos)});
    });
    std::sort(found.begin(), found.end(), [](const PointDistance &a, const PointDistance &b) {
        return a.meters != b.meters ? a.meters < b.meters : a.key < b.key;
    });
    QList<int> keys;
    keys.reserve(found.size());
    for (const PointDistance &p : std::as_const(found))
        keys.append(p.key);
    return keys;
}

QList<PointCluster> GeoGridIndex::clusters(const QRectF &worldRect, double zoom,
                                           double cellPx) const
{
    struct Acc
    {
        double sx = 0, sy = 0;
        int count = 0;
        int firstKey = -1;
    };
    QHash<quint64, Acc> cells;
    const double s = worldSize(zoom);
    forEachInNormRect(worldToNorm(worldRect, zoom), [&](int i) {
        const QPointF w = m_norm[size_t(i)] * s;
        const quint64 cell = (quint64(quint32(std::floor(w.x() / cellPx))) << 32) |
                             quint32(std::floor(w.y() / cellPx));
        Acc &acc = cells[cell];
        acc.sx += w.x();
        acc.sy += w.y();
        if (acc.count++ == 0)
            acc.firstKey = m_points[size_t(i)].key;
    });
    QList<PointCluster> result;
    result.reserve(cells.size());
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        result.append({QPointF(it->sx / it->count, it->sy / it->count), it->count, it->firstKey});
    // Stable order for painting and tests: top-to-bottom, left-to-right.
    std::sort(result.begin(), result.end(), [](const PointCluster &a, const PointCluster &b) {
        return a.world.y() != b.world.y() ? a.world.y() < b.world.y() : a.world.x() < b.world.x();
    });
    return result;
}

} // namespace vigil::geo
