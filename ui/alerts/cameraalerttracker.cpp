#include "alerts/cameraalerttracker.h"

#include "alerts/alertservice.h"

namespace vigil {

CameraAlertTracker::CameraAlertTracker(AlertService &service, QObject *parent) : QObject(parent)
{
    connect(&service, &AlertService::ready, this, [this](const QList<Alert> &alerts) {
        for (const Alert &alert : alerts)
            track(alert);
    });
    connect(&service, &AlertService::alertRaised, this, &CameraAlertTracker::track);
    connect(&service, &AlertService::alertUpdated, this, &CameraAlertTracker::track);
}

void CameraAlertTracker::track(const Alert &alert)
{
    if (alert.cameraId.isEmpty())
        return;
    const bool pulse = isOpen(alert.state) && alert.priority == Priority::P1;
    auto it = m_open.find(alert.cameraId);
    if (pulse) {
        if (it == m_open.end()) {
            m_open.insert(alert.cameraId, {alert.id});
            emit cameraAlertActiveChanged(alert.cameraId, true);
        } else {
            it->insert(alert.id);
        }
        return;
    }
    if (it == m_open.end() || !it->remove(alert.id) || !it->isEmpty())
        return;
    m_open.erase(it);
    emit cameraAlertActiveChanged(alert.cameraId, false);
}

} // namespace vigil
