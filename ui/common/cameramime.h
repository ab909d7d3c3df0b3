#pragma once
// Drag-and-drop payloads: cameras (camera tree → wall tile) and wall tiles (tile → tile swaps).
// GUI thread only.

#include <QString>
#include <QStringList>

#include <optional>

class QMimeData;

namespace vigil {

QString cameraIdsMimeType();
// Caller owns the returned object (Qt's drag machinery takes it).
QMimeData *encodeCameraIds(const QStringList &cameraIds);
// Empty when the payload is not ours or carries no ids.
QStringList decodeCameraIds(const QMimeData *mimeData);

// A tile dragged off a wall: which wall (an opaque id of the WallGrid) and which tile. The
// payload also carries the tile's camera id, so a drop elsewhere (another window) shows it.
struct TileDragSource
{
    quintptr wallId = 0;
    int tileIndex = -1;
};
QString tileMimeType();
QMimeData *encodeTileDrag(const QString &cameraId, const TileDragSource &source);
std::optional<TileDragSource> decodeTileDrag(const QMimeData *mimeData);

} // namespace vigil
