#include "wall/wallmenu.h"

#include "wall/layoutlibrary.h"
#include "wall/tourrunner.h"
#include "wall/wallcontroller.h"
#include "wall/wallgrid.h"
#include "wall/wallwindow.h"

#include <QActionGroup>
#include <QInputDialog>

namespace vigil {

WallMenu::WallMenu(WallController &wall, LayoutLibrary &library, QWidget *parent)
    : QMenu(tr("&Wall"), parent), m_wall(wall), m_library(library),
      m_tours(new TourRunner(wall, this))
{
    setObjectName(QStringLiteral("wallMenu"));

    QAction *maximize = addAction(tr("Maximise selected tile"));
    maximize->setToolTip(tr("Enter maximises, Esc restores, double-click toggles"));
    connect(maximize, &QAction::triggered, this,
            [this] { m_wall.toggleMaximized(m_wall.selectedTile()); });
    QAction *clear = addAction(tr("Clear selected tile"));
    connect(clear, &QAction::triggered, this, [this] { m_wall.clearTile(m_wall.selectedTile()); });
    QAction *fps = addAction(tr("Show frame rate"));
    fps->setCheckable(true);
    fps->setChecked(wall.showFps());
    connect(fps, &QAction::toggled, this, [this](bool on) { m_wall.setShowFps(on); });
    QAction *snapshot = addAction(tr("Save snapshot of selected tile"));
    snapshot->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(snapshot, &QAction::triggered, this,
            [this] { m_wall.saveSnapshot(m_wall.selectedTile()); });

    m_analyticsActions << addSeparator();
    QAction *analytics = addAction(tr("Analytics of selected tile…"));
    connect(analytics, &QAction::triggered, this,
            [this] { emit analyticsRequested(m_wall.selectedTile()); });
    QAction *detections = addAction(tr("Show analytics detections"));
    detections->setCheckable(true);
    detections->setChecked(true);
    connect(detections, &QAction::toggled, this, &WallMenu::analyticsDetectionsToggled);
    QAction *zones = addAction(tr("Show analytics zones"));
    zones->setCheckable(true);
    connect(zones, &QAction::toggled, this, &WallMenu::analyticsZonesToggled);
    m_analyticsActions << analytics << detections << zones;
    setAnalyticsAvailable(false);

    addSeparator();
    QAction *save = addAction(tr("Save layout as…"));
    connect(save, &QAction::triggered, this, &WallMenu::saveCurrentLayout);
    m_recallMenu = addMenu(tr("Saved layouts"));
    m_deleteLayoutMenu = addMenu(tr("Delete saved layout"));

    addSeparator();
    QAction *newTour = addAction(tr("New tour from the wall's cameras…"));
    connect(newTour, &QAction::triggered, this, &WallMenu::createTourFromWall);
    m_tourWallMenu = addMenu(tr("Start tour on the whole wall"));
    m_tourTileMenu = addMenu(tr("Start tour on the selected tile"));
    m_pauseTour = addAction(tr("Pause tour"));
    m_pauseTour->setCheckable(true);
    connect(m_pauseTour, &QAction::toggled, m_tours, &TourRunner::setPaused);
    m_stopTour = addAction(tr("Stop tour"));
    connect(m_stopTour, &QAction::triggered, m_tours, &TourRunner::stop);
    m_deleteTourMenu = addMenu(tr("Delete tour"));
    connect(m_tours, &TourRunner::stateChanged, this, [this] {
        m_pauseTour->setEnabled(m_tours->isRunning());
        m_stopTour->setEnabled(m_tours->isRunning());
        const QSignalBlocker block(m_pauseTour);
        m_pauseTour->setChecked(m_tours->isPaused());
    });
    m_pauseTour->setEnabled(false);
    m_stopTour->setEnabled(false);

    addSeparator();
    m_newWindow = addAction(tr("New wall window"));
    connect(m_newWindow, &QAction::triggered, this, [this] {
        // Owned by the main window (the top of the window chain), so closing another detached
        // wall does not take this one with it.
        QWidget *owner = parentWidget() ? parentWidget()->window() : nullptr;
        while (owner && owner->parentWidget())
            owner = owner->parentWidget()->window();
        openWallWindow(m_wall, m_library, owner);
    });

    connect(&m_library, &LayoutLibrary::changed, this, &WallMenu::rebuildSavedMenus);
    rebuildSavedMenus();
}

void WallMenu::populateLayoutMenu(QMenu *menu, WallController &wall, bool withShortcuts)
{
    auto *group = new QActionGroup(menu);
    const QList<int> &counts = wallLayoutCounts();
    for (int i = 0; i < counts.size(); ++i) {
        const int count = counts[i];
        QAction *action = menu->addAction(tr("%n tile(s)", nullptr, count));
        action->setCheckable(true);
        action->setData(count);
        // Same digits as the wall's own keys: 1…9 the first nine layouts, 0 → 36.
        if (withShortcuts && i < 10)
            action->setShortcut(
                QKeySequence(Qt::CTRL | Qt::Key(i < 9 ? Qt::Key_1 + i : Qt::Key_0)));
        action->setChecked(count == wall.layoutCount());
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, &wall,
                         [&wall, count] { wall.setLayoutCount(count); });
    }
    QObject::connect(&wall, &WallController::layoutCountChanged, group, [group](int count) {
        for (QAction *action : group->actions())
            action->setChecked(action->data().toInt() == count);
    });
}

QWidget *WallMenu::openWallWindow(WallController &from, LayoutLibrary &library, QWidget *parent)
{
    static int windowNumber = 1;
    auto *window = new WallWindow(from.streams(), library, from.site(), ++windowNumber, parent);
    window->show();
    return window;
}

void WallMenu::setAnalyticsAvailable(bool available)
{
    for (QAction *action : std::as_const(m_analyticsActions))
        action->setVisible(available);
}

void WallMenu::rebuildSavedMenus()
{
    for (QMenu *menu :
         {m_recallMenu, m_deleteLayoutMenu, m_tourWallMenu, m_tourTileMenu, m_deleteTourMenu})
        menu->clear();
    for (const SavedWallLayout &layout : m_library.layouts()) {
        m_recallMenu->addAction(tr("%1 (%n tile(s))", nullptr, layout.tileCount).arg(layout.name),
                                this, [this, name = layout.name] { recallLayout(name); });
        m_deleteLayoutMenu->addAction(layout.name, this,
                                      [this, name = layout.name] { m_library.deleteLayout(name); });
    }
    for (const SavedTour &tour : m_library.tours()) {
        const QString label =
            tr("%1 (%n camera(s))", nullptr, int(tour.cameraIds.size())).arg(tour.name);
        m_tourWallMenu->addAction(label, this, [this, tour] { m_tours->start(tour, -1); });
        m_tourTileMenu->addAction(label, this,
                                  [this, tour] { m_tours->start(tour, m_wall.selectedTile()); });
        m_deleteTourMenu->addAction(tour.name, this,
                                    [this, name = tour.name] { m_library.deleteTour(name); });
    }
    for (QMenu *menu :
         {m_recallMenu, m_deleteLayoutMenu, m_tourWallMenu, m_tourTileMenu, m_deleteTourMenu})
        menu->setEnabled(!menu->isEmpty());
}

void WallMenu::saveCurrentLayout()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(parentWidget(), tr("Save layout"), tr("Name of the layout:"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    m_library.saveLayout({name, m_wall.layoutCount(), m_wall.assignedCameras()});
}

void WallMenu::recallLayout(const QString &name)
{
    const std::optional<SavedWallLayout> layout = m_library.layout(name);
    if (!layout)
        return;
    m_tours->stop();
    if (!m_wall.setLayoutCount(layout->tileCount)) {
        emit m_wall.problem(tr("Saved layout \"%1\" has %2 tiles, which this version cannot show.")
                                .arg(layout->name)
                                .arg(layout->tileCount));
        return;
    }
    m_wall.showCameraList(layout->cameraIds);
}

void WallMenu::createTourFromWall()
{
    QStringList cameras;
    for (const QString &id : m_wall.assignedCameras()) {
        if (!id.isEmpty())
            cameras.append(id);
    }
    if (cameras.isEmpty()) {
        emit m_wall.problem(
            tr("Put cameras on the wall first: the tour takes them in tile order."));
        return;
    }
    bool ok = false;
    const QString name =
        QInputDialog::getText(parentWidget(), tr("New tour"), tr("Name of the tour:"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    const int seconds = QInputDialog::getInt(parentWidget(), tr("New tour"),
                                             tr("Seconds per step:"), 10, 1, 3600, 1, &ok);
    if (!ok)
        return;
    m_library.saveTour({name, seconds * 1000, cameras});
}

} // namespace vigil
