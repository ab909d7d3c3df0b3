#pragma once
// Drag-and-drop payload for cameras (camera tree → wall tile). GUI thread only.

#include <QString>
#include <QStringList>

class QMimeData;

namespace vigil {

QString cameraIdsMimeType();
// Caller owns the returned object (Qt's drag machinery takes it).
QMimeData *encodeCameraIds(const QStringList &cameraIds);
// Empty when the payload is not ours or carries no ids.
QStringList decodeCameraIds(const QMimeData *mimeData);

} // namespace vigil
