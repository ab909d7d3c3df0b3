#include "wall/wallwindow.h"

#include "privacy/privacysession.h"
#include "wall/wallcontroller.h"
#include "wall/wallgrid.h"
#include "wall/wallmenu.h"

#include <QMenuBar>
#include <QStatusBar>

namespace vigil {

namespace {
std::function<void(WallWindow *)> &createdHook()
{
    static std::function<void(WallWindow *)> hook;
    return hook;
}
} // namespace

void WallWindow::setCreatedHook(std::function<void(WallWindow *)> hook)
{
    createdHook() = std::move(hook);
}

WallWindow::WallWindow(StreamManager &streams, LayoutLibrary &library, const Site &site, int number,
                       QWidget *parent)
    : QMainWindow(parent, Qt::Window)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("wallWindow%1").arg(number));
    setWindowTitle(tr("Vigil — Wall %1").arg(number));
    resize(1280, 760);

    m_grid = new WallGrid(this);
    setCentralWidget(m_grid);
    m_wall = new WallController(streams, *m_grid, this);
    m_wall->setSite(site);

    QMenu *layoutMenu = menuBar()->addMenu(tr("&Layout"));
    WallMenu::populateLayoutMenu(layoutMenu, *m_wall, false);
    auto *wallMenu = new WallMenu(*m_wall, library, this);
    m_wallMenu = wallMenu;
    menuBar()->addMenu(wallMenu);
    wallMenu->addSeparator();
    PrivacySession::addPublicViewAction(wallMenu, this, streams); // open-day screens
    connect(m_wall, &WallController::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_wall, &WallController::snapshotSaved, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Snapshot saved: %1").arg(path), 8000);
    });
    m_grid->setFocus();
    if (createdHook())
        createdHook()(this);
}

WallWindow::~WallWindow()
{
    m_wall->clearAll();
}

} // namespace vigil
