#pragma once
// GeoGridIndex: a uniform grid of buckets over Web-Mercator space holding point features
// (cameras, checkpoints) by an integer key. Answers the map's questions without scanning every
// feature: what is in the viewport, what is under the cursor, what lies within N metres (nearest
// first), what is inside a lasso. Also clusters points per zoom for the overview levels.
//
// Positions are lon/lat in the datum the map scene uses (the tile source's datum), so results
// line up with what the operator sees; distances in metres are datum-independent at this scale.
//
// Thread contract: immutable after construction; const methods may be called from any thread
// concurrently. Build it off the GUI thread for large sites (50k points take a few ms).

#include "geo/tilemath.h"

#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>

#include <vector>

namespace vigil::geo {

struct IndexedPoint
{
    int key = -1; // caller's handle, e.g. an index into its camera list
    LonLat pos;
};

struct PointDistance
{
    int key = -1;
    double meters = 0;
};

struct PointCluster
{
    QPointF world; // centroid in world pixels at the clustering zoom
    int count = 0;
    int firstKey = -1; // a representative member (the only one when count == 1)
};

class GeoGridIndex
{
public:
    // `cellZoom`: bucket size is one tile of this zoom (16 ≈ 500 m at 30°N).
    explicit GeoGridIndex(const QList<IndexedPoint> &points = {}, int cellZoom = 16);

    int size() const { return int(m_points.size()); }
    const IndexedPoint &at(int i) const { return m_points[size_t(i)]; }
    // Position of a point in world pixels at `zoom`.
    QPointF worldOf(int i, double zoom) const;

    // Keys of points inside a world-pixel rectangle at `zoom`.
    QList<int> keysInWorldRect(const QRectF &worldRect, double zoom) const;
    // Key of the point nearest to `world` within `radiusPx` (world pixels at `zoom`), or -1.
    int hitTest(QPointF world, double zoom, double radiusPx) const;
    // Points within `meters` of `center`, nearest first (ties by key).
    QList<PointDistance> withinRadius(LonLat center, double meters) const;
    // Keys of points inside a polygon of lon/lat vertices (lasso), nearest to `center` first.
    QList<int> insidePolygon(const QList<LonLat> &polygon, LonLat center) const;

    // Groups the points inside `worldRect` (world pixels at `zoom`) into screen cells of
    // `cellPx` pixels. Each cell with points becomes one cluster.
    QList<PointCluster> clusters(const QRectF &worldRect, double zoom, double cellPx) const;

private:
    // Indices into m_points of the cells touching a normalized-Mercator rectangle.
    template <typename Fn>
    void forEachInNormRect(const QRectF &norm, Fn &&fn) const;

    std::vector<IndexedPoint> m_points;
    std::vector<QPointF> m_norm; // normalized Mercator [0,1) of each point
    double m_cellSize = 1.0 / 65536;
    int m_cols = 0;
    int m_rows = 0;
    QPointF m_origin;
    std::vector<int> m_cellStart; // CSR layout: points of cell c are m_order[start[c]..start[c+1])
    std::vector<int> m_order;
};

} // namespace vigil::geo
