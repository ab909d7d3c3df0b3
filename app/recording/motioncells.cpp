#include "recording/motioncells.h"

#include <QtMath>

#include <bit>

namespace vigil {

bool MotionCells::test(int column, int row) const
{
    if (column < 0 || column >= kColumns || row < 0 || row >= kRows)
        return false;
    const int cell = row * kColumns + column;
    return (m_bits[cell / 8] >> (cell % 8)) & 1;
}

void MotionCells::set(int column, int row)
{
    if (column < 0 || column >= kColumns || row < 0 || row >= kRows)
        return;
    const int cell = row * kColumns + column;
    m_bits[cell / 8] |= quint8(1u << (cell % 8));
}

int MotionCells::count() const
{
    int total = 0;
    for (quint8 byte : m_bits)
        total += std::popcount(unsigned(byte));
    return total;
}

int MotionCells::overlapCount(const MotionCells &other) const
{
    int total = 0;
    for (int i = 0; i < kBytes; ++i)
        total += std::popcount(unsigned(m_bits[i] & other.m_bits[i]));
    return total;
}

QByteArray MotionCells::toBlob() const
{
    return QByteArray(reinterpret_cast<const char *>(m_bits.data()), kBytes);
}

std::optional<MotionCells> MotionCells::fromBlob(const QByteArray &blob)
{
    if (blob.size() != kBytes)
        return std::nullopt;
    MotionCells cells;
    for (int i = 0; i < kBytes; ++i)
        cells.m_bits[i] = quint8(blob[i]);
    return cells;
}

MotionCells MotionCells::fromRegion(const QRectF &region)
{
    MotionCells cells;
    const QRectF clipped = region.normalized().intersected(QRectF(0, 0, 1, 1));
    if (clipped.isEmpty())
        return cells;
    // A cell counts when the region covers any part of it (edges touching do not count).
    const int firstColumn = qBound(0, int(std::floor(clipped.left() * kColumns)), kColumns - 1);
    const int lastColumn = qBound(0, int(std::ceil(clipped.right() * kColumns)) - 1, kColumns - 1);
    const int firstRow = qBound(0, int(std::floor(clipped.top() * kRows)), kRows - 1);
    const int lastRow = qBound(0, int(std::ceil(clipped.bottom() * kRows)) - 1, kRows - 1);
    for (int row = firstRow; row <= lastRow; ++row)
        for (int column = firstColumn; column <= lastColumn; ++column)
            cells.set(column, row);
    return cells;
}

QRectF MotionCells::cellRect(int column, int row)
{
    return QRectF(double(column) / kColumns, double(row) / kRows, 1.0 / kColumns, 1.0 / kRows);
}

} // namespace vigil
