#pragma once
// SiteOverlay: the site as the map draws it — cameras, checkpoint rings and community areas in
// scene coordinates (the tile source's datum; cameras are stored in WGS-84 and converted here,
// at the model->scene boundary), with the spatial index and search built once per site. Also
// holds the live per-camera state (display state, alert) the layers colour by.
//
// Thread contract: GUI thread. setSite() builds the index synchronously (~10 ms for 50k
// cameras); the data is immutable between setSite() calls apart from the state maps.

#include "common/cameradisplaystate.h"
#include "geo/cameraplacement.h"
#include "geo/camerasearch.h"
#include "geo/datum.h"
#include "geo/geogridindex.h"
#include "model/site.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace vigil {

struct MapCamera
{
    Camera camera;
    geo::LonLat scenePos; // in the scene datum
};

struct CheckpointRing
{
    QString name;
    QList<geo::LonLat> outline; // scene datum, closed by the painter
};

struct CommunityArea
{
    QString name;
    QList<geo::LonLat> outline; // scene datum, convex hull of its cameras, padded
};

class SiteOverlay
{
public:
    void setSite(const Site &site, geo::Datum sceneDatum);
    geo::Datum sceneDatum() const { return m_datum; }

    const QList<MapCamera> &cameras() const { return m_cameras; }
    const QList<Checkpoint> &checkpoints() const { return m_checkpoints; }
    const QList<geo::LonLat> &checkpointPositions() const { return m_checkpointPos; }
    const QList<CheckpointRing> &rings() const { return m_rings; }
    const QList<CommunityArea> &communities() const { return m_communities; }
    const geo::GeoGridIndex &index() const { return m_index; }
    const geo::CameraSearch &search() const { return m_search; }
    // All clusters of the site at `zoom` (cells of `cellPx` anchored in world pixels, so they do
    // not change while panning). Cached for the last zoom asked.
    const QList<geo::PointCluster> &clustersAt(double zoom, double cellPx) const;
    int indexOf(const QString &cameraId) const { return m_byId.value(cameraId, -1); }
    // Moves/re-aims camera `index` (WGS-84 placement) and rebuilds the spatial index (a few ms
    // for 50k cameras; edits are one camera at a time). Community outlines keep their shape.
    void setCameraPlacement(int index, const geo::CameraPlacement &wgs84);

    // WGS-84 <-> scene datum.
    geo::LonLat toScene(geo::LonLat wgs84) const;
    geo::LonLat toWgs84(geo::LonLat scene) const;

    void setDisplayState(const QString &cameraId, CameraDisplayState state);
    CameraDisplayState displayState(int index) const;
    void setAlertActive(const QString &cameraId, bool active);
    bool alertActive(int index) const { return m_alerts.contains(index); }
    const QSet<int> &alerts() const { return m_alerts; }

private:
    geo::Datum m_datum = geo::Datum::Wgs84;
    QList<MapCamera> m_cameras;
    QList<Checkpoint> m_checkpoints;
    QList<geo::LonLat> m_checkpointPos;
    QList<CheckpointRing> m_rings;
    QList<CommunityArea> m_communities;
    geo::GeoGridIndex m_index;
    geo::CameraSearch m_search;
    QHash<QString, int> m_byId;
    QHash<int, CameraDisplayState> m_states;
    QSet<int> m_alerts;
    mutable double m_clusterZoom = -1;
    mutable double m_clusterCell = -1;
    mutable QList<geo::PointCluster> m_clusters;
};

} // namespace vigil
