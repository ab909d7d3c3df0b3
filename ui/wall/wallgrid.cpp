#include "wall/wallgrid.h"

#include "wall/videotile.h"

#include <QGridLayout>

#include <cmath>

namespace vigil {

bool WallGrid::isSupportedTileCount(int count)
{
    return count == 1 || count == 4 || count == 9 || count == 16;
}

WallGrid::WallGrid(QWidget *parent) : QWidget(parent), m_layout(new QGridLayout(this))
{
    setObjectName(QStringLiteral("videoWall"));
    m_layout->setContentsMargins(2, 2, 2, 2);
    m_layout->setSpacing(2);
    for (int i = 0; i < kMaxTiles; ++i) {
        auto *tile = new VideoTile(i, this);
        tile->hide();
        m_tiles.append(tile);
    }
    setTileCount(4);
}

bool WallGrid::setTileCount(int count)
{
    if (!isSupportedTileCount(count))
        return false;
    if (count == m_tileCount)
        return true;
    for (VideoTile *tile : std::as_const(m_tiles))
        m_layout->removeWidget(tile);
    const int side = static_cast<int>(std::lround(std::sqrt(count)));
    for (int i = 0; i < kMaxTiles; ++i) {
        if (i >= count) {
            m_tiles[i]->hide();
            continue;
        }
        m_layout->addWidget(m_tiles[i], i / side, i % side);
        m_tiles[i]->show();
    }
    for (int i = 0; i < 4; ++i) {
        m_layout->setRowStretch(i, i < side ? 1 : 0);
        m_layout->setColumnStretch(i, i < side ? 1 : 0);
    }
    m_tileCount = count;
    return true;
}

VideoTile *WallGrid::tile(int index) const
{
    return index >= 0 && index < m_tiles.size() ? m_tiles[index] : nullptr;
}

} // namespace vigil
