#pragma once
// MapDock: the map panel of the main window — a search box (camera name or id) with a result
// list (activate a result → jump to and highlight the camera), layer toggles, and the MapView.
// It only forwards the view's signals; wall decisions belong to whoever connects them.
//
// Thread contract: GUI thread only.

#include "geo/tilesource.h"
#include "map/mapview.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QCheckBox;

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

public slots:
    void setAlertActive(const QString &cameraId, bool active);
    void setCameraDisplayState(const QString &cameraId, vigil::CameraDisplayState state);
    void showCamera(const QString &cameraId);

signals:
    void cameraActivated(QString cameraId);
    void alertSelected(QString cameraId);
    void showCamerasRequested(QStringList cameraIdsNearestFirst);

private:
    QCheckBox *addLayerToggle(const QString &label, MapLayer layer);

    MapView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
};

} // namespace vigil
