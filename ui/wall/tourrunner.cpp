#include "wall/tourrunner.h"

#include "wall/wallcontroller.h"

namespace vigil {

TourRunner::TourRunner(WallController &wall, QObject *parent) : QObject(parent), m_wall(wall)
{
    connect(&m_timer, &QTimer::timeout, this, &TourRunner::advance);
}

void TourRunner::start(const SavedTour &tour, int tileIndex)
{
    m_cameras.clear();
    QStringList unknown;
    for (const QString &id : tour.cameraIds) {
        bool known = false;
        for (const Camera &camera : m_wall.site().cameras)
            known = known || camera.id == id;
        (known ? m_cameras : unknown).append(id);
    }
    if (!unknown.isEmpty())
        emit m_wall.problem(tr("Tour \"%1\": cameras not in this site are skipped: %2")
                                .arg(tour.name, unknown.join(QStringLiteral(", "))));
    if (m_cameras.isEmpty()) {
        stop();
        return;
    }
    m_tour = tour;
    m_tileIndex = tileIndex;
    m_step = 0;
    m_running = true;
    showStep();
    m_timer.start(qMax(100, tour.dwellMs));
    emit stateChanged();
}

void TourRunner::stop()
{
    const bool wasRunning = m_running;
    m_timer.stop();
    m_running = false;
    if (wasRunning)
        emit stateChanged();
}

void TourRunner::setPaused(bool paused)
{
    if (!m_running || paused == isPaused())
        return;
    if (paused)
        m_timer.stop();
    else
        m_timer.start(qMax(100, m_tour.dwellMs));
    emit stateChanged();
}

void TourRunner::advance()
{
    ++m_step;
    showStep();
}

void TourRunner::showStep()
{
    const int count = int(m_cameras.size());
    if (m_tileIndex >= 0) {
        m_wall.showCamera(m_tileIndex, m_cameras.at(m_step % count));
    } else {
        const int perPage = qMax(1, m_wall.layoutCount());
        const int pages = (count + perPage - 1) / perPage;
        const int page = m_step % pages;
        m_wall.showCameraList(m_cameras.mid(page * perPage, perPage));
    }
    emit stepShown(m_step);
}

} // namespace vigil
