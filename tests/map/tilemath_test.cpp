#include "geo/datum.h"
#include "geo/tilemath.h"

#include <catch2/catch.hpp>

using namespace vigil::geo;

TEST_CASE("lon/lat <-> world pixels round trip at several zooms", "[map][tilemath]")
{
    const LonLat points[] = {{114.31, 30.52}, {0, 0}, {-122.4194, 37.7749}, {179.9, -84.9}};
    for (const LonLat &p : points) {
        for (double zoom : {0.0, 3.0, 12.5, 19.0}) {
            const LonLat back = worldToLonLat(lonLatToWorld(p, zoom), zoom);
            CHECK(back.lon == Approx(p.lon).margin(1e-9));
            CHECK(back.lat == Approx(p.lat).margin(1e-9));
        }
    }
}

TEST_CASE("known world pixel positions", "[map][tilemath]")
{
    CHECK(lonLatToWorld({0, 0}, 0) == QPointF(128, 128));
    const QPointF nw = lonLatToWorld({-180, kMaxLatitude}, 1);
    CHECK(nw.x() == Approx(0).margin(1e-9));
    CHECK(nw.y() == Approx(0).margin(1e-6));
    // Latitude beyond the Mercator limit is clamped, not NaN.
    CHECK(lonLatToWorld({0, 89.9}, 0).y() == Approx(0).margin(1e-6));
}

TEST_CASE("tile ids: the Wuhan centre at zoom 12..18 (slippy-map formula)", "[map][tilemath]")
{
    // x = floor((lon+180)/360 * 2^z), y = floor((1 - asinh(tan(lat))/pi)/2 * 2^z)
    const LonLat wuhan{114.31, 30.52};
    CHECK(tileAt(wuhan, 12) == TileId{12, 3348, 1683});
    CHECK(tileAt(wuhan, 16) == TileId{16, 53577, 26928});
    CHECK(tileAt(wuhan, 16).parent() == TileId{15, 26788, 13464});
    CHECK_FALSE(TileId{0, 0, 0}.parent().isValid());
    CHECK_FALSE((TileId{3, 8, 0}.isValid()));
}

TEST_CASE("TMS row flip", "[map][tilemath]")
{
    CHECK(flipRow(0, 0) == 0);
    CHECK(flipRow(1, 0) == 1);
    CHECK(flipRow(12, 1683) == 4095 - 1683);
    for (int z : {1, 5, 18})
        for (int y : {0, 1, (1 << z) - 1})
            CHECK(flipRow(z, flipRow(z, y)) == y);
}

TEST_CASE("tiles covering a world rectangle are clipped to the world", "[map][tilemath]")
{
    CHECK(tilesCovering(QRectF(0, 0, 512, 512), 1).size() == 4);
    CHECK(tilesCovering(QRectF(-100, -100, 5000, 5000), 1).size() == 4);
    const QList<TileId> two = tilesCovering(QRectF(250, 10, 10, 10), 2);
    REQUIRE(two.size() == 2);
    CHECK(two[0] == TileId{2, 0, 0});
    CHECK(two[1] == TileId{2, 1, 0});
}

TEST_CASE("metres per pixel and distances", "[map][tilemath]")
{
    // 156543.03 m/px at the equator at zoom 0 (the well-known Web-Mercator resolution).
    CHECK(metersPerPixel(0, 0) == Approx(156543.03).epsilon(1e-6));
    CHECK(metersPerPixel(60, 1) == Approx(156543.03 / 2 / 2).epsilon(1e-6));
    // One degree of latitude ≈ 111.3 km on this sphere.
    CHECK(distanceMeters({114, 30}, {114, 31}) == Approx(111319.5).epsilon(1e-4));
    const LonLat d = destination({114.31, 30.52}, 90, 300);
    CHECK(distanceMeters({114.31, 30.52}, d) == Approx(300).epsilon(1e-6));
    CHECK(d.lat == Approx(30.52).margin(1e-5));
    CHECK(d.lon > 114.31);
}
