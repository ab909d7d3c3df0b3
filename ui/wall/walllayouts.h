#pragma once
// The wall's layouts as cell geometry: a square grid of `side`×`side` cells in which each tile
// covers a rectangle of cells (big tiles span several). Covers 1, 4, 6 (1+5), 8 (1+7), 9,
// 10 (2+8), 13 (1+12), 16, 25, 36 and 64 tiles. Pure functions, any thread.

#include <QList>
#include <QRect>

#include <optional>

namespace vigil {

struct WallLayoutSpec
{
    int side = 1;       // cells per row and per column
    QList<QRect> cells; // per tile, in cell units (x = column, y = row), tile order
    int tileCount() const { return int(cells.size()); }
};

// Every supported tile count, in menu order.
const QList<int> &wallLayoutCounts();
// nullopt for an unsupported count.
std::optional<WallLayoutSpec> wallLayoutSpec(int tileCount);

// Pixel rectangle of tile `index` inside `area`, with `spacing` pixels between cells.
QRect wallTileRect(const WallLayoutSpec &spec, int index, const QRect &area, int spacing);

// The tile reached from `from` by an arrow key (dx, dy ∈ {-1, 0, 1}): the nearest tile whose
// cells lie in that direction; `from` itself when there is none.
int wallNeighbour(const WallLayoutSpec &spec, int from, int dx, int dy);

} // namespace vigil
