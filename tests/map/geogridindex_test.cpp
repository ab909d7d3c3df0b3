#include "geo/camerasearch.h"
#include "geo/geogridindex.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace vigil::geo;

namespace {

// A 10 x 10 lattice of points 100 m apart around the demo district centre; key = row*10+col.
QList<IndexedPoint> lattice(LonLat origin = {114.31, 30.52})
{
    QList<IndexedPoint> points;
    for (int row = 0; row < 10; ++row) {
        const LonLat rowStart = destination(origin, 180, row * 100.0);
        for (int col = 0; col < 10; ++col)
            points.append({row * 10 + col, destination(rowStart, 90, col * 100.0)});
    }
    return points;
}

} // namespace

TEST_CASE("grid index: radius query is complete and nearest first", "[map][index]")
{
    const QList<IndexedPoint> points = lattice();
    const GeoGridIndex index(points);
    REQUIRE(index.size() == 100);
    const LonLat centre = points[44].pos;
    const QList<PointDistance> near = index.withinRadius(centre, 150);
    // Itself, 4 neighbours at 100 m, 4 diagonals at ~141 m.
    REQUIRE(near.size() == 9);
    CHECK(near[0].key == 44);
    CHECK(near[0].meters == Approx(0).margin(1e-6));
    for (int i = 1; i < 5; ++i)
        CHECK(near[i].meters == Approx(100).epsilon(0.01));
    CHECK(std::is_sorted(near.begin(), near.end(),
                         [](auto &a, auto &b) { return a.meters < b.meters; }));
    // Brute force agrees for a larger radius.
    int brute = 0;
    for (const IndexedPoint &p : points)
        brute += distanceMeters(centre, p.pos) <= 300 ? 1 : 0;
    CHECK(index.withinRadius(centre, 300).size() == brute);
}

TEST_CASE("grid index: viewport and hit-test", "[map][index]")
{
    const QList<IndexedPoint> points = lattice();
    const GeoGridIndex index(points);
    const double zoom = 17;
    const QPointF p55 = index.worldOf(55, zoom);
    CHECK(index.hitTest(p55 + QPointF(3, -2), zoom, 8) == 55);
    CHECK(index.hitTest(p55 + QPointF(40, 40), zoom, 8) == -1); // ~ 60 m away, nothing there
    const QRectF around(p55 - QPointF(10, 10), QSizeF(20, 20));
    CHECK(index.keysInWorldRect(around, zoom) == QList<int>{55});
    const QRectF all(index.worldOf(0, zoom) - QPointF(1, 1),
                     index.worldOf(99, zoom) + QPointF(1, 1));
    CHECK(index.keysInWorldRect(all, zoom).size() == 100);
    CHECK(GeoGridIndex().keysInWorldRect(all, zoom).isEmpty());
}

TEST_CASE("grid index: lasso selection, nearest to the centre first", "[map][index]")
{
    const QList<IndexedPoint> points = lattice();
    const GeoGridIndex index(points);
    // A square around keys 22, 23, 32, 33.
    const LonLat a = destination(destination(points[22].pos, 0, 50), 270, 50);
    const LonLat c = destination(destination(points[33].pos, 180, 50), 90, 50);
    const QList<LonLat> square{a, {c.lon, a.lat}, c, {a.lon, c.lat}};
    QList<int> keys = index.insidePolygon(square, points[33].pos);
    REQUIRE(keys.size() == 4);
    CHECK(keys.first() == 33);
    CHECK(keys.last() == 22);
}

TEST_CASE("clustering counts per zoom", "[map][cluster]")
{
    const GeoGridIndex index(lattice());
    const QRectF world(0, 0, worldSize(20), worldSize(20));
    // The whole 900 m lattice fits in one 64-px cell at zoom 12 (~32 m/px... 2 km per cell) unless
    // it straddles a cell border; either way all 100 points are counted.
    int total = 0;
    for (const PointCluster &c : index.clusters(QRectF(0, 0, worldSize(12), worldSize(12)), 12, 64))
        total += c.count;
    CHECK(total == 100);
    CHECK(index.clusters(QRectF(0, 0, worldSize(12), worldSize(12)), 12, 64).size() <= 4);
    // At zoom 19 (~0.26 m/px) 100 m spacing is ~390 px: every point is its own cluster.
    const auto fine = index.clusters(QRectF(0, 0, worldSize(19), worldSize(19)), 19, 64);
    CHECK(fine.size() == 100);
    CHECK(
        std::all_of(fine.begin(), fine.end(), [](const PointCluster &c) { return c.count == 1; }));
    // At zoom 15 (~4 m/px) 100 m ≈ 24 px: cells of 64 px hold a few points each.
    const auto mid = index.clusters(QRectF(0, 0, worldSize(15), worldSize(15)), 15, 64);
    int midTotal = 0;
    for (const PointCluster &c : mid)
        midTotal += c.count;
    CHECK(midTotal == 100);
    CHECK(mid.size() > 4);
    CHECK(mid.size() < 100);
    Q_UNUSED(world);
}

TEST_CASE("camera search ranks id, prefix, then substring", "[map][search]")
{
    const CameraSearch search({{0, QStringLiteral("c01"), QStringLiteral("清河大道与建设路口")},
                               {1, QStringLiteral("c10"), QStringLiteral("东湖镇政府门前")},
                               {2, QStringLiteral("c1"), QStringLiteral("建设路小学")},
                               {3, QStringLiteral("x9"), QStringLiteral("Riverside C1 gate")}});
    CHECK(search.find(QStringLiteral("C1")) == QList<int>{2, 1, 3});
    CHECK(search.find(QStringLiteral("建设")) == QList<int>{2, 0});
    CHECK(search.find(QStringLiteral("  ")).isEmpty());
    CHECK(search.find(QStringLiteral("c"), 2).size() == 2);
}
