#pragma once
// MapViewport: which part of the Web-Mercator world a widget shows — centre, fractional zoom and
// widget size — and the conversions between screen pixels and world pixels / lon/lat (in the
// scene datum). North-up, no rotation. Plain value type, any thread.

#include "geo/tilemath.h"

#include <QPointF>
#include <QRectF>
#include <QSize>

namespace vigil {

class MapViewport
{
public:
    static constexpr double kMinZoom = 3;
    static constexpr double kMaxZoom = 19;

    double zoom() const { return m_zoom; }
    QSize size() const { return m_size; }
    geo::LonLat centre() const { return geo::worldToLonLat(m_centreNorm * geo::worldSize(0), 0); }

    void setSize(QSize size) { m_size = size; }
    void setCentre(geo::LonLat centre);
    void setZoom(double zoom);
    // Zooms so that the world point under `screenAnchor` stays under it.
    void zoomAt(double newZoom, QPointF screenAnchor);
    void panByScreen(QPointF delta);

    QPointF centreWorld() const { return m_centreNorm * geo::worldSize(m_zoom); }
    QRectF visibleWorld() const; // world px at zoom()
    QPointF worldToScreen(QPointF world) const;
    QPointF screenToWorld(QPointF screen) const;
    QPointF lonLatToScreen(geo::LonLat p) const;
    geo::LonLat screenToLonLat(QPointF screen) const;
    double metersPerPixel() const;

private:
    QPointF m_centreNorm{0.5, 0.5}; // normalized Mercator [0,1)
    double m_zoom = 14;
    QSize m_size{800, 600};
};

} // namespace vigil
