#pragma once
// MotionCells: which cells of a coarse 16×9 grid over the picture saw motion during one sample
// (about one second) — the unit stored per camera and time in the motion index and compared
// against a search region. 144 bits, stored as an 18-byte blob (row-major, bit i = cell i).
//
// Thread contract: plain value type, safe to copy across threads.

#include <QByteArray>
#include <QRectF>

#include <array>
#include <optional>

namespace vigil {

class MotionCells
{
public:
    static constexpr int kColumns = 16;
    static constexpr int kRows = 9;
    static constexpr int kCells = kColumns * kRows;
    static constexpr int kBytes = kCells / 8;

    bool test(int column, int row) const;
    void set(int column, int row);
    int count() const;
    bool isEmpty() const { return count() == 0; }
    int overlapCount(const MotionCells &other) const; // cells set in both
    bool intersects(const MotionCells &other) const { return overlapCount(other) > 0; }

    QByteArray toBlob() const;
    // Null when `blob` is not exactly kBytes long.
    static std::optional<MotionCells> fromBlob(const QByteArray &blob);
    // Every cell the rectangle (fractions of the picture, 0…1) touches.
    static MotionCells fromRegion(const QRectF &region);
    // The cell's rectangle in fractions of the picture.
    static QRectF cellRect(int column, int row);

    bool operator==(const MotionCells &other) const { return m_bits == other.m_bits; }

private:
    std::array<quint8, kBytes> m_bits{};
};

} // namespace vigil
