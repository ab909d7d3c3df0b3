#pragma once
// MapView: the Web-Mercator map widget (own painting, north-up): basemap tiles from a TileSource
// via TileLayer (worker thread), overlay layers (communities, checkpoint rings, cameras with
// clustering and FOV cones, pulsing alerts), scale bar and attribution.
//
// Interaction: drag to pan (kinetic on release), wheel zooms at the cursor (3–19), click a camera
// → cameraActivated, click a cluster → zoom in, drag a camera out (camera mime type, drop on a
// wall tile), Shift+drag a circle or Ctrl+drag a lasso (or any drag with the lasso tool on) →
// showCamerasRequested(nearest to the centre first), right-click → "cameras within 300 m" /
// "copy coordinates" (WGS-84). Hover shows the camera name.
//
// Edit mode: click a camera to edit it, drag its marker to relocate it, its cone tip to turn it
// and set its range, its cone edge to widen its field of view. Every change is a QUndoCommand
// (Ctrl+Z / Ctrl+Shift+Z) and is announced by cameraPlacementEdited (WGS-84) — whoever connects
// saves it. A vehicle track (ordered passages) can be drawn over the map.
//
// Thread contract: GUI thread only. Tiles arrive by queued signal; nothing here blocks on I/O.

#include "geo/cameraplacement.h"
#include "geo/tilesource.h"
#include "geo/vehicletrack.h"
#include "map/mapedit.h"
#include "map/mapviewport.h"
#include "map/siteoverlay.h"
#include "map/trackpainter.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QUndoStack;

namespace vigil {

class TileLayer;

enum class MapLayer
{
    Cameras,
    Checkpoints,
    Communities,
    Alerts,
    Tracks
};

class MapView : public QWidget
{
    Q_OBJECT
public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    void setTileSource(std::shared_ptr<geo::TileSource> source);
    void setSite(const Site &site);
    const SiteOverlay &overlay() const { return m_overlay; }
    const MapViewport &viewport() const { return m_viewport; }
    TileLayer *tileLayer() const { return m_tiles; }

    void centerOn(geo::LonLat wgs84, double zoom);
    void setZoom(double zoom);
    void panBy(QPointF screenDelta);
    // Centres on the camera, marks it and keeps the mark until another one is highlighted.
    bool highlightCamera(const QString &cameraId, double minZoom = 17);
    void setCameraDisplayState(const QString &cameraId, CameraDisplayState state);
    void setAlertActive(const QString &cameraId, bool active);
    void setLayerVisible(MapLayer layer, bool visible);
    bool isLayerVisible(MapLayer layer) const;

    // Ids of cameras within `meters` of a WGS-84 point, nearest first.
    QStringList camerasWithin(geo::LonLat wgs84, double meters) const;
    // Ids of cameras inside a WGS-84 polygon, nearest to its centroid first.
    QStringList camerasInPolygon(const QList<geo::LonLat> &wgs84Polygon) const;

    // Edit mode (see above). Leaving it drops the edit selection, not the undo history.
    void setEditMode(bool on);
    bool isEditMode() const { return m_editMode; }
    QUndoStack *undoStack() const { return m_undo; }
    // The camera selected for editing (empty if none); selectForEdit() also enters edit mode.
    QString editedCamera() const;
    bool selectForEdit(const QString &cameraId);
    std::optional<geo::CameraPlacement> cameraPlacement(const QString &cameraId) const;
    // Applies a placement without an undo entry and announces it (the undo commands use it).
    void applyCameraPlacement(const QString &cameraId, const geo::CameraPlacement &wgs84);

    // Plain drags draw a lasso instead of panning.
    void setLassoTool(bool on) { m_lassoTool = on; }
    bool isLassoTool() const { return m_lassoTool; }

    void setTrack(const geo::VehicleTrack &track);
    void clearTrack();
    bool hasTrack() const { return m_track.has_value(); }
    // Camera id under a widget position (empty if none).
    QString cameraAt(QPointF pos) const;
    double lastFrameMs() const { return m_lastFrameMs; }
    int lastMarkerCount() const { return m_lastMarkers; }

signals:
    void cameraActivated(QString cameraId);
    void alertSelected(QString cameraId); // click on a pulsing alert marker
    void showCamerasRequested(QStringList cameraIdsNearestFirst);
    void coordinatesCopied(QString text);
    void cameraPlacementEdited(QString cameraId, vigil::geo::CameraPlacement wgs84);
    void editModeChanged(bool on);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int cameraIndexAt(QPointF pos) const;
    void startDrag(int cameraIndex);
    void kineticStep();
    void finishCircleSelect(QPointF releasePos);
    void finishLassoSelect();
    bool beginEditDrag(QPointF pos);
    void finishEditDrag();
    void paintGestures(QPainter &p);
    void rebuildTrackScene();
    void updateAlertTimer();

    MapViewport m_viewport;
    Site m_site; // kept to rebuild the overlay when the basemap's datum changes
    SiteOverlay m_overlay;
    TileLayer *m_tiles = nullptr;
    QString m_attribution;
    QSet<MapLayer> m_hidden;
    int m_highlight = -1;
    int m_hover = -1;

    // Mouse state.
    enum class Gesture
    {
        None,
        Pan,
        CameraPress,
        Circle,
        Lasso,
        EditDrag
    };
    Gesture m_gesture = Gesture::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    int m_pressedCamera = -1;
    bool m_moved = false;
    QPointF m_circleEnd;
    QPolygonF m_lasso; // screen points of the lasso being drawn
    bool m_lassoTool = false;

    // Edit mode.
    bool m_editMode = false;
    QUndoStack *m_undo = nullptr;
    int m_editCamera = -1;
    EditHandle m_editHandle = EditHandle::None;
    geo::CameraPlacement m_editStart;
    geo::CameraPlacement m_editCurrent;
    QPointF m_grabOffset;

    std::optional<SceneTrack> m_track;

    // Kinetic panning: recent velocity (px/ms), decayed by a timer after release.
    QElapsedTimer m_moveClock;
    QPointF m_velocity;
    QTimer m_kinetic;

    QTimer m_alertTimer;
    QElapsedTimer m_alertClock;

    double m_lastFrameMs = 0;
    int m_lastMarkers = 0;
};

} // namespace vigil
