#pragma once
// Painting of the map's overlay layers over the basemap: community areas, checkpoint rings,
// cameras (clustered with counts below kClusterBelowZoom, type icons coloured by state above,
// FOV cones from kFovFromZoom), pulsing alert markers, the scale bar and the attribution.
// Free functions of (painter, viewport, overlay): no state of their own.
//
// Thread contract: GUI thread (or any thread painting into its own QImage).

#include "map/siteoverlay.h"

#include <QColor>
#include <QPainterPath>

class QPainter;

namespace vigil {

class MapViewport;

inline constexpr double kClusterBelowZoom = 15;
inline constexpr double kFovFromZoom = 16;
inline constexpr double kClusterCellPx = 56;

QColor cameraStateColour(CameraDisplayState state);
// One camera marker: shape by type, filled with `fill`, `r` pixels in radius.
void paintCameraIcon(QPainter &p, QPointF at, CameraType type, const QColor &fill, double r);
// Field-of-view cone at a screen point: heading clockwise from north, radius in pixels.
QPainterPath fovConePath(QPointF at, double headingDeg, double fovDeg, double radiusPx);

void paintCommunityAreas(QPainter &p, const MapViewport &vp, const SiteOverlay &overlay);
void paintCheckpointRings(QPainter &p, const MapViewport &vp, const SiteOverlay &overlay);
// `pulse` in [0,1) animates alert markers. highlight/hover: camera indices or -1.
// Returns the number of markers drawn (clusters count once).
int paintCameras(QPainter &p, const MapViewport &vp, const SiteOverlay &overlay, int highlight,
                 int hover);
void paintAlerts(QPainter &p, const MapViewport &vp, const SiteOverlay &overlay, double pulse);
void paintScaleBar(QPainter &p, const MapViewport &vp);
void paintAttribution(QPainter &p, const MapViewport &vp, const QString &text);

} // namespace vigil
