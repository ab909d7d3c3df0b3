#pragma once
// MapDock: the map panel of the main window — a search box (camera name or id) with a result
// list (activate a result → jump to and highlight the camera), layer toggles, the lasso tool,
// edit mode with undo/redo (Ctrl+Z / Ctrl+Shift+Z), a vehicle-track layer with a clear button,
// and the MapView. It forwards the view's signals; wall decisions belong to whoever connects
// them. With setSiteDatabase() camera edits are saved to the store off the GUI thread.
//
// Thread contract: GUI thread only.

#include "geo/tilesource.h"
#include "geo/vehicletrack.h"
#include "map/mapview.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QCheckBox;
class QLabel;
class QToolButton;

namespace vigil::geo {
class CameraPlacementWriter;
}

namespace vigil {

class MapDock : public QWidget
{
    Q_OBJECT
public:
    explicit MapDock(QWidget *parent = nullptr);

    MapView *view() const { return m_view; }
    void setSite(const Site &site);
    void setTileSource(std::shared_ptr<geo::TileSource> source);
    // Runs the search box query (also used by tests); returns the ids listed.
    QStringList search(const QString &text);
    // Saves edit-mode changes into the site database at `databasePath` (empty: not saved).
    void setSiteDatabase(const QString &databasePath);
    geo::CameraPlacementWriter *placementWriter() const { return m_writer; }
    // Draws a vehicle track (replacing the previous one) and fits the view to it.
    void showTrack(const geo::VehicleTrack &track);
    void clearTrack();
    QToolButton *editButton() const { return m_editButton; }
    QToolButton *lassoButton() const { return m_lassoButton; }
    QToolButton *clearTrackButton() const { return m_clearTrackButton; }

public slots:
    void setAlertActive(const QString &cameraId, bool active);
    void setCameraDisplayState(const QString &cameraId, vigil::CameraDisplayState state);
    void showCamera(const QString &cameraId);

signals:
    void cameraActivated(QString cameraId);
    void alertSelected(QString cameraId);
    void showCamerasRequested(QStringList cameraIdsNearestFirst);
    void cameraPlacementEdited(QString cameraId, vigil::geo::CameraPlacement wgs84);
    void placementSaved(QString cameraId);
    void placementSaveFailed(QString cameraId, QString error);

private:
    QCheckBox *addLayerToggle(const QString &label, MapLayer layer);
    QToolButton *addToolButton(const QString &objectName, const QString &text,
                               const QString &toolTip);

    MapView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QToolButton *m_editButton = nullptr;
    QToolButton *m_lassoButton = nullptr;
    QToolButton *m_clearTrackButton = nullptr;
    QLabel *m_status = nullptr;
    geo::CameraPlacementWriter *m_writer = nullptr;
};

} // namespace vigil
