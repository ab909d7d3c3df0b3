#pragma once
// WallMenu: the "Wall" menu of one wall window — maximise, frame-rate overlay, snapshot, analytics
// (settings of the selected tile's camera, overlay toggles), saved
// layouts (save/recall/delete), tours (create from the wall, start on the wall or the selected
// tile, pause/resume, stop, delete) and "New wall window". Also builds the layout submenu.
// Owns the wall's TourRunner; the LayoutLibrary is shared between windows.
//
// Thread contract: GUI thread only.

#include <QMenu>

class QActionGroup;

namespace vigil {

class LayoutLibrary;
class StreamManager;
class TourRunner;
class WallController;

class WallMenu : public QMenu
{
    Q_OBJECT
public:
    WallMenu(WallController &wall, LayoutLibrary &library, QWidget *parent = nullptr);

    TourRunner *tours() const { return m_tours; }
    QAction *newWindowAction() const { return m_newWindow; }

    // Fills `menu` with one checkable action per layout (Ctrl+digit shortcuts when
    // `withShortcuts`), kept in step with the wall.
    static void populateLayoutMenu(QMenu *menu, WallController &wall, bool withShortcuts);

    // Opens a detached wall window on the same streams and site (shown, deleted on close).
    static QWidget *openWallWindow(WallController &from, LayoutLibrary &library, QWidget *parent);

    // Puts a saved layout on the wall (stops a running tour).
    void recallLayout(const QString &name);
    // Shows the analytics entries (hidden until analytics is wired to this wall).
    void setAnalyticsAvailable(bool available);

signals:
    // Analytics entries; wired by AnalyticsWallHook::attachMenu (ui/analytics).
    void analyticsRequested(int tileIndex);
    void analyticsDetectionsToggled(bool visible);
    void analyticsZonesToggled(bool visible);

private:
    void rebuildSavedMenus();
    void saveCurrentLayout();
    void createTourFromWall();

    WallController &m_wall;
    LayoutLibrary &m_library;
    TourRunner *m_tours = nullptr;
    QMenu *m_recallMenu = nullptr;
    QMenu *m_deleteLayoutMenu = nullptr;
    QMenu *m_tourWallMenu = nullptr;
    QMenu *m_tourTileMenu = nullptr;
    QMenu *m_deleteTourMenu = nullptr;
    QAction *m_pauseTour = nullptr;
    QAction *m_stopTour = nullptr;
    QAction *m_newWindow = nullptr;
    QList<QAction *> m_analyticsActions;
};

} // namespace vigil
