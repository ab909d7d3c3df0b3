#include "map/siteoverlay.h"

#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace vigil {

namespace {

// Monotone-chain convex hull of lon/lat points (small sets).
QList<geo::LonLat> convexHull(QList<geo::LonLat> pts)
{
    std::sort(pts.begin(), pts.end(), [](const geo::LonLat &a, const geo::LonLat &b) {
        return a.lon != b.lon ? a.lon < b.lon : a.lat < b.lat;
    });
    if (pts.size() < 3)
        return pts;
    auto cross = [](const geo::LonLat &o, const geo::LonLat &a, const geo::LonLat &b) {
        return (a.lon - o.lon) * (b.lat - o.lat) - (a.lat - o.lat) * (b.lon - o.lon);
    };
    QList<geo::LonLat> hull(2 * pts.size());
    int k = 0;
    for (int i = 0; i < pts.size(); ++i) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], pts[i]) <= 0)
            --k;
        hull[k++] = pts[i];
    }
    for (int i = int(pts.size()) - 2, t = k + 1; i >= 0; --i) {
        while (k >= t && cross(hull[k - 2], hull[k - 1], pts[i]) <= 0)
            --k;
        hull[k++] = pts[i];
    }
    hull.resize(k - 1);
    return hull;
}

// A community area: hull of its cameras padded outward by `padM` metres (a circle for one or two).
QList<geo::LonLat> paddedArea(const QList<geo::LonLat> &points, double padM)
{
    QList<geo::LonLat> ring;
    for (const geo::LonLat &p : points)
        for (int a = 0; a < 360; a += 30)
            ring.append(geo::destination(p, a, padM));
    return convexHull(ring);
}

} // namespace

void SiteOverlay::setSite(const Site &site, geo::Datum sceneDatum)
{
    m_datum = sceneDatum;
    m_cameras.clear();
    m_byId.clear();
    m_states.clear();
    m_alerts.clear();
    QList<geo::IndexedPoint> points;
    QList<geo::CameraSearch::Entry> entries;
    points.reserve(site.cameras.size());
    entries.reserve(site.cameras.size());
    for (const Camera &c : site.cameras) {
        const int i = int(m_cameras.size());
        const geo::LonLat scene = toScene({c.longitude, c.latitude});
        m_cameras.append({c, scene});
        m_byId.insert(c.id, i);
        points.append({i, scene});
        entries.append({i, c.id, c.name});
    }
    m_index = geo::GeoGridIndex(points);
    m_clusterZoom = -1;
    m_search = geo::CameraSearch(entries);

    m_checkpoints = site.checkpoints;
    m_checkpointPos.clear();
    QHash<QString, QList<geo::LonLat>> byRing;
    for (const Checkpoint &k : site.checkpoints) {
        const geo::LonLat p = toScene({k.longitude, k.latitude});
        m_checkpointPos.append(p);
        byRing[k.ring].append(p);
    }
    // A ring is a closed outline through its checkpoints in angular order around their centroid.
    m_rings.clear();
    for (auto it = byRing.cbegin(); it != byRing.cend(); ++it) {
        QList<geo::LonLat> pts = it.value();
        geo::LonLat c{0, 0};
        for (const geo::LonLat &p : pts)
            c = {c.lon + p.lon / pts.size(), c.lat + p.lat / pts.size()};
        std::sort(pts.begin(), pts.end(), [c](const geo::LonLat &a, const geo::LonLat &b) {
            return std::atan2(a.lat - c.lat, a.lon - c.lon) <
                   std::atan2(b.lat - c.lat, b.lon - c.lon);
        });
        m_rings.append({it.key(), pts});
    }
    std::sort(m_rings.begin(), m_rings.end(),
              [](const CheckpointRing &a, const CheckpointRing &b) { return a.name < b.name; });

    m_communities.clear();
    QHash<QString, QList<geo::LonLat>> byNode;
    for (const MapCamera &mc : std::as_const(m_cameras))
        byNode[mc.camera.siteNodeId].append(mc.scenePos);
    for (const SiteNode &node : site.nodes) {
        if (node.level != SiteLevel::Community || !byNode.contains(node.id))
            continue;
        m_communities.append({node.name, paddedArea(byNode.value(node.id), 150)});
    }
}

void SiteOverlay::setCameraPlacement(int index, const geo::CameraPlacement &wgs84)
{
    if (index < 0 || index >= m_cameras.size())
        return;
    MapCamera &mc = m_cameras[index];
    geo::applyPlacement(mc.camera, wgs84);
    mc.scenePos = toScene({wgs84.longitude, wgs84.latitude});
    QList<geo::IndexedPoint> points;
    points.reserve(m_cameras.size());
    for (int i = 0; i < m_cameras.size(); ++i)
        points.append({i, m_cameras[i].scenePos});
    m_index = geo::GeoGridIndex(points);
    m_clusterZoom = -1;
}

const QList<geo::PointCluster> &SiteOverlay::clustersAt(double zoom, double cellPx) const
{
    if (zoom != m_clusterZoom || cellPx != m_clusterCell) {
        const double size = geo::worldSize(zoom);
        m_clusters = m_index.clusters(QRectF(0, 0, size, size), zoom, cellPx);
        m_clusterZoom = zoom;
        m_clusterCell = cellPx;
    }
    return m_clusters;
}

geo::LonLat SiteOverlay::toScene(geo::LonLat wgs84) const
{
    return geo::convertDatum(wgs84, geo::Datum::Wgs84, m_datum);
}

geo::LonLat SiteOverlay::toWgs84(geo::LonLat scene) const
{
    return geo::convertDatum(scene, m_datum, geo::Datum::Wgs84);
}

void SiteOverlay::setDisplayState(const QString &cameraId, CameraDisplayState state)
{
    const int i = indexOf(cameraId);
    if (i >= 0)
        m_states.insert(i, state);
}

CameraDisplayState SiteOverlay::displayState(int index) const
{
    return m_states.value(index, CameraDisplayState::NotShown);
}

void SiteOverlay::setAlertActive(const QString &cameraId, bool active)
{
    const int i = indexOf(cameraId);
    if (i < 0)
        return;
    if (active)
        m_alerts.insert(i);
    else
        m_alerts.remove(i);
}

} // namespace vigil
