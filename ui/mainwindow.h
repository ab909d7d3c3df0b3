#pragma once
// MainWindow: wires the shell together — the video wall in the centre, the camera tree on the
// left, map and alert docks on the right, menus and the status bar. It does no work of its own:
// loading, streaming and wall decisions live in the objects it connects.
//
// Thread contract: GUI thread only. The StreamManager passed in must outlive the window.

#include "geo/tilesource.h"
#include "model/site.h"

#include <memory>

#include <QMainWindow>

class QActionGroup;
class QLabel;

namespace vigil {

class CameraTreeDock;
class MapDock;
class MessageBanner;
class StreamManager;
class WallController;
class WallGrid;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(StreamManager &streams, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showLoading(const QString &message);
    void showError(const QString &message);
    void showSite(const Site &site);

    bool setWallLayout(int tileCount);
    void setBasemap(std::shared_ptr<geo::TileSource> source);

    WallController *wall() const { return m_wall; }
    WallGrid *wallGrid() const { return m_grid; }
    CameraTreeDock *cameraTree() const { return m_cameraTree; }
    MapDock *map() const { return m_map; }
    MessageBanner *banner() const { return m_banner; }

private:
    void createDocks();
    void createMenus();
    void createStatusBar(StreamManager &streams);
    void toggleFullScreen();
    void showAbout();

    WallGrid *m_grid = nullptr;
    WallController *m_wall = nullptr;
    MessageBanner *m_banner = nullptr;
    CameraTreeDock *m_cameraTree = nullptr;
    QDockWidget *m_mapDock = nullptr;
    MapDock *m_map = nullptr;
    QDockWidget *m_alertDock = nullptr;
    QActionGroup *m_layoutActions = nullptr;
};

} // namespace vigil
