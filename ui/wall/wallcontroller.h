#pragma once
// WallController: decides which camera each tile of one wall shows. Keeps the per-tile camera
// assignment across layout changes (4 → 9 keeps the first four), opens and releases the tiles'
// VideoSources through the shared StreamManager, picks each tile's stream adaptively (sub stream
// in small tiles, main stream when maximised/1-up/zoomed or larger than the sub picture, switched
// seamlessly), maximises/restores, swaps and clears tiles, handles the wall's keyboard, saves
// snapshots (written on a worker thread) and reports each camera's display state for the tree.
//
// Thread contract: GUI thread only (StreamManager and the tiles live there).

#include "common/cameradisplaystate.h"
#include "media/streamtypes.h"
#include "model/site.h"
#include "wall/wallgrid.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QStringList>
#include <QTimer>

namespace vigil {

class StreamManager;
class WallLoadGovernor;

class WallController : public QObject
{
    Q_OBJECT
public:
    WallController(StreamManager &streams, WallGrid &grid, QObject *parent = nullptr);
    ~WallController() override;

    // Replaces the site; the wall is cleared.
    void setSite(const Site &site);
    const Site &site() const { return m_site; }
    StreamManager &streams() const { return m_streams; }
    WallGrid &grid() const { return m_grid; }

    bool setLayoutCount(int count);
    int layoutCount() const;

    void selectTile(int index);
    int selectedTile() const { return m_selected; }
    // Arrow keys: the nearest tile in that direction.
    void moveSelection(int dx, int dy);

    // Maximise one tile over the wall (main stream); -1 or restore() brings the layout back.
    bool setMaximizedTile(int index);
    void toggleMaximized(int index);
    void restore() { setMaximizedTile(-1); }
    int maximizedTile() const { return m_grid.maximizedTile(); }

    // Returns false (and emits problem()) when the camera is unknown or has no stream URL.
    bool showCamera(int tileIndex, const QString &cameraId);
    // Shows the camera in the selected tile, then moves the selection to the next tile so an
    // operator can fill a wall with consecutive double-clicks.
    bool showCameraInSelectedTile(const QString &cameraId);
    // Fills the visible tiles, in order, with the first cameras of the site.
    void fillWithFirstCameras();
    // Shows these cameras in the visible tiles, in order (e.g. nearest first from a map area
    // select); tiles beyond the list are cleared, cameras beyond the tiles are left out.
    // Empty ids clear their tile; unknown cameras are skipped with a problem() message.
    void showCameraList(const QStringList &cameraIds);
    // Exchanges two tiles' cameras without reopening their streams.
    void swapTiles(int a, int b);
    void clearTile(int tileIndex);
    void clearAll();
    // Flashes every visible tile showing this camera (a new P1 alert); returns how many.
    int flashCamera(const QString &cameraId);

    QString cameraIdAt(int tileIndex) const;
    // Camera per tile of the current layout (empty string = empty tile).
    QStringList assignedCameras() const;
    CameraDisplayState displayStateOf(const QString &cameraId) const;

    void setShowFps(bool show);
    bool showFps() const { return m_showFps; }

    // Writes the tile's current picture (see tilesnapshot.h) on a worker thread; emits
    // snapshotSaved or problem. False when the tile has no picture.
    bool saveSnapshot(int tileIndex);
    void setSnapshotDirectory(const QString &directory) { m_snapshotDir = directory; }
    QString snapshotDirectory() const { return m_snapshotDir; }
    void setSnapshotFormat(const QString &format) { m_snapshotFormat = format; }

    // Frame-rate reduction of small tiles under CPU pressure (see wallloadgovernor.h).
    WallLoadGovernor *loadGovernor() const { return m_governor; }
    // True for a tile that gives up frames first under CPU pressure.
    bool isSmallTile(int tileIndex) const;

signals:
    void layoutCountChanged(int count);
    void selectedTileChanged(int index);
    void maximizedTileChanged(int index);
    void cameraDisplayStateChanged(const QString &cameraId, vigil::CameraDisplayState state);
    void snapshotSaved(const QString &path);
    void problem(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Camera *findCamera(const QString &cameraId) const;
    StreamProfile desiredProfile(int tileIndex) const;
    void openTile(int tileIndex);
    void releaseTile(int tileIndex);
    // Moves a visible tile to the stream it should show now (seamless when the camera stays).
    void updateTileStream(int tileIndex);
    void updateAllTileStreams();
    void applyFrameStrides();
    void onTileFirstFrame(int tileIndex);
    void onTileDropped(int tileIndex, quintptr wallId, int fromIndex, const QString &cameraId);
    void onTileStatusChanged(int tileIndex);
    void refreshCameraState(const QString &cameraId);
    bool handleKey(int key, Qt::KeyboardModifiers modifiers);

    StreamManager &m_streams;
    WallGrid &m_grid;
    QPointer<WallGrid> m_gridAlive; // the grid may be destroyed before us
    Site m_site;
    QStringList m_assigned; // camera id per tile (all 64), kept while a tile is hidden
    QHash<QString, CameraDisplayState> m_cameraStates;
    QHash<QString, QSize> m_subPictureSizes; // per camera, learned from its sub stream frames
    QTimer m_resizeSettle; // tile resizes come in bursts: re-pick streams once they settle
    WallLoadGovernor *m_governor = nullptr;
    QString m_snapshotDir;
    QString m_snapshotFormat = QStringLiteral("jpg");
    int m_selected = 0;
    bool m_showFps = false;
};

} // namespace vigil
