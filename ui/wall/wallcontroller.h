#pragma once
// WallController: decides which camera each tile of the wall shows. Keeps the per-tile camera
// assignment across layout changes (4 → 9 keeps the first four), opens and releases the
// tiles' VideoSources through the StreamManager (sub stream in grids, main stream in the single
// layout), tracks the selected tile, and reports each camera's display state for the tree.
//
// Thread contract: GUI thread only (StreamManager and the tiles live there).

#include "common/cameradisplaystate.h"
#include "media/streamtypes.h"
#include "model/site.h"
#include "wall/wallgrid.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace vigil {

class StreamManager;

class WallController : public QObject
{
    Q_OBJECT
public:
    WallController(StreamManager &streams, WallGrid &grid, QObject *parent = nullptr);
    ~WallController() override;

    // Replaces the site; the wall is cleared.
    void setSite(const Site &site);
    const Site &site() const { return m_site; }

    bool setLayoutCount(int count);
    int layoutCount() const;

    void selectTile(int index);
    int selectedTile() const { return m_selected; }

    // Returns false (and emits problem()) when the camera is unknown or has no stream URL.
    bool showCamera(int tileIndex, const QString &cameraId);
    // Shows the camera in the selected tile, then moves the selection to the next tile so an
    // operator can fill a wall with consecutive double-clicks.
    bool showCameraInSelectedTile(const QString &cameraId);
    // Fills the visible tiles, in order, with the first cameras of the site.
    void fillWithFirstCameras();
    // Shows these cameras in the visible tiles, in order (e.g. nearest first from a map area
    // select); tiles beyond the list are cleared, cameras beyond the tiles are left out.
    void showCameraList(const QStringList &cameraIds);
    void clearTile(int tileIndex);
    void clearAll();

    QString cameraIdAt(int tileIndex) const;
    CameraDisplayState displayStateOf(const QString &cameraId) const;

signals:
    void layoutCountChanged(int count);
    void selectedTileChanged(int index);
    void cameraDisplayStateChanged(const QString &cameraId, vigil::CameraDisplayState state);
    void problem(const QString &message);

private:
    const Camera *findCamera(const QString &cameraId) const;
    StreamProfile profileForLayout() const;
    void openTile(int tileIndex);
    void releaseTile(int tileIndex);
    void onTileStatusChanged(int tileIndex);
    void refreshCameraState(const QString &cameraId);

    StreamManager &m_streams;
    WallGrid &m_grid;
    QPointer<WallGrid> m_gridAlive; // the grid may be destroyed before us
    Site m_site;
    QStringList m_assigned; // camera id per tile (all 16), kept while a tile is hidden
    QHash<QString, CameraDisplayState> m_cameraStates;
    int m_selected = 0;
};

} // namespace vigil
