// MapView's edit mode (relocate / turn / widen a camera with undo) and its vehicle-track layer;
// the gestures that drive them live in mapview.cpp.
#include "map/mapview.h"

#include <QUndoStack>

namespace vigil {

void MapView::setEditMode(bool on)
{
    if (on == m_editMode)
        return;
    m_editMode = on;
    m_editCamera = -1;
    m_gesture = Gesture::None;
    setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    emit editModeChanged(on);
    update();
}

QString MapView::editedCamera() const
{
    return m_editCamera >= 0 ? m_overlay.cameras()[m_editCamera].camera.id : QString();
}

bool MapView::selectForEdit(const QString &cameraId)
{
    const int i = m_overlay.indexOf(cameraId);
    if (i < 0)
        return false;
    setEditMode(true);
    m_editCamera = i;
    update();
    return true;
}

std::optional<geo::CameraPlacement> MapView::cameraPlacement(const QString &cameraId) const
{
    const int i = m_overlay.indexOf(cameraId);
    if (i < 0)
        return std::nullopt;
    return geo::placementOf(m_overlay.cameras()[i].camera);
}

void MapView::applyCameraPlacement(const QString &cameraId, const geo::CameraPlacement &wgs84)
{
    const int i = m_overlay.indexOf(cameraId);
    if (i < 0)
        return;
    m_overlay.setCameraPlacement(i, wgs84);
    if (i < m_site.cameras.size() && m_site.cameras[i].id == cameraId)
        geo::applyPlacement(m_site.cameras[i], wgs84);
    emit cameraPlacementEdited(cameraId, wgs84);
    update();
}

bool MapView::beginEditDrag(QPointF pos)
{
    if (m_editCamera >= 0) {
        const geo::CameraPlacement current =
            geo::placementOf(m_overlay.cameras()[m_editCamera].camera);
        const EditHandles handles = editHandlesFor(m_viewport, m_overlay, current);
        m_editHandle = editHandleAt(handles, pos);
        if (m_editHandle != EditHandle::None) {
            m_editStart = m_editCurrent = current;
            m_grabOffset = pos - handles.body;
            m_gesture = Gesture::EditDrag;
            return true;
        }
    }
    const int pressed = cameraIndexAt(pos);
    if (pressed < 0)
        return false;
    // Pressing another camera selects it and may drag it right away.
    m_editCamera = pressed;
    m_editHandle = EditHandle::Body;
    m_editStart = m_editCurrent = geo::placementOf(m_overlay.cameras()[pressed].camera);
    m_grabOffset = pos - editHandlesFor(m_viewport, m_overlay, m_editStart).body;
    m_gesture = Gesture::EditDrag;
    update();
    return true;
}

void MapView::finishEditDrag()
{
    update();
    if (!m_moved || m_editCamera < 0 || m_editCurrent == m_editStart)
        return;
    const QString id = m_overlay.cameras()[m_editCamera].camera.id;
    const QString name = m_overlay.cameras()[m_editCamera].camera.name;
    QString text;
    switch (m_editHandle) {
    case EditHandle::Body:
        text = tr("Move %1").arg(name);
        break;
    case EditHandle::HeadingRange:
        text = tr("Turn %1").arg(name);
        break;
    case EditHandle::Fov:
    case EditHandle::None:
        text = tr("Change the view angle of %1").arg(name);
        break;
    }
    m_undo->push(new CameraPlacementCommand(
        id, m_editStart, m_editCurrent,
        [this](const QString &cameraId, const geo::CameraPlacement &p) {
            applyCameraPlacement(cameraId, p);
        },
        text));
}

void MapView::setTrack(const geo::VehicleTrack &track)
{
    m_track = SceneTrack{track, {}};
    rebuildTrackScene();
    update();
}

void MapView::clearTrack()
{
    m_track.reset();
    update();
}

void MapView::rebuildTrackScene()
{
    if (!m_track)
        return;
    m_track->scene.clear();
    for (const geo::TrackPoint &p : std::as_const(m_track->track.points))
        m_track->scene.append(m_overlay.toScene({p.longitude, p.latitude}));
}

} // namespace vigil
