#pragma once
// WallWindow: a detached wall (e.g. on a second monitor) with its own layout, selection and
// tours, fed by the same StreamManager as the main window — a camera shown in both windows is
// received and decoded once (StreamManager shares the ingest).
//
// Thread contract: GUI thread only. The StreamManager must outlive the window (it is parented
// to the main window, which is destroyed before the manager).

#include "model/site.h"

#include <QMainWindow>

#include <functional>

namespace vigil {

class LayoutLibrary;
class StreamManager;
class WallController;
class WallGrid;
class WallMenu;

class WallWindow : public QMainWindow
{
    Q_OBJECT
public:
    WallWindow(StreamManager &streams, LayoutLibrary &library, const Site &site, int number,
               QWidget *parent = nullptr);
    ~WallWindow() override;

    WallController *wall() const { return m_wall; }
    WallGrid *wallGrid() const { return m_grid; }
    WallMenu *wallMenu() const { return m_wallMenu; }

    // Runs at the end of every WallWindow's construction, so features living outside ui/wall
    // (the analytics overlay) reach detached walls too. One hook; an empty function clears it.
    static void setCreatedHook(std::function<void(WallWindow *)> hook);

private:
    WallGrid *m_grid = nullptr;
    WallController *m_wall = nullptr;
    WallMenu *m_wallMenu = nullptr;
};

} // namespace vigil
