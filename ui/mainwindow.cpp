#include "mainwindow.h"

#include "alerts/alertalarm.h"
#include "alerts/alertdetailpanel.h"
#include "alerts/alerthistorydock.h"
#include "alerts/alertliveview.h"
#include "alerts/alertqueuedock.h"
#include "alerts/alertservice.h"
#include "alerts/cameraalerttracker.h"
#include "alerts/slabreachbanner.h"
#include "analytics/analyticseditordialog.h"
#include "analytics/analyticswallhook.h"
#include "app/alertsession.h"
#include "app/analyticssession.h"
#include "app/language.h"
#include "app/recordingsession.h"
#include "docks/placeholderpanel.h"
#include "map/mapdock.h"
#include "map/mapview.h"
#include "media/streammanager.h"
#include "plates/passagesdock.h"
#include "plates/passageservice.h"
#include "playback/playbackdock.h"
#include "playback/smartsearchdock.h"
#include "status/cpustatuslabel.h"
#include "status/messagebanner.h"
#include "status/streamcountlabel.h"
#include "tree/cameratreedock.h"
#include "wall/layoutlibrary.h"
#include "wall/videotile.h"
#include "wall/wallcontroller.h"
#include "wall/wallgrid.h"
#include "wall/wallmenu.h"
#include "wall/wallwindow.h"

#include <QActionGroup>
#include <QDateTime>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace vigil {

MainWindow::MainWindow(StreamManager &streams, AlertSession *alerts, QWidget *parent)
    : QMainWindow(parent), m_alerts(alerts)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Vigil — Video Monitoring Workstation"));
    resize(1600, 900);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new MessageBanner(central);
    layout->addWidget(m_banner);
    if (m_alerts) {
        m_slaBanner = new SlaBreachBanner(central);
        layout->addWidget(m_slaBanner);
    }
    m_grid = new WallGrid(central);
    layout->addWidget(m_grid, 1);
    setCentralWidget(central);

    m_wall = new WallController(streams, *m_grid, this);

    createDocks();
    createMenus();
    createStatusBar(streams);

    connect(m_cameraTree, &CameraTreeDock::cameraActivated, m_wall,
            &WallController::showCameraInSelectedTile);
    connect(m_wall, &WallController::cameraDisplayStateChanged, m_cameraTree,
            &CameraTreeDock::setCameraDisplayState);
    connect(m_wall, &WallController::cameraDisplayStateChanged, m_map,
            &MapDock::setCameraDisplayState);
    connect(m_map, &MapDock::cameraActivated, m_wall, &WallController::showCameraInSelectedTile);
    connect(m_map, &MapDock::showCamerasRequested, m_wall, &WallController::showCameraList);
    connect(m_map, &MapDock::placementSaveFailed, this,
            [this](const QString &cameraId, const QString &error) {
                m_banner->showMessage(MessageBanner::Kind::Error,
                                      tr("Camera %1 was not saved: %2").arg(cameraId, error));
            });
    connect(m_wall, &WallController::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_wall, &WallController::snapshotSaved, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Snapshot saved: %1").arg(path), 8000);
    });
    connect(m_layouts, &LayoutLibrary::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    if (m_alerts)
        wireAlerts(streams);
}

// The alert pipeline's docks and everything an alert reaches: the wall tile and the map (P1
// flash/pulse), the live view of the detail panel, the supervisor banner and the status bar.
void MainWindow::wireAlerts(StreamManager &streams)
{
    AlertService &service = m_alerts->service();
    m_alertQueue->setAlarm(&m_alerts->alarm());
    m_alertLive = new AlertLiveView(streams);
    m_alertQueue->detailPanel()->addMediaView(m_alertLive, tr("Live"));
    m_alertMiniMap = new MapView; // read-only: its signals stay unconnected
    m_alertMiniMap->setObjectName(QStringLiteral("alertMiniMap"));
    m_alertQueue->detailPanel()->addMediaView(m_alertMiniMap, tr("Map"));
    connect(m_alerts, &AlertSession::operatorChanged, m_alertQueue, &AlertQueueDock::setOperator);
    connect(m_alerts, &AlertSession::operatorChanged, m_alertHistory,
            &AlertHistoryDock::setOperator);

    connect(m_alertQueue, &AlertQueueDock::flashCameraRequested, m_wall,
            &WallController::flashCamera);
    m_cameraAlerts = new CameraAlertTracker(service, this);
    connect(m_cameraAlerts, &CameraAlertTracker::cameraAlertActiveChanged, m_map,
            &MapDock::setAlertActive);
    connect(m_cameraAlerts, &CameraAlertTracker::cameraAlertActiveChanged, m_alertMiniMap,
            &MapView::setAlertActive);
    connect(m_alertQueue, &AlertQueueDock::alertSelected, this,
            [this](qint64, const QString &cameraId) {
                if (cameraId.isEmpty())
                    return;
                m_map->showCamera(cameraId);
                m_alertLive->showCamera(cameraId);
                m_alertMiniMap->highlightCamera(cameraId);
            });
    connect(m_map, &MapDock::alertSelected, this, [this](const QString &cameraId) {
        m_alertQueue->show();
        m_alertQueue->raise();
        m_alertQueue->selectNewestAlertOfCamera(cameraId);
    });

    connect(&service, &AlertService::slaBreached, this,
            [this](const Alert &alert, const QString &stageKey) {
                m_slaBanner->addBreach(alert, stageKey);
                m_alerts->playChime();
            });
    connect(m_slaBanner, &SlaBreachBanner::showAlertRequested, this, [this](qint64 alertId) {
        m_alertQueue->show();
        m_alertQueue->raise();
        m_alertQueue->selectAlert(alertId);
    });
    connect(m_alerts, &AlertSession::apiStatusChanged, m_apiStatus, &QLabel::setText);
    connect(m_alerts, &AlertSession::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_alerts, &AlertSession::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
}

MainWindow::~MainWindow()
{
    m_wall->clearAll();
}

void MainWindow::showLoading(const QString &message)
{
    m_banner->showMessage(MessageBanner::Kind::Info, message);
}

void MainWindow::showError(const QString &message)
{
    m_banner->showMessage(MessageBanner::Kind::Error, message);
}

void MainWindow::showSite(const Site &site)
{
    m_banner->clear();
    m_wall->setSite(site);
    m_cameraTree->setSite(site);
    m_map->setSite(site);
    if (m_alertLive) {
        m_alertLive->setSite(site);
        m_alertMiniMap->setSite(site);
    }
    setWindowTitle(tr("Vigil — %1").arg(site.name));
}

void MainWindow::setStorePath(const QString &databasePath)
{
    m_layouts->setDatabasePath(databasePath);
    m_map->setSiteDatabase(databasePath); // camera placement edits are saved there
}

bool MainWindow::setWallLayout(int tileCount)
{
    return m_wall->setLayoutCount(tileCount);
}

void MainWindow::setBasemap(std::shared_ptr<geo::TileSource> source)
{
    if (m_alertMiniMap)
        m_alertMiniMap->setTileSource(source);
    m_map->setTileSource(std::move(source));
}

void MainWindow::createDocks()
{
    m_cameraTree = new CameraTreeDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_cameraTree);

    m_mapDock = new QDockWidget(tr("Map"), this);
    m_mapDock->setObjectName(QStringLiteral("mapDock"));
    m_map = new MapDock(m_mapDock);
    m_mapDock->setWidget(m_map);
    addDockWidget(Qt::RightDockWidgetArea, m_mapDock);

    if (m_alerts) {
        m_alertQueue = new AlertQueueDock(m_alerts->service(), m_alerts->operatorLogin(), this);
        m_alertDock = m_alertQueue;
        m_alertHistory = new AlertHistoryDock(m_alerts->service(), m_alerts->operatorLogin(), this);
    } else {
        m_alertDock = new QDockWidget(tr("Alerts"), this);
        m_alertDock->setObjectName(QStringLiteral("alertDock"));
        m_alertDock->setWidget(new PlaceholderPanel(
            tr("Alerts"), tr("The alert queue arrives in a later release"), m_alertDock));
    }
    addDockWidget(Qt::RightDockWidgetArea, m_alertDock);
    if (m_alertHistory) {
        addDockWidget(Qt::RightDockWidgetArea, m_alertHistory);
        tabifyDockWidget(m_alertDock, m_alertHistory);
        m_alertDock->raise();
        // The queue needs rows more than the map needs height; docks take sizes once laid out.
        QTimer::singleShot(0, this, [this] {
            resizeDocks({m_mapDock, m_alertDock}, {180, 720}, Qt::Vertical);
        });
    }

    resizeDocks({m_cameraTree, m_mapDock}, {300, 480}, Qt::Horizontal);
}

void MainWindow::setAnalytics(AnalyticsSession *analytics)
{
    m_analyticsHook =
        new AnalyticsWallHook(*m_wall, analytics->overlay(), analytics->configs(), this);
    m_analyticsHook->setPlugins(analytics->manifests());
    m_analyticsHook->attachMenu(*m_wallMenu);
    connect(analytics, &AnalyticsSession::manifestsReady, m_analyticsHook,
            &AnalyticsWallHook::setPlugins);
    // Detached wall windows get the same overlay, tile menu entry and toggles.
    WallWindow::setCreatedHook([session = QPointer<AnalyticsSession>(analytics)](WallWindow *w) {
        if (!session)
            return;
        auto *hook = new AnalyticsWallHook(*w->wall(), session->overlay(), session->configs(), w);
        hook->setPlugins(session->manifests());
        hook->attachMenu(*w->wallMenu());
        QObject::connect(session, &AnalyticsSession::manifestsReady, hook,
                         &AnalyticsWallHook::setPlugins);
    });
    connect(analytics, &AnalyticsSession::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(analytics, &AnalyticsSession::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
}

void MainWindow::setPassages(PassageService *passages)
{
    m_passages = new PassagesDock(*passages, this);
    m_passages->setSite(m_wall->site());
    addDockWidget(Qt::BottomDockWidgetArea, m_passages);
    m_passages->hide();
    m_viewMenu->addAction(m_passages->toggleViewAction());
    connect(m_passages, &PassagesDock::trackReady, this, [this](const geo::VehicleTrack &track) {
        m_mapDock->show();
        m_mapDock->raise();
        m_map->showTrack(track);
    });
    connect(passages, &PassageService::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    if (m_alertQueue)
        connect(m_alertQueue->detailPanel(), &AlertDetailPanel::showTrackRequested, this,
                [this](const QString &plate, const QDateTime &at) {
                    m_passages->show();
                    m_passages->raise();
                    m_passages->showTrackUntil(plate, at);
                });
}

void MainWindow::setRecording(RecordingSession *recording)
{
    m_playback = new PlaybackDock(this);
    m_playback->setStore(recording->databasePath(), recording->settings().alertPreSeconds);
    m_playback->setCameras(m_wall->site().cameras);
    addDockWidget(Qt::BottomDockWidgetArea, m_playback);
    m_playback->hide();
    auto *status = new QLabel(recording->statusText(), statusBar());
    status->setObjectName(QStringLiteral("recordingStatus"));
    statusBar()->addPermanentWidget(status);
    connect(recording, &RecordingSession::statusChanged, status,
            [status](const QString &text, bool problem) {
                status->setText(text);
                status->setStyleSheet(problem ? QStringLiteral("color: #fbbf24") : QString());
            });
    connect(recording, &RecordingSession::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(recording, &RecordingSession::started, this, [this, recording] {
        m_playback->setStore(recording->databasePath(), recording->settings().alertPreSeconds);
        m_playback->setExportContext(recording->dataDir(), recording->settings().privacyMasks());
    });
    if (m_alerts) {
        m_playback->setOperator(m_alerts->operatorLogin());
        connect(m_alerts, &AlertSession::operatorChanged, m_playback, &PlaybackDock::setOperator);
    }
    if (m_alertQueue)
        connect(m_alertQueue->detailPanel(), &AlertDetailPanel::playClipRequested, m_playback,
                &PlaybackDock::openAlertClip);
    QAction *playback = m_viewMenu->addAction(tr("Playback of the selected camera"));
    playback->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(playback, &QAction::triggered, this, [this] {
        const QString camera = m_wall->cameraIdAt(m_wall->selectedTile());
        m_playback->openAt(camera.isEmpty() ? QStringList{} : QStringList{camera},
                           QDateTime::currentMSecsSinceEpoch() - 60 * 1000);
    });
    m_viewMenu->addAction(m_playback->toggleViewAction());
    auto *search = new SmartSearchDock(this);
    search->setCameras(m_wall->site().cameras);
    search->setStore(recording->databasePath());
    addDockWidget(Qt::RightDockWidgetArea, search);
    search->hide();
    m_viewMenu->addAction(search->toggleViewAction());
    connect(recording, &RecordingSession::started, search,
            [search, recording] { search->setStore(recording->databasePath()); });
    connect(m_playback, &PlaybackDock::searchRequested, search, &SmartSearchDock::openFor);
    connect(search, &SmartSearchDock::playRequested, m_playback,
            [this](const QString &camera, qint64 timeMs) { m_playback->openAt({camera}, timeMs); });
    connect(m_cameraTree, &CameraTreeDock::playbackRequested, this, [this](const QString &camera) {
        m_playback->openAt({camera}, QDateTime::currentMSecsSinceEpoch() - 60 * 1000);
    });
    for (VideoTile *tile : m_wall->grid().tiles()) {
        tile->setPlaybackAvailable(true);
        connect(tile, &VideoTile::playbackRequested, this, [this](const QString &camera) {
            m_playback->openAt({camera}, QDateTime::currentMSecsSinceEpoch() - 60 * 1000);
        });
    }
}

void MainWindow::createMenus()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    QMenu *layoutMenu = view->addMenu(tr("Wall layout"));
    WallMenu::populateLayoutMenu(layoutMenu, *m_wall, true);
    view->addSeparator();
    view->addAction(m_cameraTree->toggleViewAction());
    view->addAction(m_mapDock->toggleViewAction());
    view->addAction(m_alertDock->toggleViewAction());
    if (m_alertHistory)
        view->addAction(m_alertHistory->toggleViewAction());
    view->addSeparator();
    QAction *fullScreen = view->addAction(tr("Full screen"));
    fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::triggered, this, &MainWindow::toggleFullScreen);

    m_layouts = new LayoutLibrary(this);
    m_wallMenu = new WallMenu(*m_wall, *m_layouts, this);
    menuBar()->addMenu(m_wallMenu);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QMenu *languageMenu = settings->addMenu(tr("Language"));
    auto *languages = new QActionGroup(this);
    const QString current = storedLanguagePreference();
    for (const LanguageChoice &choice : availableLanguages()) {
        QAction *action = languageMenu->addAction(choice.nativeName);
        action->setCheckable(true);
        action->setChecked(choice.code == current);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = choice.code] {
            storeLanguagePreference(code);
            statusBar()->showMessage(tr("The language changes the next time Vigil starts."), 10000);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("About Vigil"), this, &MainWindow::showAbout);
}

void MainWindow::createStatusBar(StreamManager &streams)
{
    auto *streamCount = new StreamCountLabel(statusBar());
    connect(&streams, &StreamManager::ingestCountsChanged, streamCount,
            &StreamCountLabel::setCounts);
    statusBar()->addPermanentWidget(streamCount);
    if (m_alerts) {
        m_apiStatus = new QLabel(m_alerts->apiStatusText(), statusBar());
        m_apiStatus->setObjectName(QStringLiteral("apiStatusLabel"));
        statusBar()->addPermanentWidget(m_apiStatus);
    }
    statusBar()->addPermanentWidget(new CpuStatusLabel(statusBar()));
}

void MainWindow::toggleFullScreen()
{
    setWindowState(windowState() ^ Qt::WindowFullScreen);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Vigil"),
                       tr("Vigil %1\nVideo-monitoring control-room workstation.")
                           .arg(QStringLiteral(VIGIL_VERSION)));
}

} // namespace vigil
