#pragma once
// Edit mode geometry of the map: the handles of the camera being edited (its marker to drag it
// elsewhere, the cone tip to turn its heading and set its range, the cone edge to widen its
// field of view), the placement a drag produces, painting of the edited camera, and the undo
// command that applies a placement change. Placements are WGS-84; screen positions go through
// the overlay's scene datum, so a GCJ-02 basemap edits correctly.
//
// Thread contract: GUI thread (value functions; the command calls back into the map).

#include "geo/cameraplacement.h"
#include "map/mapviewport.h"
#include "map/siteoverlay.h"

#include <QUndoCommand>

#include <functional>

class QPainter;

namespace vigil {

enum class EditHandle
{
    None,
    Body,         // the marker: drag to relocate
    HeadingRange, // the cone tip: direction and range
    Fov           // the cone edge: field-of-view angle
};

struct EditHandles
{
    QPointF body;
    QPointF headingTip;
    QPointF fovEdge;
    double radiusPx = 0;
};

EditHandles editHandlesFor(const MapViewport &vp, const SiteOverlay &overlay,
                           const geo::CameraPlacement &placement);
// The handle under a screen position (the cone handles win over the marker).
EditHandle editHandleAt(const EditHandles &handles, QPointF pos);
// The placement after dragging `handle` of `start` to `pos`; `grabOffset` is where the marker
// was grabbed relative to its centre.
geo::CameraPlacement draggedPlacement(EditHandle handle, const geo::CameraPlacement &start,
                                      QPointF pos, QPointF grabOffset, const MapViewport &vp,
                                      const SiteOverlay &overlay);
// The camera being edited with its cone and handles (and, while dragging, a line from where it
// stood).
void paintEditedCamera(QPainter &p, const MapViewport &vp, const SiteOverlay &overlay,
                       const Camera &camera, const geo::CameraPlacement &placement,
                       const geo::CameraPlacement *dragStart);

// One relocation / re-aim of a camera on the undo stack.
class CameraPlacementCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const QString &cameraId, const geo::CameraPlacement &)>;
    CameraPlacementCommand(QString cameraId, const geo::CameraPlacement &before,
                           const geo::CameraPlacement &after, Apply apply, const QString &text);
    void undo() override { m_apply(m_cameraId, m_before); }
    void redo() override { m_apply(m_cameraId, m_after); }

private:
    QString m_cameraId;
    geo::CameraPlacement m_before;
    geo::CameraPlacement m_after;
    Apply m_apply;
};

} // namespace vigil
