#pragma once
// AnalyticsOverlay: what the wall draws over a camera's picture for analytics — the boxes of the
// objects the camera's agents last reported (class and track id), and, when switched on, the
// zones and lines configured for that camera. Boxes disappear when no update came for
// objectLifetimeMs() (1 s by default), so a stopped or crashed agent leaves no stale boxes.
//
// One overlay serves every tile of every wall: tiles call paint() from their paintEvent and
// repaint on changed(cameraId).
//
// Thread contract: GUI thread only. setObjects/setConfigs are slots meant for queued signals
// from the analytics supervisor and AnalyticsConfigLibrary.

#include "analytics/analyticsshapes.h"
#include "analytics/cameraanalyticsconfig.h"

#include <vigil/analyticsresult.h>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

class QPainter;

namespace vigil {

class AnalyticsOverlay : public QObject
{
    Q_OBJECT
public:
    explicit AnalyticsOverlay(QObject *parent = nullptr);

    bool objectsVisible() const { return m_objectsVisible; }
    bool zonesVisible() const { return m_zonesVisible; }
    int objectLifetimeMs() const { return m_lifetimeMs; }
    void setObjectLifetimeMs(int ms) { m_lifetimeMs = ms; }

    // Objects reported for the camera and not yet expired.
    QList<ObjectMetadata> liveObjects(const QString &cameraId) const;
    // Zones and lines of the camera's enabled plugins.
    QList<AnalyticsShape> zones(const QString &cameraId) const { return m_zones.value(cameraId); }

    // Draws over `picture` (the on-screen rectangle of the camera picture), of which only the
    // `window` part of the frame is shown (digital zoom, fractions). Clipped to `picture`.
    void paint(QPainter &painter, const QString &cameraId, const QRectF &picture,
               const QRectF &window = QRectF(0, 0, 1, 1)) const;

public slots:
    void setObjects(const QString &cameraId, qint64 timestampUs,
                    const QList<vigil::ObjectMetadata> &objects);
    void setConfigs(const QString &cameraId, const vigil::CameraAnalyticsConfigList &configs);
    void setObjectsVisible(bool visible);
    void setZonesVisible(bool visible);

signals:
    // Tiles showing this camera should repaint; empty = every camera.
    void changed(const QString &cameraId);

private:
    struct CameraObjects
    {
        QList<ObjectMetadata> objects;
        qint64 timestampUs = 0;
        qint64 receivedMs = 0; // on m_clock
    };
    void expire();
    void scheduleExpiry();

    QHash<QString, CameraObjects> m_objects;
    QHash<QString, QList<AnalyticsShape>> m_zones;
    QElapsedTimer m_clock;
    QTimer m_expiry;
    int m_lifetimeMs = 1000;
    bool m_objectsVisible = true;
    bool m_zonesVisible = false;
};

} // namespace vigil
