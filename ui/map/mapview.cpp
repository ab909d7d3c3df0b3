#include "map/mapview.h"

#include "common/cameramime.h"
#include "map/overlaypainter.h"
#include "map/tilelayer.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDrag>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace vigil {

namespace {
constexpr double kHitRadiusPx = 11;
constexpr double kNearbyMeters = 300;
} // namespace

MapView::MapView(QWidget *parent) : QWidget(parent), m_tiles(new TileLayer(this))
{
    setMouseTracking(true);
    setFocusPolicy(Qt::WheelFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    connect(m_tiles, &TileLayer::changed, this, qOverload<>(&QWidget::update));
    m_kinetic.setInterval(16);
    connect(&m_kinetic, &QTimer::timeout, this, &MapView::kineticStep);
    m_alertTimer.setInterval(40);
    connect(&m_alertTimer, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_alertClock.start();
    m_viewport.setCentre({114.31, 30.52});
    m_viewport.setZoom(14);
}

MapView::~MapView() = default;

void MapView::setTileSource(std::shared_ptr<geo::TileSource> source)
{
    const geo::LonLat centreWgs = m_overlay.toWgs84(m_viewport.centre());
    m_attribution = source ? source->attribution() : QString();
    const geo::Datum datum = source ? source->datum() : geo::Datum::Wgs84;
    m_tiles->setSource(std::move(source));
    if (datum != m_overlay.sceneDatum()) {
        // Rebuild the overlay in the new datum, keep live states and keep looking at the same
        // place.
        const SiteOverlay previous = m_overlay;
        m_overlay.setSite(m_site, datum);
        for (int i = 0; i < previous.cameras().size(); ++i) {
            const QString &id = previous.cameras()[i].camera.id;
            m_overlay.setDisplayState(id, previous.displayState(i));
            m_overlay.setAlertActive(id, previous.alertActive(i));
        }
        m_viewport.setCentre(m_overlay.toScene(centreWgs));
    }
    update();
}

void MapView::setSite(const Site &site)
{
    m_site = site;
    m_overlay.setSite(site, m_overlay.sceneDatum());
    m_highlight = m_hover = -1;
    updateAlertTimer();
    update();
}

void MapView::centerOn(geo::LonLat wgs84, double zoom)
{
    m_viewport.setCentre(m_overlay.toScene(wgs84));
    m_viewport.setZoom(zoom);
    update();
}

void MapView::setZoom(double zoom)
{
    m_viewport.zoomAt(zoom, QPointF(width() / 2.0, height() / 2.0));
    update();
}

void MapView::panBy(QPointF screenDelta)
{
    m_viewport.panByScreen(screenDelta);
    update();
}

bool MapView::highlightCamera(const QString &cameraId, double minZoom)
{
    const int i = m_overlay.indexOf(cameraId);
    if (i < 0)
        return false;
    m_highlight = i;
    m_viewport.setCentre(m_overlay.cameras()[i].scenePos);
    m_viewport.setZoom(std::max(m_viewport.zoom(), minZoom));
    update();
    return true;
}

void MapView::setCameraDisplayState(const QString &cameraId, CameraDisplayState state)
{
    m_overlay.setDisplayState(cameraId, state);
    update();
}

void MapView::setAlertActive(const QString &cameraId, bool active)
{
    m_overlay.setAlertActive(cameraId, active);
    updateAlertTimer();
    update();
}

void MapView::updateAlertTimer()
{
    const bool animate = !m_overlay.alerts().isEmpty() && isLayerVisible(MapLayer::Alerts);
    if (animate && !m_alertTimer.isActive())
        m_alertTimer.start();
    else if (!animate)
        m_alertTimer.stop();
}

void MapView::setLayerVisible(MapLayer layer, bool visible)
{
    if (visible)
        m_hidden.remove(layer);
    else
        m_hidden.insert(layer);
    updateAlertTimer();
    update();
}

bool MapView::isLayerVisible(MapLayer layer) const
{
    return !m_hidden.contains(layer);
}

QStringList MapView::camerasWithin(geo::LonLat wgs84, double meters) const
{
    QStringList ids;
    for (const geo::PointDistance &d :
         m_overlay.index().withinRadius(m_overlay.toScene(wgs84), meters))
        ids.append(m_overlay.cameras()[d.key].camera.id);
    return ids;
}

int MapView::cameraIndexAt(QPointF pos) const
{
    if (!isLayerVisible(MapLayer::Cameras))
        return -1;
    const int i =
        m_overlay.index().hitTest(m_viewport.screenToWorld(pos), m_viewport.zoom(), kHitRadiusPx);
    // Below the clustering zoom only single-camera clusters are individually clickable.
    if (i >= 0 && m_viewport.zoom() < kClusterBelowZoom) {
        const QRectF around(m_viewport.screenToWorld(pos) - QPointF(kClusterCellPx, kClusterCellPx),
                            QSizeF(2 * kClusterCellPx, 2 * kClusterCellPx));
        for (const geo::PointCluster &c :
             m_overlay.index().clusters(around, m_viewport.zoom(), kClusterCellPx))
            if (c.count > 1 && QLineF(m_viewport.worldToScreen(c.world), pos).length() < 20)
                return -1;
    }
    return i;
}

QString MapView::cameraAt(QPointF pos) const
{
    const int i = cameraIndexAt(pos);
    return i >= 0 ? m_overlay.cameras()[i].camera.id : QString();
}

void MapView::paintEvent(QPaintEvent *)
{
    QElapsedTimer frame;
    frame.start();
    QPainter p(this);
    p.fillRect(rect(), QColor(0xe8, 0xe6, 0xe1));
    m_tiles->paint(p, m_viewport);
    p.setRenderHint(QPainter::Antialiasing);
    if (isLayerVisible(MapLayer::Communities))
        paintCommunityAreas(p, m_viewport, m_overlay);
    if (isLayerVisible(MapLayer::Checkpoints))
        paintCheckpointRings(p, m_viewport, m_overlay);
    m_lastMarkers = isLayerVisible(MapLayer::Cameras)
                        ? paintCameras(p, m_viewport, m_overlay, m_highlight, m_hover)
                        : 0;
    if (isLayerVisible(MapLayer::Alerts))
        paintAlerts(p, m_viewport, m_overlay, std::fmod(m_alertClock.elapsed() / 1200.0, 1.0));
    if (m_gesture == Gesture::Circle) {
        const double r = QLineF(m_pressPos, m_circleEnd).length();
        p.setPen(QPen(QColor(0x2a, 0x6f, 0xd1), 2, Qt::DashLine));
        p.setBrush(QColor(0x2a, 0x6f, 0xd1, 40));
        p.drawEllipse(m_pressPos, r, r);
        p.drawText(m_pressPos + QPointF(r + 6, 0),
                   tr("%1 m").arg(std::lround(r * m_viewport.metersPerPixel())));
    }
    paintScaleBar(p, m_viewport);
    paintAttribution(p, m_viewport, m_attribution);
    m_lastFrameMs = frame.nsecsElapsed() / 1e6;
}

void MapView::resizeEvent(QResizeEvent *)
{
    m_viewport.setSize(size());
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    m_kinetic.stop();
    m_pressPos = m_lastPos = event->position();
    m_moved = false;
    m_velocity = {};
    m_moveClock.start();
    if (event->button() != Qt::LeftButton) {
        m_gesture = Gesture::None;
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        m_gesture = Gesture::Circle;
        m_circleEnd = m_pressPos;
        return;
    }
    m_pressedCamera = cameraIndexAt(m_pressPos);
    m_gesture = m_pressedCamera >= 0 ? Gesture::CameraPress : Gesture::Pan;
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_gesture == Gesture::None) {
        const int hover = cameraIndexAt(pos);
        if (hover != m_hover) {
            m_hover = hover;
            if (hover >= 0)
                QToolTip::showText(event->globalPosition().toPoint(),
                                   m_overlay.cameras()[hover].camera.name, this);
            else
                QToolTip::hideText();
            update();
        }
        return;
    }
    if (QLineF(pos, m_pressPos).length() >= QApplication::startDragDistance())
        m_moved = true;
    switch (m_gesture) {
    case Gesture::CameraPress:
        if (m_moved) {
            m_gesture = Gesture::None;
            startDrag(m_pressedCamera);
        }
        break;
    case Gesture::Pan: {
        const QPointF delta = pos - m_lastPos;
        m_viewport.panByScreen(delta);
        const double ms = std::max<qint64>(1, m_moveClock.restart());
        m_velocity = m_velocity * 0.4 + (delta / ms) * 0.6;
        update();
        break;
    }
    case Gesture::Circle:
        m_circleEnd = pos;
        update();
        break;
    case Gesture::None:
        break;
    }
    m_lastPos = pos;
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    const Gesture gesture = m_gesture;
    m_gesture = Gesture::None;
    if (gesture == Gesture::Circle) {
        finishCircleSelect(event->position());
        return;
    }
    if (!m_moved && event->button() == Qt::LeftButton) {
        if (gesture == Gesture::CameraPress && m_pressedCamera >= 0) {
            m_highlight = m_pressedCamera;
            const QString id = m_overlay.cameras()[m_pressedCamera].camera.id;
            if (m_overlay.alertActive(m_pressedCamera) && isLayerVisible(MapLayer::Alerts))
                emit alertSelected(id);
            emit cameraActivated(id);
            update();
            return;
        }
        if (m_viewport.zoom() < kClusterBelowZoom) {
            // A click on a cluster zooms in on it.
            const QRectF around(m_viewport.screenToWorld(event->position()) - QPointF(30, 30),
                                QSizeF(60, 60));
            if (!m_overlay.index().keysInWorldRect(around, m_viewport.zoom()).isEmpty()) {
                m_viewport.zoomAt(m_viewport.zoom() + 2, event->position());
                update();
            }
        }
        return;
    }
    // Kinetic pan: keep moving with the release velocity if the drag was recent.
    if (gesture == Gesture::Pan && m_moveClock.elapsed() < 80 &&
        QLineF(QPointF(), m_velocity).length() > 0.15)
        m_kinetic.start();
}

void MapView::kineticStep()
{
    m_viewport.panByScreen(m_velocity * m_kinetic.interval());
    m_velocity *= 0.9;
    if (QLineF(QPointF(), m_velocity).length() < 0.02)
        m_kinetic.stop();
    update();
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    m_viewport.zoomAt(std::floor(m_viewport.zoom()) + 1, event->position());
    update();
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    m_kinetic.stop();
    m_viewport.zoomAt(m_viewport.zoom() + steps * 0.5, event->position());
    update();
    event->accept();
}

void MapView::finishCircleSelect(QPointF releasePos)
{
    const double radiusM = QLineF(m_pressPos, releasePos).length() * m_viewport.metersPerPixel();
    update();
    if (radiusM < 1)
        return;
    const geo::LonLat centre = m_overlay.toWgs84(m_viewport.screenToLonLat(m_pressPos));
    const QStringList ids = camerasWithin(centre, radiusM);
    if (!ids.isEmpty())
        emit showCamerasRequested(ids);
}

void MapView::contextMenuEvent(QContextMenuEvent *event)
{
    const geo::LonLat wgs = m_overlay.toWgs84(m_viewport.screenToLonLat(event->pos()));
    QMenu menu(this);
    QAction *nearby = menu.addAction(tr("Cameras within %1 m").arg(kNearbyMeters));
    QAction *copy = menu.addAction(tr("Copy coordinates"));
    const QAction *chosen = menu.exec(event->globalPos());
    if (chosen == nearby) {
        const QStringList ids = camerasWithin(wgs, kNearbyMeters);
        if (!ids.isEmpty())
            emit showCamerasRequested(ids);
    } else if (chosen == copy) {
        // WGS-84 "lat, lon" as operators read them out over the radio.
        const QString text =
            QStringLiteral("%1, %2").arg(wgs.lat, 0, 'f', 6).arg(wgs.lon, 0, 'f', 6);
        QGuiApplication::clipboard()->setText(text);
        emit coordinatesCopied(text);
    }
}

void MapView::leaveEvent(QEvent *)
{
    if (m_hover >= 0) {
        m_hover = -1;
        update();
    }
}

void MapView::startDrag(int cameraIndex)
{
    auto *drag = new QDrag(this);
    drag->setMimeData(encodeCameraIds({m_overlay.cameras()[cameraIndex].camera.id}));
    drag->exec(Qt::CopyAction);
}

} // namespace vigil
