#include "wall/wallcontroller.h"

#include "media/streammanager.h"
#include "media/videosource.h"
#include "util/cpumeter.h"
#include "wall/streamrequests.h"
#include "wall/tilesnapshot.h"
#include "wall/videotile.h"
#include "wall/wallgrid.h"
#include "wall/wallloadgovernor.h"

#include <QDir>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace vigil {

WallController::WallController(StreamManager &streams, WallGrid &grid, QObject *parent)
    : QObject(parent), m_streams(streams), m_grid(grid), m_gridAlive(&grid)
{
    for (int i = 0; i < WallGrid::kMaxTiles; ++i)
        m_assigned.append(QString());
    for (VideoTile *tile : grid.tiles()) {
        connect(tile, &VideoTile::clicked, this, [this](int index) {
            selectTile(index);
            m_grid.setFocus(Qt::MouseFocusReason);
        });
        connect(tile, &VideoTile::doubleClicked, this, &WallController::toggleMaximized);
        connect(tile, &VideoTile::cameraDropped, this, &WallController::showCamera);
        connect(tile, &VideoTile::tileDropped, this, &WallController::onTileDropped);
        connect(tile, &VideoTile::closeRequested, this, &WallController::clearTile);
        connect(tile, &VideoTile::snapshotRequested, this, &WallController::saveSnapshot);
        connect(tile, &VideoTile::firstFrame, this, &WallController::onTileFirstFrame);
        connect(tile, &VideoTile::zoomChanged, this,
                [this](int index, double) { updateTileStream(index); });
        connect(tile, &VideoTile::resized, this, [this] { m_resizeSettle.start(); });
        connect(tile, &VideoTile::statusChanged, this,
                [this](int index, const StreamStatus &) { onTileStatusChanged(index); });
    }
    m_grid.tile(0)->setSelected(true);
    m_grid.installEventFilter(this);
    m_grid.window()->installEventFilter(this); // minimised → the tiles stop decoding

    m_resizeSettle.setSingleShot(true);
    m_resizeSettle.setInterval(250);
    connect(&m_resizeSettle, &QTimer::timeout, this, &WallController::updateAllTileStreams);

    auto meter = std::make_shared<CpuMeter>();
    m_governor = new WallLoadGovernor([meter] { return meter->processPercentOfMachine(); }, this);
    connect(m_governor, &WallLoadGovernor::smallTileStrideChanged, this,
            &WallController::applyFrameStrides);
    m_governor->start();

    m_snapshotDir = QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                        .filePath(QStringLiteral("Vigil"));
}

WallController::~WallController()
{
    // Sources must go before the StreamManager they came from.
    if (!m_gridAlive)
        return;
    m_grid.removeEventFilter(this);
    m_grid.window()->removeEventFilter(this);
    for (VideoTile *tile : m_grid.tiles())
        tile->clear();
}

void WallController::setSite(const Site &site)
{
    clearAll();
    m_site = site;
    m_subPictureSizes.clear();
}

bool WallController::setLayoutCount(int count)
{
    const int previous = m_grid.tileCount();
    const int previousMaximized = m_grid.maximizedTile();
    if (!m_grid.setTileCount(count))
        return false;
    if (previous == count && previousMaximized < 0)
        return true;
    for (int i = 0; i < WallGrid::kMaxTiles; ++i) {
        if (i >= count)
            releaseTile(i);
        else if (m_grid.tile(i)->cameraId() != m_assigned[i])
            openTile(i);
        else
            updateTileStream(i);
    }
    if (m_selected >= count)
        selectTile(0);
    applyFrameStrides();
    if (previousMaximized >= 0)
        emit maximizedTileChanged(-1);
    if (previous != count)
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

void WallController::moveSelection(int dx, int dy)
{
    if (m_grid.maximizedTile() >= 0)
        return; // only one tile is in sight
    selectTile(wallNeighbour(m_grid.layoutSpec(), m_selected, dx, dy));
}

bool WallController::setMaximizedTile(int index)
{
    const int previous = m_grid.maximizedTile();
    if (index == previous)
        return true;
    if (!m_grid.setMaximizedTile(index))
        return false;
    if (index >= 0)
        selectTile(index);
    // Geometry changed synchronously: pick main for the big tile (and sub again on restore).
    if (previous >= 0)
        updateTileStream(previous);
    if (index >= 0)
        updateTileStream(index);
    if (index < 0)
        updateAllTileStreams();
    applyFrameStrides();
    emit maximizedTileChanged(index);
    return true;
}

void WallController::toggleMaximized(int index)
{
    setMaximizedTile(m_grid.maximizedTile() == index ? -1 : index);
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
    if (!streamRequestFor(*camera, m_site, StreamProfile::Sub)) {
        emit problem(tr("Camera %1 (%2) has no stream address.").arg(camera->name, camera->id));
        return false;
    }
    if (m_grid.tile(tileIndex)->cameraId() == cameraId && m_assigned[tileIndex] == cameraId)
        return true; // already there: keep the running stream
    m_assigned[tileIndex] = cameraId;
    openTile(tileIndex);
    return true;
}

bool WallController::showCameraInSelectedTile(const QString &cameraId)
{
    const int tileIndex = m_selected;
    if (!showCamera(tileIndex, cameraId))
        return false;
    if (m_grid.tileCount() > 1 && m_grid.maximizedTile() < 0)
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
        if (i < cameraIds.size() && !cameraIds[i].isEmpty())
            showCamera(i, cameraIds[i]);
        else
            clearTile(i);
    }
}

void WallController::swapTiles(int a, int b)
{
    if (a == b || a < 0 || b < 0 || a >= m_grid.tileCount() || b >= m_grid.tileCount())
        return;
    VideoTile *tileA = m_grid.tile(a);
    VideoTile *tileB = m_grid.tile(b);
    VideoTile::Content contentA = tileA->takeContent();
    VideoTile::Content contentB = tileB->takeContent();
    tileA->adoptContent(std::move(contentB));
    tileB->adoptContent(std::move(contentA));
    m_assigned.swapItemsAt(a, b);
    // The tiles may differ in size (span layouts): each camera gets the stream its new tile needs.
    updateTileStream(a);
    updateTileStream(b);
    applyFrameStrides();
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

int WallController::flashCamera(const QString &cameraId)
{
    int flashed = 0;
    for (int i = 0; i < m_grid.tileCount() && !cameraId.isEmpty(); ++i) {
        if (m_assigned.value(i) != cameraId)
            continue;
        if (VideoTile *tile = m_grid.tile(i)) {
            tile->flashAlert();
            ++flashed;
        }
    }
    return flashed;
}

QString WallController::cameraIdAt(int tileIndex) const
{
    return tileIndex >= 0 && tileIndex < m_assigned.size() ? m_assigned[tileIndex] : QString();
}

QStringList WallController::assignedCameras() const
{
    QStringList ids = m_assigned.mid(0, m_grid.tileCount());
    while (!ids.isEmpty() && ids.last().isEmpty())
        ids.removeLast();
    return ids;
}

CameraDisplayState WallController::displayStateOf(const QString &cameraId) const
{
    return m_cameraStates.value(cameraId, CameraDisplayState::NotShown);
}

void WallController::setShowFps(bool show)
{
    m_showFps = show;
    for (VideoTile *tile : m_grid.tiles())
        tile->setShowFps(show);
}

bool WallController::saveSnapshot(int tileIndex)
{
    VideoTile *tile = m_grid.tile(tileIndex);
    if (!tile || tile->cameraId().isEmpty() || tile->currentFrame().isNull()) {
        emit problem(tr("Tile %1 has no picture to save.").arg(tileIndex + 1));
        return false;
    }
    SnapshotRequest request;
    const DisplayFrame frame = tile->currentFrame();
    request.image = frame.image;
    request.cameraId = tile->cameraId();
    request.cameraName = tile->cameraName();
    request.time = QDateTime::fromMSecsSinceEpoch(frame.decodedAtMs);
    request.directory = m_snapshotDir;
    request.format = m_snapshotFormat;
    auto *watcher = new QFutureWatcher<SnapshotResult>(this);
    connect(watcher, &QFutureWatcher<SnapshotResult>::finished, this, [this, watcher] {
        const SnapshotResult result = watcher->result();
        watcher->deleteLater();
        if (result.path.isEmpty())
            emit problem(result.error);
        else
            emit snapshotSaved(result.path);
    });
    watcher->setFuture(QtConcurrent::run(&writeSnapshot, request));
    return true;
}

bool WallController::isSmallTile(int tileIndex) const
{
    const VideoTile *tile = m_grid.tile(tileIndex);
    if (!tile || !tile->source())
        return false;
    return m_grid.maximizedTile() < 0 && m_grid.tileCount() > 1 &&
           tile->wantedRequest().profile == StreamProfile::Sub;
}

const Camera *WallController::findCamera(const QString &cameraId) const
{
    for (const Camera &camera : m_site.cameras) {
        if (camera.id == cameraId)
            return &camera;
    }
    return nullptr;
}

StreamProfile WallController::desiredProfile(int tileIndex) const
{
    const VideoTile *tile = m_grid.tile(tileIndex);
    const bool forceMain =
        m_grid.tileCount() == 1 || m_grid.maximizedTile() == tileIndex || tile->zoom() > 1.0;
    const StreamProfile current =
        tile->source() ? tile->wantedRequest().profile : StreamProfile::Sub;
    return chooseTileProfile(forceMain, tile->size() * tile->devicePixelRatioF(),
                             m_subPictureSizes.value(m_assigned[tileIndex]), current);
}

void WallController::openTile(int tileIndex)
{
    VideoTile *tile = m_grid.tile(tileIndex);
    const QString previousCamera = tile->cameraId();
    const Camera *camera = findCamera(m_assigned[tileIndex]);
    const auto request =
        camera ? streamRequestFor(*camera, m_site, desiredProfile(tileIndex)) : std::nullopt;
    if (!request) {
        releaseTile(tileIndex);
        return;
    }
    tile->setSource(m_streams.openDisplay(*request, tile), camera->id, camera->name);
    tile->setShowFps(m_showFps);
    tile->setFrameStride(isSmallTile(tileIndex) ? m_governor->smallTileStride() : 1);
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

void WallController::updateTileStream(int tileIndex)
{
    VideoTile *tile = m_grid.tile(tileIndex);
    if (!tile || !tile->source() || !m_grid.isTileShown(tileIndex))
        return;
    const Camera *camera = findCamera(tile->cameraId());
    if (!camera)
        return;
    const auto request = streamRequestFor(*camera, m_site, desiredProfile(tileIndex));
    if (!request || request->ingestKey() == tile->wantedRequest().ingestKey())
        return;
    tile->switchSource(m_streams.openDisplay(*request, tile));
    tile->setFrameStride(isSmallTile(tileIndex) ? m_governor->smallTileStride() : 1);
}

void WallController::updateAllTileStreams()
{
    if (!m_gridAlive)
        return;
    for (int i = 0; i < m_grid.tileCount(); ++i)
        updateTileStream(i);
    applyFrameStrides();
}

void WallController::applyFrameStrides()
{
    const int stride = m_governor->smallTileStride();
    for (int i = 0; i < m_grid.tileCount(); ++i)
        m_grid.tile(i)->setFrameStride(isSmallTile(i) ? stride : 1);
}

void WallController::onTileFirstFrame(int tileIndex)
{
    VideoTile *tile = m_grid.tile(tileIndex);
    if (!tile->source())
        return;
    const StreamRequest request = tile->source()->request();
    if (request.profile == StreamProfile::Sub) {
        const QSize size = tile->currentFrame().sourceSize;
        if (!size.isEmpty() && m_subPictureSizes.value(request.cameraId) != size) {
            m_subPictureSizes.insert(request.cameraId, size);
            updateTileStream(tileIndex);
        }
    }
}

void WallController::onTileDropped(int tileIndex, quintptr wallId, int fromIndex,
                                   const QString &cameraId)
{
    if (wallId == quintptr(&m_grid))
        swapTiles(fromIndex, tileIndex);
    else if (!cameraId.isEmpty()) // from another wall window: show the camera here too
        showCamera(tileIndex, cameraId);
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

bool WallController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_grid.window() && event->type() == QEvent::WindowStateChange) {
        for (VideoTile *tile : m_grid.tiles())
            tile->refreshActivity();
    }
    if (watched == &m_grid && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (handleKey(key->key(), key->modifiers()))
            return true;
    }
    return QObject::eventFilter(watched, event);
}

// Keys of a focused wall: digits pick layouts (1…9 → the first nine of wallLayoutCounts(),
// 0 → 36, * → 64), arrows move the selection, Enter maximises, Esc restores, Delete clears.
bool WallController::handleKey(int key, Qt::KeyboardModifiers modifiers)
{
    if (modifiers & ~(Qt::KeypadModifier | Qt::ShiftModifier))
        return false; // Ctrl/Alt combinations belong to the menus
    const QList<int> &counts = wallLayoutCounts();
    if (key >= Qt::Key_1 && key <= Qt::Key_9)
        return setLayoutCount(counts.at(key - Qt::Key_1));
    switch (key) {
    case Qt::Key_0:
        return setLayoutCount(36);
    case Qt::Key_Asterisk:
        return setLayoutCount(64);
    case Qt::Key_Left:
        moveSelection(-1, 0);
        return true;
    case Qt::Key_Right:
        moveSelection(1, 0);
        return true;
    case Qt::Key_Up:
        moveSelection(0, -1);
        return true;
    case Qt::Key_Down:
        moveSelection(0, 1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        setMaximizedTile(m_selected);
        return true;
    case Qt::Key_Escape:
        if (m_grid.maximizedTile() < 0)
            return false; // let the window use it (e.g. leave full screen)
        restore();
        return true;
    case Qt::Key_Delete:
        clearTile(m_selected);
        return true;
    default:
        return false;
    }
}

} // namespace vigil
