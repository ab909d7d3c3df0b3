#pragma once
// CameraAlertTracker: which cameras have an open P1 alert (raised as P1 or escalated to it).
// The map pulses those cameras; the pulse stops when the camera's last such alert is resolved.
//
// Thread contract: GUI thread only; the AlertService must live there and outlive the tracker.

#include "alerts/alert.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace vigil {

class AlertService;

class CameraAlertTracker : public QObject
{
    Q_OBJECT
public:
    explicit CameraAlertTracker(AlertService &service, QObject *parent = nullptr);

    bool isActive(const QString &cameraId) const { return m_open.contains(cameraId); }
    QStringList activeCameras() const { return m_open.keys(); }

signals:
    void cameraAlertActiveChanged(const QString &cameraId, bool active);

private:
    void track(const Alert &alert);

    QHash<QString, QSet<qint64>> m_open; // camera → its open P1 alerts
};

} // namespace vigil
