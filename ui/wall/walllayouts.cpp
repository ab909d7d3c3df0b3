#include "wall/walllayouts.h"

#include <QVector>

#include <limits>

namespace vigil {

namespace {

// Big tiles first (in the given order), then every free cell as a 1×1 tile, row by row.
WallLayoutSpec spanLayout(int side, const QList<QRect> &bigTiles)
{
    WallLayoutSpec spec;
    spec.side = side;
    QVector<bool> used(side * side, false);
    for (const QRect &big : bigTiles) {
        spec.cells.append(big);
        for (int row = big.top(); row <= big.bottom(); ++row)
            for (int col = big.left(); col <= big.right(); ++col)
                used[row * side + col] = true;
    }
    for (int row = 0; row < side; ++row)
        for (int col = 0; col < side; ++col)
            if (!used[row * side + col])
                spec.cells.append(QRect(col, row, 1, 1));
    return spec;
}

} // namespace

const QList<int> &wallLayoutCounts()
{
    static const QList<int> counts{1, 4, 6, 8, 9, 10, 13, 16, 25, 36, 64};
    return counts;
}

std::optional<WallLayoutSpec> wallLayoutSpec(int tileCount)
{
    switch (tileCount) {
    case 1:
    case 4:
    case 9:
    case 16:
    case 25:
    case 36:
    case 64: {
        int side = 1;
        while (side * side < tileCount)
            ++side;
        return spanLayout(side, {});
    }
    case 6: // one 2×2 tile top-left, five around it
        return spanLayout(3, {QRect(0, 0, 2, 2)});
    case 8: // one 3×3 tile top-left, seven along the right and bottom edges
        return spanLayout(4, {QRect(0, 0, 3, 3)});
    case 10: // two 2×2 tiles on top, eight below
        return spanLayout(4, {QRect(0, 0, 2, 2), QRect(2, 0, 2, 2)});
    case 13: // one 2×2 tile in the centre, twelve around it
        return spanLayout(4, {QRect(1, 1, 2, 2)});
    default:
        return std::nullopt;
    }
}

QRect wallTileRect(const WallLayoutSpec &spec, int index, const QRect &area, int spacing)
{
    if (index < 0 || index >= spec.cells.size() || spec.side <= 0)
        return {};
    const QRect cell = spec.cells[index];
    // Cell edges at rounded fractions of the area, so the tiles fill it exactly.
    const auto edgeX = [&](int col) { return area.left() + area.width() * col / spec.side; };
    const auto edgeY = [&](int row) { return area.top() + area.height() * row / spec.side; };
    const int half = spacing / 2;
    const int left = edgeX(cell.left()) + (cell.left() > 0 ? half : 0);
    const int top = edgeY(cell.top()) + (cell.top() > 0 ? half : 0);
    const int right = edgeX(cell.right() + 1) - (cell.right() + 1 < spec.side ? spacing - half : 0);
    const int bottom =
        edgeY(cell.bottom() + 1) - (cell.bottom() + 1 < spec.side ? spacing - half : 0);
    return QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
}

int wallNeighbour(const WallLayoutSpec &spec, int from, int dx, int dy)
{
    if (from < 0 || from >= spec.cells.size() || (dx == 0 && dy == 0))
        return from;
    const QRectF origin(spec.cells[from]);
    int best = from;
    double bestScore = std::numeric_limits<double>::max();
    for (int i = 0; i < spec.cells.size(); ++i) {
        if (i == from)
            continue;
        const QRectF candidate(spec.cells[i]);
        // Must lie entirely beyond the origin's edge in the direction of travel.
        if ((dx > 0 && candidate.left() < origin.right()) ||
            (dx < 0 && candidate.right() > origin.left()) ||
            (dy > 0 && candidate.top() < origin.bottom()) ||
            (dy < 0 && candidate.bottom() > origin.top()))
            continue;
        const QPointF delta = candidate.center() - origin.center();
        const double along = dx != 0 ? std::abs(delta.x()) : std::abs(delta.y());
        const double across = dx != 0 ? std::abs(delta.y()) : std::abs(delta.x());
        const double score = along + 2.0 * across; // prefer staying in the same row/column
        if (score < bestScore) {
            bestScore = score;
            best = i;
        }
    }
    return best;
}

} // namespace vigil
