#pragma once
// WallGrid: lays out the wall's tiles in one of the layouts of walllayouts.h (1 … 64 tiles, with
// span layouts such as 1+5 and 2+8), and can show one tile maximised over the whole wall. Owns
// all 64 tiles; tiles beyond the current layout, or covered by a maximised tile, are hidden
// (a hidden tile stops converting and, if nobody else needs the stream, decoding). Knows
// nothing about cameras or streams.
//
// Thread contract: GUI thread only.

#include "wall/walllayouts.h"

#include <QList>
#include <QWidget>

namespace vigil {

class VideoTile;

class WallGrid : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxTiles = 64;
    // No gap between tiles (each tile draws its own 1 px border, so neighbours show a 2 px line):
    // tiles are then exact fractions of the screen — 640×360 for 9 and 320×180 for 36 tiles on a
    // 1920×1080 wall — which a 640×360 sub stream fills unscaled or halved and cropped by a few
    // pixels instead of resampled (RgbConverter; session 16 measurements in
    // docs/performance.md).
    static constexpr int kSpacing = 0;
    static bool isSupportedTileCount(int count);

    explicit WallGrid(QWidget *parent = nullptr);

    // `count` must be one of wallLayoutCounts(); other values are ignored (returns false).
    // Changing the layout restores a maximised tile.
    bool setTileCount(int count);
    int tileCount() const { return m_tileCount; }
    const WallLayoutSpec &layoutSpec() const { return m_spec; }
    VideoTile *tile(int index) const;
    const QList<VideoTile *> &tiles() const { return m_tiles; }

    // -1 restores the layout. Out-of-layout indexes are ignored (returns false).
    bool setMaximizedTile(int index);
    int maximizedTile() const { return m_maximized; }
    // Tiles the operator can see right now (all of the layout, or only the maximised one).
    bool isTileShown(int index) const;

    // Where tile `index` goes in the current layout (ignores maximising).
    QRect layoutRect(int index) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyGeometry();

    QList<VideoTile *> m_tiles;
    WallLayoutSpec m_spec;
    int m_tileCount = 0;
    int m_maximized = -1;
};

} // namespace vigil
