#pragma once
// Paints one wall tile: the letterboxed picture and its overlays (name, clock, state, selection).
// Stateless; GUI thread only (QPainter on a widget).

#include <QImage>
#include <QRect>
#include <QString>

class QPainter;

namespace vigil {

struct TilePaintInput
{
    QRect rect;                // widget rect, logical pixels
    QImage image;              // latest frame (RGB32, device pixels) or null
    QSize sourceSize;          // decoded picture size, gives the aspect ratio
    QString cameraName;        // empty for an empty tile
    qint64 frameTimeMs = 0;    // when the shown frame was decoded (ms since epoch)
    QString stateText;         // centred message when not live; empty when live
    bool stateIsError = false; // red instead of amber
    QString emptyHint;         // shown when no camera is assigned
    int tileNumber = 1;        // 1-based, drawn faintly in the corner
    bool selected = false;
    bool dropTarget = false;
};

// Rectangle the picture occupies inside `area`, keeping the aspect ratio of `aspectSource`.
QRectF letterboxRect(const QRectF &area, const QSize &aspectSource);

// Returns true when a picture was painted.
bool paintTile(QPainter &painter, const TilePaintInput &input);

} // namespace vigil
