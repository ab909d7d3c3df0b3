#pragma once
// Web-Mercator tile math: WGS-84-style lon/lat <-> "world pixels" at a zoom level (256-px tiles,
// origin top-left at 180°W / 85.0511°N), XYZ tile ids and the TMS row flip used by MBTiles.
// Lon/lat here are in whatever datum the tile source uses; see datum.h for conversions.
//
// Thread contract: pure functions and value types; call from any thread.

#include <QHashFunctions>
#include <QList>
#include <QPointF>
#include <QRectF>

namespace vigil::geo {

inline constexpr int kTileSize = 256;
inline constexpr double kMaxLatitude = 85.05112877980659;
inline constexpr double kEarthRadiusM = 6378137.0;

struct LonLat
{
    double lon = 0;
    double lat = 0;
    bool operator==(const LonLat &) const = default;
};

struct TileId
{
    int z = 0;
    int x = 0;
    int y = 0; // XYZ (Google/OSM) row: 0 at the north edge
    bool operator==(const TileId &) const = default;
    bool isValid() const;
    // The tile one zoom level up that contains this one (z-1); invalid for z == 0.
    TileId parent() const;
};

inline size_t qHash(const TileId &t, size_t seed = 0) noexcept
{
    return qHashMulti(seed, t.z, t.x, t.y);
}

// Size of the world in pixels at `zoom` (may be fractional).
double worldSize(double zoom);
// World pixels at `zoom`; latitude is clamped to the Mercator limit.
QPointF lonLatToWorld(LonLat p, double zoom);
LonLat worldToLonLat(QPointF world, double zoom);
// Scales a world-pixel position from one zoom to another.
QPointF worldAtZoom(QPointF world, double fromZoom, double toZoom);

// The tile containing a lon/lat at an integer zoom.
TileId tileAt(LonLat p, int zoom);
// Top-left corner of a tile in world pixels of its own zoom.
QPointF tileOrigin(const TileId &tile);
// MBTiles stores TMS rows (0 at the south edge): row = 2^z - 1 - y. The flip is its own inverse.
int flipRow(int zoom, int row);
// Tiles of `zoom` that intersect a world-pixel rectangle given at that zoom (clipped to the world).
QList<TileId> tilesCovering(const QRectF &worldRect, int zoom);

// Ground metres per world pixel at `zoom` and latitude `lat` (degrees).
double metersPerPixel(double lat, double zoom);
// Great-circle distance in metres (haversine on the WGS-84 equatorial radius).
double distanceMeters(LonLat a, LonLat b);
// The point `distanceM` metres from `origin` along `bearingDeg` (clockwise from north).
LonLat destination(LonLat origin, double bearingDeg, double distanceM);

} // namespace vigil::geo
