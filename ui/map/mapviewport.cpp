#include "map/mapviewport.h"

#include <algorithm>

namespace vigil {

void MapViewport::setCentre(geo::LonLat centre)
{
    m_centreNorm = geo::lonLatToWorld(centre, 0) / double(geo::kTileSize);
}

void MapViewport::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
}

void MapViewport::zoomAt(double newZoom, QPointF screenAnchor)
{
    const QPointF anchorNorm = screenToWorld(screenAnchor) / geo::worldSize(m_zoom);
    setZoom(newZoom);
    // Keep anchorNorm under the anchor: centre = anchor - offset/scale.
    const QPointF offset = screenAnchor - QPointF(m_size.width() / 2.0, m_size.height() / 2.0);
    m_centreNorm = anchorNorm - offset / geo::worldSize(m_zoom);
}

void MapViewport::panByScreen(QPointF delta)
{
    m_centreNorm -= delta / geo::worldSize(m_zoom);
    m_centreNorm.setX(std::clamp(m_centreNorm.x(), 0.0, 1.0));
    m_centreNorm.setY(std::clamp(m_centreNorm.y(), 0.0, 1.0));
}

QRectF MapViewport::visibleWorld() const
{
    const QPointF c = centreWorld();
    return {c.x() - m_size.width() / 2.0, c.y() - m_size.height() / 2.0, double(m_size.width()),
            double(m_size.height())};
}

QPointF MapViewport::worldToScreen(QPointF world) const
{
    return world - visibleWorld().topLeft();
}

QPointF MapViewport::screenToWorld(QPointF screen) const
{
    return screen + visibleWorld().topLeft();
}

QPointF MapViewport::lonLatToScreen(geo::LonLat p) const
{
    return worldToScreen(geo::lonLatToWorld(p, m_zoom));
}

geo::LonLat MapViewport::screenToLonLat(QPointF screen) const
{
    return geo::worldToLonLat(screenToWorld(screen), m_zoom);
}

double MapViewport::metersPerPixel() const
{
    return geo::metersPerPixel(centre().lat, m_zoom);
}

} // namespace vigil
