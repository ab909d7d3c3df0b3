#include "wall/wallcontroller.h"

#include "media/streammanager.h"
#include "media/videosource.h"
#include "wall/streamrequests.h"
#include "wall/videotile.h"
#include "wall/wallgrid.h"

namespace vigil {

WallController::WallController(StreamManager &streams, WallGrid &grid, QObject *parent)
    : QObject(parent), m_streams(streams), m_grid(grid), m_gridAlive(&grid)
{
    for (int i = 0; i < WallGrid::kMaxTiles; ++i)
        m_assigned.append(QString());
    for (VideoTile *tile : grid.tiles()) {
        connect(tile, &VideoTile::clicked, this, &WallController::selectTile);
        connect(tile, &VideoTile::cameraDropped, this, &WallController::showCamera);
        connect(tile, &VideoTile::closeRequested, this, &WallController::clearTile);
        connect(tile, &VideoTile::statusChanged, this,
                [this](int index, const StreamStatus &) { onTileStatusChanged(index); });
    }
    m_grid.tile(0)->setSelected(true);
}

WallController::~WallController()
{
    // Sources must go before the StreamManager they came from.
    if (!m_gridAlive)
        return;
    for (VideoTile *tile : m_grid.tiles())
        tile->clear();
}

void WallController::setSite(const Site &site)
{
    clearAll();
    m_site = site;
}

bool WallController::setLayoutCount(int count)
{
    const int previous = m_grid.tileCount();
    const bool profileChanges = (previous == 1) != (count == 1);
    if (!m_grid.setTileCount(count))
        return false;
    if (previous == count)
        return true;
    for (int i = 0; i < WallGrid::kMaxTiles; ++i) {
        const bool visible = i < count;
        if (!visible)
            releaseTile(i);
        else if (profileChanges || m_grid.tile(i)->cameraId() != m_assigned[i])
            openTile(i);
    }
    if (m_selected >= count)
        selectTile(0);
    emit layoutCountChanged(count);
    return true;
}

int WallController::layoutCount() const
{
    return m_grid.tileCount();
}

void WallController::selectTile(int index)
{
    if (index < 0 || index >= m_grid.tileCount())
        return;
    m_grid.tile(m_selected)->setSelected(false);
    m_selected = index;
    m_grid.tile(index)->setSelected(true);
    emit selectedTileChanged(index);
}

bool WallController::showCamera(int tileIndex, const QString &cameraId)
{
    if (tileIndex < 0 || tileIndex >= m_grid.tileCount())
        return false;
    const Camera *camera = findCamera(cameraId);
    if (!camera) {
        emit problem(tr("Camera \"%1\" is not part of this site.").arg(cameraId));
        return false;
    }
    if (!streamRequestFor(*camera, m_site, profileForLayout())) {
        emit problem(tr("Camera %1 (%2) has no stream address.").arg(camera->name, camera->id));
        return false;
    }
    m_assigned[tileIndex] = cameraId;
    openTile(tileIndex);
    return true;
}

bool WallController::showCameraInSelectedTile(const QString &cameraId)
{
    const int tileIndex = m_selected;
    if (!showCamera(tileIndex, cameraId))
        return false;
    if (m_grid.tileCount() > 1)
        selectTile((tileIndex + 1) % m_grid.tileCount());
    return true;
}

void WallController::fillWithFirstCameras()
{
    QStringList ids;
    for (const Camera &camera : m_site.cameras)
        ids.append(camera.id);
    showCameraList(ids);
}

void WallController::showCameraList(const QStringList &cameraIds)
{
    for (int i = 0; i < m_grid.tileCount(); ++i) {
        if (i < cameraIds.size())
            showCamera(i, cameraIds[i]);
        else
            clearTile(i);
    }
}

void WallController::clearTile(int tileIndex)
{
    if (tileIndex < 0 || tileIndex >= m_assigned.size())
        return;
    m_assigned[tileIndex].clear();
    releaseTile(tileIndex);
}

void WallController::clearAll()
{
    for (int i = 0; i < m_assigned.size(); ++i)
        clearTile(i);
}

QString WallController::cameraIdAt(int tileIndex) const
{
    return tileIndex >= 0 && tileIndex < m_assigned.size() ? m_assigned[tileIndex] : QString();
}

CameraDisplayState WallController::displayStateOf(const QString &cameraId) const
{
    return m_cameraStates.value(cameraId, CameraDisplayState::NotShown);
}

const Camera *WallController::findCamera(const QString &cameraId) const
{
    for (const Camera &camera : m_site.cameras) {
        if (camera.id == cameraId)
            return &camera;
    }
    return nullptr;
}

StreamProfile WallController::profileForLayout() const
{
    return m_grid.tileCount() == 1 ? StreamProfile::Main : StreamProfile::Sub;
}

void WallController::openTile(int tileIndex)
{
    VideoTile *tile = m_grid.tile(tileIndex);
    const QString previousCamera = tile->cameraId();
    const Camera *camera = findCamera(m_assigned[tileIndex]);
    const auto request =
        camera ? streamRequestFor(*camera, m_site, profileForLayout()) : std::nullopt;
    if (!request) {
        releaseTile(tileIndex);
        return;
    }
    tile->setSource(m_streams.openDisplay(*request, tile), camera->id, camera->name);
    if (!previousCamera.isEmpty() && previousCamera != camera->id)
        refreshCameraState(previousCamera);
}

void WallController::releaseTile(int tileIndex)
{
    VideoTile *tile = m_grid.tile(tileIndex);
    const QString previousCamera = tile->cameraId();
    if (previousCamera.isEmpty())
        return;
    tile->clear();
    refreshCameraState(previousCamera);
}

void WallController::onTileStatusChanged(int tileIndex)
{
    const QString cameraId = m_grid.tile(tileIndex)->cameraId();
    if (!cameraId.isEmpty())
        refreshCameraState(cameraId);
}

void WallController::refreshCameraState(const QString &cameraId)
{
    CameraDisplayState state = CameraDisplayState::NotShown;
    for (VideoTile *tile : m_grid.tiles()) {
        if (tile->cameraId() == cameraId && tile->source())
            state = bestDisplayState(state, displayStateFor(tile->status()));
    }
    if (m_cameraStates.value(cameraId, CameraDisplayState::NotShown) == state)
        return;
    if (state == CameraDisplayState::NotShown)
        m_cameraStates.remove(cameraId);
    else
        m_cameraStates.insert(cameraId, state);
    emit cameraDisplayStateChanged(cameraId, state);
}

} // namespace vigil
