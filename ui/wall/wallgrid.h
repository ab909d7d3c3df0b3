#pragma once
// WallGrid: lays out the wall's tiles as 1, 4 (2×2), 9 (3×3) or 16 (4×4). Owns all 16 tiles;
// tiles beyond the current layout are hidden. Knows nothing about cameras or streams.
//
// Thread contract: GUI thread only.

#include <QList>
#include <QWidget>

class QGridLayout;

namespace vigil {

class VideoTile;

class WallGrid : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxTiles = 16;
    static bool isSupportedTileCount(int count);

    explicit WallGrid(QWidget *parent = nullptr);

    // `count` must be 1, 4, 9 or 16; other values are ignored (returns false).
    bool setTileCount(int count);
    int tileCount() const { return m_tileCount; }
    VideoTile *tile(int index) const;
    const QList<VideoTile *> &tiles() const { return m_tiles; }

private:
    QGridLayout *m_layout = nullptr;
    QList<VideoTile *> m_tiles;
    int m_tileCount = 0;
};

} // namespace vigil
