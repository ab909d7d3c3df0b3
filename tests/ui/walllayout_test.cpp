// Wall layouts as geometry (every tile count), arrow-key neighbours, the adaptive stream rule and
// the CPU-pressure policy. Pure logic plus an offscreen WallGrid; no streams.
#include "wall/streamrequests.h"
#include "wall/videotile.h"
#include "wall/wallgrid.h"
#include "wall/walllayouts.h"
#include "wall/wallloadgovernor.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace vigil;

TEST_CASE("a full-HD wall has tiles of exact fractions of the screen", "[ui][wall][layout]")
{
    // What lets a 640×360 sub stream be shown without resampling (RgbConverter crops a few
    // pixels instead); a gap between tiles would make every tile a few pixels smaller.
    WallGrid grid;
    grid.resize(1920, 1080);
    const QList<QPair<int, QSize>> expected{{1, QSize(1920, 1080)},
                                            {4, QSize(960, 540)},
                                            {9, QSize(640, 360)},
                                            {16, QSize(480, 270)},
                                            {36, QSize(320, 180)}};
    for (const auto &[count, size] : expected) {
        INFO("layout " << count);
        REQUIRE(grid.setTileCount(count));
        for (int i = 0; i < count; ++i)
            CHECK(grid.tile(i)->size() == size);
    }
}

TEST_CASE("every wall layout tiles the wall exactly, with its big tiles", "[ui][wall][layout]")
{
    WallGrid grid;
    grid.resize(1202, 902);
    const QRect area = grid.rect().adjusted(WallGrid::kSpacing, WallGrid::kSpacing,
                                            -WallGrid::kSpacing, -WallGrid::kSpacing);
    const QList<int> expected{1, 4, 6, 8, 9, 10, 13, 16, 25, 36, 64};
    REQUIRE(wallLayoutCounts() == expected);
    for (int count : wallLayoutCounts()) {
        INFO("layout " << count);
        REQUIRE(grid.setTileCount(count));
        const WallLayoutSpec spec = grid.layoutSpec();
        REQUIRE(spec.tileCount() == count);
        // The cells cover the side×side grid exactly once.
        QVector<int> covered(spec.side * spec.side, 0);
        for (const QRect &cell : spec.cells)
            for (int row = cell.top(); row <= cell.bottom(); ++row)
                for (int col = cell.left(); col <= cell.right(); ++col)
                    ++covered[row * spec.side + col];
        CHECK(std::all_of(covered.begin(), covered.end(), [](int n) { return n == 1; }));

        // Pixel rectangles: inside the wall, no overlaps, area ≈ the wall minus the gaps.
        qint64 pixels = 0;
        for (int i = 0; i < count; ++i) {
            const QRect r = grid.tile(i)->geometry();
            CHECK(area.contains(r));
            CHECK(r == grid.layoutRect(i));
            CHECK(grid.tile(i)->isVisibleTo(&grid));
            pixels += qint64(r.width()) * r.height();
            for (int j = 0; j < i; ++j)
                CHECK_FALSE(r.intersects(grid.tile(j)->geometry()));
        }
        const qint64 whole = qint64(area.width()) * area.height();
        const qint64 gaps =
            qint64(spec.side - 1) * WallGrid::kSpacing * (area.width() + area.height());
        CHECK(pixels >= whole - gaps - 4);
        CHECK(pixels <= whole);
        for (int i = count; i < WallGrid::kMaxTiles; ++i)
            CHECK_FALSE(grid.tile(i)->isVisibleTo(&grid));
    }

    // Span layouts: the big tiles come first and are bigger than the others.
    const auto bigTiles = [&](int count) {
        REQUIRE(grid.setTileCount(count));
        const int smallWidth = grid.tile(count - 1)->width();
        int big = 0;
        for (int i = 0; i < count; ++i)
            big += grid.tile(i)->width() > smallWidth * 3 / 2 ? 1 : 0;
        return big;
    };
    CHECK(bigTiles(6) == 1);
    CHECK(bigTiles(8) == 1);
    CHECK(bigTiles(10) == 2);
    CHECK(bigTiles(13) == 1);
    CHECK(bigTiles(16) == 0);
    REQUIRE(grid.setTileCount(8));
    CHECK(grid.tile(0)->width() > grid.tile(1)->width() * 5 / 2); // 3×3 cells vs 1×1
    REQUIRE(grid.setTileCount(13));
    CHECK(grid.tile(0)->geometry().center().x() == Approx(grid.rect().center().x()).margin(3));

    CHECK_FALSE(grid.setTileCount(5));
    CHECK_FALSE(grid.setTileCount(100));
    CHECK(grid.tileCount() == 13);
}

TEST_CASE("maximising shows one tile over the wall and hides the others", "[ui][wall][layout]")
{
    WallGrid grid;
    grid.resize(800, 600);
    grid.show();
    REQUIRE(grid.setTileCount(9));
    REQUIRE(grid.setMaximizedTile(4));
    CHECK(grid.tile(4)->isVisible());
    CHECK(grid.tile(4)->width() > 700);
    for (int i = 0; i < 9; ++i) {
        if (i != 4)
            CHECK_FALSE(grid.tile(i)->isVisible());
    }
    CHECK_FALSE(grid.setMaximizedTile(9)); // not in the layout
    REQUIRE(grid.setMaximizedTile(-1));
    for (int i = 0; i < 9; ++i)
        CHECK(grid.tile(i)->isVisible());
    CHECK(grid.tile(4)->geometry() == grid.layoutRect(4));
}

TEST_CASE("arrow keys reach the geometric neighbour in span layouts", "[ui][wall][layout]")
{
    const WallLayoutSpec nine = *wallLayoutSpec(9);
    CHECK(wallNeighbour(nine, 0, 1, 0) == 1);
    CHECK(wallNeighbour(nine, 0, 0, 1) == 3);
    CHECK(wallNeighbour(nine, 4, -1, 0) == 3);
    CHECK(wallNeighbour(nine, 4, 0, -1) == 1);
    CHECK(wallNeighbour(nine, 0, -1, 0) == 0); // edge: stays
    CHECK(wallNeighbour(nine, 8, 1, 0) == 8);

    // 1+5: the big tile 0 covers cells (0,0)-(1,1); tile 1 is (2,0), tile 2 (2,1), 3..5 the
    // bottom row.
    const WallLayoutSpec six = *wallLayoutSpec(6);
    CHECK(six.cells[0] == QRect(0, 0, 2, 2));
    CHECK(wallNeighbour(six, 0, 1, 0) == 1);
    CHECK(wallNeighbour(six, 0, 0, 1) == 3);
    CHECK(wallNeighbour(six, 2, -1, 0) == 0);
    CHECK(wallNeighbour(six, 4, 0, -1) == 0);
    CHECK(wallNeighbour(six, 5, 0, -1) == 2);
}

TEST_CASE("the adaptive stream rule picks sub for small tiles, main for large", "[ui][wall]")
{
    const QSize sub(640, 360);
    CHECK(chooseTileProfile(true, QSize(100, 60), sub, StreamProfile::Sub) == StreamProfile::Main);
    CHECK(chooseTileProfile(false, QSize(400, 300), sub, StreamProfile::Sub) == StreamProfile::Sub);
    CHECK(chooseTileProfile(false, QSize(1000, 600), sub, StreamProfile::Sub) ==
          StreamProfile::Main);
    // Unknown sub size: stay on the cheap stream.
    CHECK(chooseTileProfile(false, QSize(1000, 600), QSize(), StreamProfile::Sub) ==
          StreamProfile::Sub);
    // Hysteresis: 700 px is not enough to leave sub, but enough to stay on main.
    CHECK(chooseTileProfile(false, QSize(700, 394), sub, StreamProfile::Sub) == StreamProfile::Sub);
    CHECK(chooseTileProfile(false, QSize(700, 394), sub, StreamProfile::Main) ==
          StreamProfile::Main);
    // A tall tile letterboxes the picture: its width decides.
    CHECK(chooseTileProfile(false, QSize(600, 2000), sub, StreamProfile::Sub) ==
          StreamProfile::Sub);
}

TEST_CASE("CPU pressure raises the small-tile stride step by step and lowers it again",
          "[ui][wall]")
{
    WallLoadGovernor governor({});
    governor.setThresholds(50, 80);
    QSignalSpy changes(&governor, &WallLoadGovernor::smallTileStrideChanged);
    CHECK(governor.sample(60) == 1); // between the thresholds: no change
    CHECK(governor.sample(95) == 2);
    CHECK(governor.sample(95) == 3);
    CHECK(governor.sample(95) == 4);
    CHECK(governor.sample(95) == WallLoadGovernor::kMaxStride);
    CHECK(governor.sample(70) == 4);
    CHECK(governor.sample(20) == 3);
    CHECK(governor.sample(20) == 2);
    CHECK(governor.sample(20) == 1);
    CHECK(governor.sample(20) == 1);
    CHECK(changes.count() == 6);
}
