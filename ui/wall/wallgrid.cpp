#include "wall/wallgrid.h"

#include "wall/videotile.h"

namespace vigil {

bool WallGrid::isSupportedTileCount(int count)
{
    return wallLayoutCounts().contains(count);
}

WallGrid::WallGrid(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("videoWall"));
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 180);
    for (int i = 0; i < kMaxTiles; ++i) {
        auto *tile = new VideoTile(i, this);
        tile->hide();
        m_tiles.append(tile);
    }
    setTileCount(4);
}

bool WallGrid::setTileCount(int count)
{
    const std::optional<WallLayoutSpec> spec = wallLayoutSpec(count);
    if (!spec)
        return false;
    if (count == m_tileCount && m_maximized < 0)
        return true;
    m_spec = *spec;
    m_tileCount = count;
    m_maximized = -1;
    applyGeometry();
    return true;
}

VideoTile *WallGrid::tile(int index) const
{
    return index >= 0 && index < m_tiles.size() ? m_tiles[index] : nullptr;
}

bool WallGrid::setMaximizedTile(int index)
{
    if (index >= m_tileCount || index < -1)
        return false;
    if (index == m_maximized)
        return true;
    m_maximized = index;
    applyGeometry();
    return true;
}

bool WallGrid::isTileShown(int index) const
{
    if (index < 0 || index >= m_tileCount)
        return false;
    return m_maximized < 0 || m_maximized == index;
}

QRect WallGrid::layoutRect(int index) const
{
    const QRect area = rect().adjusted(kSpacing, kSpacing, -kSpacing, -kSpacing);
    return wallTileRect(m_spec, index, area, kSpacing);
}

void WallGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyGeometry();
}

void WallGrid::applyGeometry()
{
    const QRect whole = rect().adjusted(kSpacing, kSpacing, -kSpacing, -kSpacing);
    // Hide first, then show: a camera moving between tiles never has two active displays.
    for (int i = 0; i < kMaxTiles; ++i) {
        if (!isTileShown(i))
            m_tiles[i]->hide();
    }
    for (int i = 0; i < m_tileCount; ++i) {
        if (!isTileShown(i))
            continue;
        m_tiles[i]->setGeometry(m_maximized == i ? whole : layoutRect(i));
        m_tiles[i]->show();
    }
}

} // namespace vigil
