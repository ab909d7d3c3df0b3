#include "mainwindow.h"

#include "app/language.h"
#include "docks/placeholderpanel.h"
#include "map/mapdock.h"
#include "media/streammanager.h"
#include "status/cpustatuslabel.h"
#include "status/messagebanner.h"
#include "status/streamcountlabel.h"
#include "tree/cameratreedock.h"
#include "wall/wallcontroller.h"
#include "wall/wallgrid.h"

#include <QActionGroup>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace vigil {

MainWindow::MainWindow(StreamManager &streams, QWidget *parent) : QMainWindow(parent)
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
    connect(m_wall, &WallController::problem, this,
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
    setWindowTitle(tr("Vigil — %1").arg(site.name));
}

bool MainWindow::setWallLayout(int tileCount)
{
    return m_wall->setLayoutCount(tileCount);
}

void MainWindow::setBasemap(std::shared_ptr<geo::TileSource> source)
{
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

    m_alertDock = new QDockWidget(tr("Alerts"), this);
    m_alertDock->setObjectName(QStringLiteral("alertDock"));
    m_alertDock->setWidget(new PlaceholderPanel(
        tr("Alerts"), tr("The alert queue arrives in a later release"), m_alertDock));
    addDockWidget(Qt::RightDockWidgetArea, m_alertDock);

    resizeDocks({m_cameraTree, m_mapDock}, {300, 480}, Qt::Horizontal);
}

void MainWindow::createMenus()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *layoutMenu = view->addMenu(tr("Wall layout"));
    m_layoutActions = new QActionGroup(this);
    const QList<int> counts{1, 4, 9, 16};
    for (int i = 0; i < counts.size(); ++i) {
        const int count = counts[i];
        QAction *action = layoutMenu->addAction(tr("%n tile(s)", nullptr, count));
        action->setCheckable(true);
        action->setData(count);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setChecked(count == m_wall->layoutCount());
        m_layoutActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, count] { setWallLayout(count); });
    }
    connect(m_wall, &WallController::layoutCountChanged, this, [this](int count) {
        for (QAction *action : m_layoutActions->actions())
            action->setChecked(action->data().toInt() == count);
    });
    view->addSeparator();
    view->addAction(m_cameraTree->toggleViewAction());
    view->addAction(m_mapDock->toggleViewAction());
    view->addAction(m_alertDock->toggleViewAction());
    view->addSeparator();
    QAction *fullScreen = view->addAction(tr("Full screen"));
    fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::triggered, this, &MainWindow::toggleFullScreen);

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
