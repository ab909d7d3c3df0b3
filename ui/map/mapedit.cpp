#include "map/mapedit.h"

#include "map/overlaypainter.h"

#include <QLineF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace vigil {

namespace {
constexpr double kHandleGrabPx = 10;
constexpr double kMinConePx = 28; // cone handles stay grabbable on short ranges
constexpr double kMinRangeM = 5;
constexpr double kMaxRangeM = 2000;
constexpr double kMinFovDeg = 5;

QPointF onBearing(QPointF at, double bearingDeg, double radiusPx)
{
    const double a = qDegreesToRadians(bearingDeg);
    return at + QPointF(std::sin(a) * radiusPx, -std::cos(a) * radiusPx);
}

// Clockwise from north, [0, 360).
double bearingOf(QPointF from, QPointF to)
{
    const double deg = qRadiansToDegrees(std::atan2(to.x() - from.x(), from.y() - to.y()));
    const double normalized = std::fmod(deg + 360.0, 360.0);
    return normalized >= 360.0 ? 0.0 : normalized;
}

QPointF screenOf(const MapViewport &vp, const SiteOverlay &overlay,
                 const geo::CameraPlacement &placement)
{
    return vp.lonLatToScreen(overlay.toScene({placement.longitude, placement.latitude}));
}
} // namespace

EditHandles editHandlesFor(const MapViewport &vp, const SiteOverlay &overlay,
                           const geo::CameraPlacement &placement)
{
    EditHandles h;
    h.body = screenOf(vp, overlay, placement);
    h.radiusPx = std::max(kMinConePx, placement.rangeM / vp.metersPerPixel());
    h.headingTip = onBearing(h.body, placement.headingDeg, h.radiusPx);
    h.fovEdge = onBearing(h.body, placement.headingDeg + placement.fovDeg / 2, h.radiusPx);
    return h;
}

EditHandle editHandleAt(const EditHandles &handles, QPointF pos)
{
    if (QLineF(pos, handles.headingTip).length() <= kHandleGrabPx)
        return EditHandle::HeadingRange;
    if (QLineF(pos, handles.fovEdge).length() <= kHandleGrabPx)
        return EditHandle::Fov;
    if (QLineF(pos, handles.body).length() <= kHandleGrabPx + 2)
        return EditHandle::Body;
    return EditHandle::None;
}

geo::CameraPlacement draggedPlacement(EditHandle handle, const geo::CameraPlacement &start,
                                      QPointF pos, QPointF grabOffset, const MapViewport &vp,
                                      const SiteOverlay &overlay)
{
    geo::CameraPlacement p = start;
    const QPointF at = screenOf(vp, overlay, start);
    switch (handle) {
    case EditHandle::Body: {
        const geo::LonLat wgs = overlay.toWgs84(vp.screenToLonLat(pos - grabOffset));
        p.latitude = wgs.lat;
        p.longitude = wgs.lon;
        break;
    }
    case EditHandle::HeadingRange:
        if (QLineF(at, pos).length() < 2)
            break; // no direction under the marker itself
        p.headingDeg = bearingOf(at, pos);
        p.rangeM =
            std::clamp(QLineF(at, pos).length() * vp.metersPerPixel(), kMinRangeM, kMaxRangeM);
        break;
    case EditHandle::Fov: {
        double off = std::fmod(bearingOf(at, pos) - start.headingDeg + 540.0, 360.0) - 180.0;
        p.fovDeg = std::clamp(2 * std::abs(off), kMinFovDeg, 360.0);
        break;
    }
    case EditHandle::None:
        break;
    }
    return p;
}

void paintEditedCamera(QPainter &p, const MapViewport &vp, const SiteOverlay &overlay,
                       const Camera &camera, const geo::CameraPlacement &placement,
                       const geo::CameraPlacement *dragStart)
{
    const EditHandles h = editHandlesFor(vp, overlay, placement);
    const QColor accent(0xff, 0x8f, 0x00);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    if (dragStart && (dragStart->latitude != placement.latitude ||
                      dragStart->longitude != placement.longitude)) {
        p.setPen(QPen(accent, 1.5, Qt::DashLine));
        p.drawLine(screenOf(vp, overlay, *dragStart), h.body);
    }
    QColor cone = accent;
    cone.setAlpha(70);
    p.setPen(QPen(accent, 1.5));
    p.setBrush(cone);
    p.drawPath(fovConePath(h.body, placement.headingDeg, placement.fovDeg, h.radiusPx));
    p.setPen(QPen(accent, 1, Qt::DotLine));
    p.drawLine(h.body, h.headingTip);
    paintCameraIcon(p, h.body, camera.type, accent, 9);
    for (const QPointF &handle : {h.headingTip, h.fovEdge}) {
        p.setPen(QPen(Qt::white, 2));
        p.setBrush(accent.darker(115));
        p.drawEllipse(handle, 6, 6);
    }
    p.restore();
}

CameraPlacementCommand::CameraPlacementCommand(QString cameraId, const geo::CameraPlacement &before,
                                               const geo::CameraPlacement &after, Apply apply,
                                               const QString &text)
    : QUndoCommand(text), m_cameraId(std::move(cameraId)), m_before(before), m_after(after),
      m_apply(std::move(apply))
{}

} // namespace vigil
