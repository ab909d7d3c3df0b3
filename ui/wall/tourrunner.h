#pragma once
// TourRunner: plays a saved tour on one wall — either on one tile (it shows the tour's cameras
// one after another) or on the whole wall (it shows them a page of "tile count" cameras at a
// time) — advancing every dwell time; pause/resume/stop. Unknown cameras are skipped.
//
// Thread contract: GUI thread only.

#include "store/wallayoutstore.h"

#include <QObject>
#include <QTimer>

namespace vigil {

class WallController;

class TourRunner : public QObject
{
    Q_OBJECT
public:
    explicit TourRunner(WallController &wall, QObject *parent = nullptr);

    // `tileIndex` -1 = the whole wall. Shows the first step at once.
    void start(const SavedTour &tour, int tileIndex);
    void stop();
    void setPaused(bool paused);

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_running && !m_timer.isActive(); }
    const SavedTour &tour() const { return m_tour; }
    int tileIndex() const { return m_tileIndex; }
    int step() const { return m_step; }

signals:
    void stateChanged();
    void stepShown(int step);

private:
    void showStep();
    void advance();

    WallController &m_wall;
    QTimer m_timer;
    SavedTour m_tour;
    QStringList m_cameras; // the tour's cameras that this site knows
    int m_tileIndex = -1;
    int m_step = 0;
    bool m_running = false;
};

} // namespace vigil
