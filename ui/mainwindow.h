#pragma once
// MainWindow: wires the shell together — the video wall in the centre, the camera tree on the
// left, map and alert docks on the right, menus and the status bar. It does no work of its own:
// loading, streaming and wall decisions live in the objects it connects.
//
// Thread contract: GUI thread only. The StreamManager (and the AlertSession, when given) passed
// in must outlive the window.

#include "geo/tilesource.h"
#include "model/site.h"

#include <memory>

#include <QMainWindow>

class QActionGroup;
class QLabel;

namespace vigil {

class AlertHistoryDock;
class AlertLiveView;
class AlertQueueDock;
class AlertSession;
class CameraAlertTracker;
class CameraTreeDock;
class LayoutLibrary;
class MapDock;
class MapView;
class MessageBanner;
class PassageService;
class PassagesDock;
class PlaybackDock;
class RecordingSession;
class AnalyticsSession;
class AnalyticsWallHook;
class SlaBreachBanner;
class StreamManager;
class WallController;
class WallGrid;
class WallMenu;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Without an AlertSession the alert dock shows a placeholder (shell-only tests).
    explicit MainWindow(StreamManager &streams, AlertSession *alerts = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    void showLoading(const QString &message);
    void showError(const QString &message);
    void showSite(const Site &site);

    bool setWallLayout(int tileCount);
    // The site's SQLite file: saved wall layouts and tours live there.
    void setStorePath(const QString &databasePath);
    void setBasemap(std::shared_ptr<geo::TileSource> source);
    // Recording status in the status bar, the playback dock, "Play clip" of the alert detail and
    // the "Playback" action (selected tile's camera at now − 1 min). The session must outlive
    // the window.
    void setRecording(RecordingSession *recording);
    // Analytics editor on the wall's tile and window menus, overlay on every tile.
    void setAnalytics(AnalyticsSession *analytics);
    AnalyticsWallHook *analyticsHook() const { return m_analyticsHook; }
    // Passages dock (search, hotlist, track view → map), "Show track" of hotlist alerts. The
    // service must be started and outlive the window.
    void setPassages(PassageService *passages);
    PassagesDock *passagesDock() const { return m_passages; }
    PlaybackDock *playbackDock() const { return m_playback; }

    WallController *wall() const { return m_wall; }
    WallGrid *wallGrid() const { return m_grid; }
    WallMenu *wallMenu() const { return m_wallMenu; }
    LayoutLibrary *layoutLibrary() const { return m_layouts; }
    CameraTreeDock *cameraTree() const { return m_cameraTree; }
    MapDock *map() const { return m_map; }
    MessageBanner *banner() const { return m_banner; }
    AlertQueueDock *alertQueue() const { return m_alertQueue; }
    AlertHistoryDock *alertHistory() const { return m_alertHistory; }
    AlertLiveView *alertLiveView() const { return m_alertLive; }
    MapView *alertMiniMap() const { return m_alertMiniMap; }
    SlaBreachBanner *slaBreachBanner() const { return m_slaBanner; }
    QLabel *apiStatusLabel() const { return m_apiStatus; }

private:
    void createDocks();
    void createMenus();
    void createStatusBar(StreamManager &streams);
    void wireAlerts(StreamManager &streams);
    void toggleFullScreen();
    void showAbout();

    WallGrid *m_grid = nullptr;
    WallController *m_wall = nullptr;
    MessageBanner *m_banner = nullptr;
    CameraTreeDock *m_cameraTree = nullptr;
    QDockWidget *m_mapDock = nullptr;
    MapDock *m_map = nullptr;
    QDockWidget *m_alertDock = nullptr;
    LayoutLibrary *m_layouts = nullptr;
    WallMenu *m_wallMenu = nullptr;
    AlertSession *m_alerts = nullptr;
    AlertQueueDock *m_alertQueue = nullptr;
    AlertHistoryDock *m_alertHistory = nullptr;
    AlertLiveView *m_alertLive = nullptr;
    MapView *m_alertMiniMap = nullptr;
    CameraAlertTracker *m_cameraAlerts = nullptr;
    SlaBreachBanner *m_slaBanner = nullptr;
    QLabel *m_apiStatus = nullptr;
    QMenu *m_viewMenu = nullptr;
    PlaybackDock *m_playback = nullptr;
    AnalyticsWallHook *m_analyticsHook = nullptr;
    PassagesDock *m_passages = nullptr;
};

} // namespace vigil
