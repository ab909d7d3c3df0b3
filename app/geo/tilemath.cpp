#include "geo/tilemath.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace vigil::geo {

bool TileId::isValid() const
{
    if (z < 0 || z > 30)
        return false;
    const int n = 1 << z;
    return x >= 0 && y >= 0 && x < n && y < n;
}

TileId TileId::parent() const
{
    if (z <= 0)
        return {-1, 0, 0};
    return {z - 1, x >> 1, y >> 1};
}

double worldSize(double zoom)
{
    return kTileSize * std::exp2(zoom);
}

QPointF lonLatToWorld(LonLat p, double zoom)
{
    const double size = worldSize(zoom);
    const double lat = std::clamp(p.lat, -kMaxLatitude, kMaxLatitude);
    const double x = (p.lon + 180.0) / 360.0;
    const double sinLat = std::sin(qDegreesToRadians(lat));
    const double y = 0.5 - std::log((1 + sinLat) / (1 - sinLat)) / (4 * M_PI);
    return {x * size, y * size};
}

LonLat worldToLonLat(QPointF world, double zoom)
{
    const double size = worldSize(zoom);
    const double x = world.x() / size;
    const double y = 0.5 - world.y() / size;
    const double lat = 90.0 - 360.0 * std::atan(std::exp(-y * 2 * M_PI)) / M_PI;
    return {x * 360.0 - 180.0, lat};
}

QPointF worldAtZoom(QPointF world, double fromZoom, double toZoom)
{
    return world * std::exp2(toZoom - fromZoom);
}

TileId tileAt(LonLat p, int zoom)
{
    const QPointF w = lonLatToWorld(p, zoom);
    const int n = 1 << zoom;
    const int x = std::clamp(int(std::floor(w.x() / kTileSize)), 0, n - 1);
    const int y = std::clamp(int(std::floor(w.y() / kTileSize)), 0, n - 1);
    return {zoom, x, y};
}

QPointF tileOrigin(const TileId &tile)
{
    return {double(tile.x) * kTileSize, double(tile.y) * kTileSize};
}

int flipRow(int zoom, int row)
{
    return (1 << zoom) - 1 - row;
}

QList<TileId> tilesCovering(const QRectF &worldRect, int zoom)
{
    QList<TileId> tiles;
    const int n = 1 << zoom;
    const QRectF r = worldRect.normalized();
    const int x0 = std::max(0, int(std::floor(r.left() / kTileSize)));
    const int y0 = std::max(0, int(std::floor(r.top() / kTileSize)));
    const int x1 = std::min(n - 1, int(std::floor(r.right() / kTileSize)));
    const int y1 = std::min(n - 1, int(std::floor(r.bottom() / kTileSize)));
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            tiles.append({zoom, x, y});
    return tiles;
}

double metersPerPixel(double lat, double zoom)
{
    return std::cos(qDegreesToRadians(lat)) * 2 * M_PI * kEarthRadiusM / worldSize(zoom);
}

double distanceMeters(LonLat a, LonLat b)
{
    const double lat1 = qDegreesToRadians(a.lat);
    const double lat2 = qDegreesToRadians(b.lat);
    const double dLat = lat2 - lat1;
    const double dLon = qDegreesToRadians(b.lon - a.lon);
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(lat1) * std::cos(lat2) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusM * std::asin(std::min(1.0, std::sqrt(h)));
}

LonLat destination(LonLat origin, double bearingDeg, double distanceM)
{
    const double delta = distanceM / kEarthRadiusM;
    const double theta = qDegreesToRadians(bearingDeg);
    const double lat1 = qDegreesToRadians(origin.lat);
    const double lon1 = qDegreesToRadians(origin.lon);
    const double lat2 = std::asin(std::sin(lat1) * std::cos(delta) +
                                  std::cos(lat1) * std::sin(delta) * std::cos(theta));
    const double lon2 = lon1 + std::atan2(std::sin(theta) * std::sin(delta) * std::cos(lat1),
                                          std::cos(delta) - std::sin(lat1) * std::sin(lat2));
    return {qRadiansToDegrees(lon2), qRadiansToDegrees(lat2)};
}

} // namespace vigil::geo
