#pragma once
// Small drawn icons for the camera tree: one glyph per camera type with a status dot, and one
// per site level. Cached. GUI thread only (QPixmap).

#include "common/cameradisplaystate.h"
#include "model/site.h"

#include <QColor>
#include <QIcon>

namespace vigil {

QIcon cameraIcon(CameraType type, CameraDisplayState state);
QIcon siteNodeIcon(SiteLevel level);
QColor displayStateColor(CameraDisplayState state);

} // namespace vigil
