#include "map/mapview.h"

#include "common/cameramime.h"
#include "map/overlaypainter.h"
#include "map/tilelayer.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDrag>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QUndoStack>
#include <QWheelEvent>

#include <cmath>

namespace vigil {

namespace {
constexpr double kHitRadiusPx = 11;
constexpr double kNearbyMeters = 300;
} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent), m_tiles(new TileLayer(this)), m_undo(new QUndoStack(this))
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
        rebuildTrackScene();
    }
    update();
}

void MapView::setSite(const Site &site)
{
    m_site = site;
    m_overlay.setSite(site, m_overlay.sceneDatum());
    m_highlight = m_hover = m_editCamera = -1;
    m_undo->clear(); // its commands name cameras of the previous site
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

QStringList MapView::camerasInPolygon(const QList<geo::LonLat> &wgs84Polygon) const
{
    if (wgs84Polygon.size() < 3)
        return {};
    // Centroid of the polygon's area (shoelace) in lon/lat; a degenerate one uses the vertices'
    // mean. Lon/lat is as good as metres for a lasso a few kilometres wide.
    QList<geo::LonLat> scene;
    double area2 = 0, cx = 0, cy = 0, mx = 0, my = 0;
    for (const geo::LonLat &p : wgs84Polygon)
        scene.append(m_overlay.toScene(p));
    for (int i = 0; i < scene.size(); ++i) {
        const geo::LonLat &a = scene[i];
        const geo::LonLat &b = scene[(i + 1) % scene.size()];
        const double cross = a.lon * b.lat - b.lon * a.lat;
        area2 += cross;
        cx += (a.lon + b.lon) * cross;
        cy += (a.lat + b.lat) * cross;
        mx += a.lon / scene.size();
        my += a.lat / scene.size();
    }
    const geo::LonLat centroid = std::abs(area2) > 1e-18
                                     ? geo::LonLat{cx / (3 * area2), cy / (3 * area2)}
                                     : geo::LonLat{mx, my};
    QStringList ids;
    for (int key : m_overlay.index().insidePolygon(scene, centroid))
        ids.append(m_overlay.cameras()[key].camera.id);
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
    if (m_track && isLayerVisible(MapLayer::Tracks))
        paintTrack(p, m_viewport, *m_track);
    if (isLayerVisible(MapLayer::Alerts))
        paintAlerts(p, m_viewport, m_overlay, std::fmod(m_alertClock.elapsed() / 1200.0, 1.0));
    paintGestures(p);
    paintScaleBar(p, m_viewport);
    paintAttribution(p, m_viewport, m_attribution);
    m_lastFrameMs = frame.nsecsElapsed() / 1e6;
}

void MapView::paintGestures(QPainter &p)
{
    if (m_editMode && m_editCamera >= 0) {
        const bool dragging = m_gesture == Gesture::EditDrag;
        const geo::CameraPlacement shown =
            dragging ? m_editCurrent : geo::placementOf(m_overlay.cameras()[m_editCamera].camera);
        paintEditedCamera(p, m_viewport, m_overlay, m_overlay.cameras()[m_editCamera].camera, shown,
                          dragging ? &m_editStart : nullptr);
    }
    const QColor selectColour(0x2a, 0x6f, 0xd1);
    if (m_gesture == Gesture::Circle) {
        const double r = QLineF(m_pressPos, m_circleEnd).length();
        p.setPen(QPen(selectColour, 2, Qt::DashLine));
        p.setBrush(QColor(0x2a, 0x6f, 0xd1, 40));
        p.drawEllipse(m_pressPos, r, r);
        p.drawText(m_pressPos + QPointF(r + 6, 0),
                   tr("%1 m").arg(std::lround(r * m_viewport.metersPerPixel())));
    } else if (m_gesture == Gesture::Lasso && m_lasso.size() > 1) {
        p.setPen(QPen(selectColour, 2, Qt::DashLine));
        p.setBrush(QColor(0x2a, 0x6f, 0xd1, 40));
        p.drawPolygon(m_lasso);
    }
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
    if ((event->modifiers() & Qt::ControlModifier) || m_lassoTool) {
        m_gesture = Gesture::Lasso;
        m_lasso = QPolygonF({m_pressPos});
        return;
    }
    if (m_editMode && beginEditDrag(m_pressPos))
        return;
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
    case Gesture::Lasso:
        if (QLineF(pos, m_lasso.last()).length() >= 3) {
            m_lasso.append(pos);
            update();
        }
        break;
    case Gesture::EditDrag:
        if (m_moved) {
            m_editCurrent = draggedPlacement(m_editHandle, m_editStart, pos, m_grabOffset,
                                             m_viewport, m_overlay);
            update();
        }
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
    if (gesture == Gesture::Lasso) {
        m_lasso.append(event->position());
        finishLassoSelect();
        return;
    }
    if (gesture == Gesture::EditDrag) {
        finishEditDrag();
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

void MapView::finishLassoSelect()
{
    const QPolygonF lasso = std::exchange(m_lasso, {});
    update();
    if (lasso.size() < 3 || lasso.boundingRect().width() + lasso.boundingRect().height() < 6)
        return;
    QList<geo::LonLat> wgs;
    for (const QPointF &p : lasso)
        wgs.append(m_overlay.toWgs84(m_viewport.screenToLonLat(p)));
    const QStringList ids = camerasInPolygon(wgs);
    if (!ids.isEmpty())
        emit showCamerasRequested(ids);
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo)) {
        m_undo->undo();
    } else if (event->matches(QKeySequence::Redo)) {
        m_undo->redo();
    } else if (event->key() == Qt::Key_Escape && m_editMode) {
        m_editCamera = -1;
        update();
    } else {
        QWidget::keyPressEvent(event);
    }
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
