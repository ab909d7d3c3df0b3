#include "map/overlaypainter.h"

#include "map/mapviewport.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace vigil {

namespace {

QColor ringColour(const QString &ring)
{
    if (ring == u"urban")
        return QColor(0x2f, 0x7b, 0xd8);
    if (ring == u"city_boundary")
        return QColor(0xd8, 0x6a, 0x1f);
    if (ring == u"county_border")
        return QColor(0x8e, 0x3f, 0xb8);
    return QColor(0x55, 0x55, 0x55);
}

QPolygonF toScreen(const MapViewport &vp, const QList<geo::LonLat> &pts)
{
    QPolygonF poly;
    poly.reserve(pts.size());
    for (const geo::LonLat &p : pts)
        poly.append(vp.lonLatToScreen(p));
    return poly;
}

// Cluster badges are cached images: laying out hundreds of count labels per frame costs more
// than the rest of the overlay together.
const QImage &clusterBadge(int count, qreal dpr)
{
    static QHash<int, QImage> cache;
    const auto it = cache.constFind(count);
    if (it != cache.constEnd() && it->devicePixelRatio() == dpr)
        return *it;
    if (cache.size() > 4096)
        cache.clear();
    const double r = 11 + 3 * std::log10(double(count));
    const int side = int(std::ceil(2 * r + 4));
    QImage badge(QSize(side, side) * dpr, QImage::Format_ARGB32_Premultiplied);
    badge.setDevicePixelRatio(dpr);
    badge.fill(Qt::transparent);
    QPainter p(&badge);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF c(side / 2.0, side / 2.0);
    p.setPen(QPen(QColor(255, 255, 255, 230), 2));
    p.setBrush(QColor(0x2a, 0x6f, 0xd1, 210));
    p.drawEllipse(c, r, r);
    QFont font = p.font();
    font.setPixelSize(11);
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, side, side), Qt::AlignCenter, QString::number(count));
    p.end();
    return *cache.insert(count, badge);
}

} // namespace

void paintCameraIcon(QPainter &p, QPointF at, CameraType type, const QColor &fill, double r)
{
    p.setPen(QPen(Qt::white, 1.5));
    p.setBrush(fill);
    switch (type) {
    case CameraType::Fixed:
        p.drawEllipse(at, r, r);
        break;
    case CameraType::PtzDome:
        p.drawEllipse(at, r, r);
        p.setBrush(Qt::white);
        p.setPen(Qt::NoPen);
        p.drawEllipse(at, r * 0.4, r * 0.4);
        break;
    case CameraType::Lookout:
        p.drawPolygon(QPolygonF({at + QPointF(0, -r * 1.25), at + QPointF(r * 1.1, r * 0.8),
                                 at + QPointF(-r * 1.1, r * 0.8)}));
        break;
    case CameraType::Mobile4G:
        p.drawRoundedRect(QRectF(at.x() - r, at.y() - r * 0.8, 2 * r, 1.6 * r), 3, 3);
        break;
    case CameraType::Checkpoint:
        p.drawPolygon(QPolygonF({at + QPointF(0, -r * 1.2), at + QPointF(r * 1.2, 0),
                                 at + QPointF(0, r * 1.2), at + QPointF(-r * 1.2, 0)}));
        break;
    case CameraType::BodyWorn:
        p.drawEllipse(at + QPointF(0, -r * 0.55), r * 0.5, r * 0.5);
        p.drawRoundedRect(QRectF(at.x() - r * 0.7, at.y(), r * 1.4, r * 0.9), 2, 2);
        break;
    }
}

QPainterPath fovConePath(QPointF at, double headingDeg, double fovDeg, double radiusPx)
{
    const QRectF box(at.x() - radiusPx, at.y() - radiusPx, 2 * radiusPx, 2 * radiusPx);
    QPainterPath cone(at);
    // Qt angles: counter-clockwise from 3 o'clock.
    cone.arcTo(box, 90 - headingDeg + fovDeg / 2, -fovDeg);
    cone.closeSubpath();
    return cone;
}

QColor cameraStateColour(CameraDisplayState state)
{
    switch (state) {
    case CameraDisplayState::Live:
        return QColor(0x23, 0x9b, 0x48);
    case CameraDisplayState::Connecting:
        return QColor(0xe0, 0xa1, 0x00);
    case CameraDisplayState::Offline:
        return QColor(0x7d, 0x7d, 0x7d);
    case CameraDisplayState::NotShown:
        break;
    }
    return QColor(0x2a, 0x6f, 0xd1);
}

void paintCommunityAreas(QPainter &p, const MapViewport &vp, const SiteOverlay &overlay)
{
    if (vp.zoom() < 14) // neighbourhood outlines only mean something at street level
        return;
    p.save();
    QFont font = p.font();
    font.setPixelSize(12);
    p.setFont(font);
    const QRectF screen = QRectF(QPointF(0, 0), vp.size()).adjusted(-4, -4, 4, 4);
    for (const CommunityArea &area : overlay.communities()) {
        QPolygonF poly = toScreen(vp, area.outline);
        if (!poly.boundingRect().intersects(screen))
            continue;
        // Clip first: dashing an outline kilometres long off-screen is what costs time.
        if (!screen.contains(poly.boundingRect()))
            poly = poly.intersected(QPolygonF(screen));
        p.setPen(QPen(QColor(0x6a, 0x4c, 0x8c, 170), 1.5, Qt::DashLine));
        p.setBrush(QColor(0x8e, 0x6c, 0xb4, 28));
        p.drawPolygon(poly);
    }
    p.restore();
}

void paintCheckpointRings(QPainter &p, const MapViewport &vp, const SiteOverlay &overlay)
{
    p.save();
    for (const CheckpointRing &ring : overlay.rings()) {
        QPolygonF poly = toScreen(vp, ring.outline);
        if (poly.size() > 2)
            poly.append(poly.first());
        QPen pen(ringColour(ring.name), 2.5, Qt::DashDotLine);
        pen.setCosmetic(true);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(poly);
    }
    const QList<Checkpoint> &checkpoints = overlay.checkpoints();
    const QRectF screen(QPointF(-20, -20), QSizeF(vp.size()) + QSizeF(40, 40));
    for (int i = 0; i < checkpoints.size(); ++i) {
        const QPointF at = vp.lonLatToScreen(overlay.checkpointPositions()[i]);
        if (!screen.contains(at))
            continue;
        p.setPen(QPen(Qt::white, 2));
        p.setBrush(ringColour(checkpoints[i].ring));
        p.drawRect(QRectF(at.x() - 6, at.y() - 6, 12, 12));
        p.setPen(QPen(Qt::white, 2));
        p.drawLine(at + QPointF(-3, 0), at + QPointF(3, 0));
    }
    p.restore();
}

int paintCameras(QPainter &p, const MapViewport &vp, const SiteOverlay &overlay, int highlight,
                 int hover)
{
    const QRectF visible = vp.visibleWorld().adjusted(-40, -40, 40, 40);
    const double zoom = vp.zoom();
    int drawn = 0;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    if (zoom < kClusterBelowZoom) {
        for (const geo::PointCluster &c : overlay.clustersAt(zoom, kClusterCellPx)) {
            if (!visible.contains(c.world))
                continue;
            const QPointF at = vp.worldToScreen(c.world);
            ++drawn;
            if (c.count == 1) {
                const MapCamera &cam = overlay.cameras()[c.firstKey];
                paintCameraIcon(p, at, cam.camera.type,
                                cameraStateColour(overlay.displayState(c.firstKey)), 6);
                continue;
            }
            const QImage &badge = clusterBadge(c.count, p.device()->devicePixelRatioF());
            const QSizeF size = badge.deviceIndependentSize();
            p.drawImage(at - QPointF(size.width() / 2, size.height() / 2), badge);
        }
        p.restore();
        return drawn;
    }
    const QList<int> keys = overlay.index().keysInWorldRect(visible, zoom);
    if (zoom >= kFovFromZoom) {
        // Field-of-view cones: range in metres at this zoom, clockwise heading from north.
        const double pxPerM = 1.0 / vp.metersPerPixel();
        p.setPen(Qt::NoPen);
        for (int k : keys) {
            const Camera &c = overlay.cameras()[k].camera;
            const QPointF at = vp.worldToScreen(overlay.index().worldOf(k, zoom));
            const double r = std::min(c.rangeM * pxPerM, 600.0);
            const QPainterPath cone = fovConePath(at, c.headingDeg, c.fovDeg, r);
            QColor colour = cameraStateColour(overlay.displayState(k));
            colour.setAlpha(k == highlight ? 90 : 45);
            p.setBrush(colour);
            p.drawPath(cone);
        }
    }
    for (int k : keys) {
        const QPointF at = vp.worldToScreen(overlay.index().worldOf(k, zoom));
        const bool emphasised = k == highlight || k == hover;
        if (k == highlight) {
            p.setPen(QPen(QColor(0xff, 0xc1, 0x07), 3));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(at, 14, 14);
        }
        paintCameraIcon(p, at, overlay.cameras()[k].camera.type,
                        cameraStateColour(overlay.displayState(k)), emphasised ? 9 : 7);
        ++drawn;
    }
    p.restore();
    return drawn;
}

void paintAlerts(QPainter &p, const MapViewport &vp, const SiteOverlay &overlay, double pulse)
{
    if (overlay.alerts().isEmpty())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF screen(QPointF(-60, -60), QSizeF(vp.size()) + QSizeF(120, 120));
    for (int k : overlay.alerts()) {
        const QPointF at = vp.worldToScreen(overlay.index().worldOf(k, vp.zoom()));
        if (!screen.contains(at))
            continue;
        for (int ring = 0; ring < 2; ++ring) {
            const double t = std::fmod(pulse + ring * 0.5, 1.0);
            QColor c(0xe5, 0x39, 0x35);
            c.setAlphaF(0.85 * (1 - t));
            p.setPen(QPen(c, 3));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(at, 10 + 30 * t, 10 + 30 * t);
        }
        p.setPen(QPen(Qt::white, 2));
        p.setBrush(QColor(0xe5, 0x39, 0x35));
        p.drawEllipse(at, 8, 8);
    }
    p.restore();
}

void paintScaleBar(QPainter &p, const MapViewport &vp)
{
    // Largest 1/2/5 x 10^n metres that fits in 120 px.
    const double mpp = vp.metersPerPixel();
    const double maxM = 120 * mpp;
    const double base = std::pow(10.0, std::floor(std::log10(maxM)));
    double metres = base;
    for (double f : {5.0, 2.0, 1.0}) {
        if (f * base <= maxM) {
            metres = f * base;
            break;
        }
    }
    const double w = metres / mpp;
    const QString label =
        metres >= 1000 ? QCoreApplication::translate("vigil::MapView", "%1 km").arg(metres / 1000)
                       : QCoreApplication::translate("vigil::MapView", "%1 m").arg(metres);
    const QPointF origin(12, vp.size().height() - 14);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 200));
    p.drawRect(QRectF(origin.x() - 4, origin.y() - 22, w + 8, 28));
    p.setPen(QPen(QColor(0x22, 0x22, 0x22), 2));
    p.drawPolyline(QPolygonF(
        {origin + QPointF(0, -6), origin, origin + QPointF(w, 0), origin + QPointF(w, -6)}));
    QFont font = p.font();
    font.setPixelSize(11);
    p.setFont(font);
    p.drawText(QRectF(origin.x(), origin.y() - 22, w, 16), Qt::AlignCenter, label);
    p.restore();
}

void paintAttribution(QPainter &p, const MapViewport &vp, const QString &text)
{
    if (text.isEmpty())
        return;
    p.save();
    QFont font = p.font();
    font.setPixelSize(11);
    p.setFont(font);
    const QFontMetricsF fm(font);
    const double w = fm.horizontalAdvance(text) + 10;
    const QRectF box(vp.size().width() - w, vp.size().height() - 18, w, 18);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 190));
    p.drawRect(box);
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.drawText(box, Qt::AlignCenter, text);
    p.restore();
}

} // namespace vigil
