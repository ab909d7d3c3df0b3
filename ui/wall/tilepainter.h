#pragma once
// Paints one wall tile: the letterboxed picture and its overlays (name, clock, state, selection).
// GUI thread only (QPainter on a widget). No state of its own; the overlay labels come from the
// process-wide OverlayImageCache (overlayimagecache.h).

#include <QColor>
#include <QImage>
#include <QRect>
#include <QString>

class QPainter;

namespace vigil {

enum class RecordingBadge
{
    None,
    Recording,
    Paused
};

struct TilePaintInput
{
    QRect rect;                 // widget rect, logical pixels
    qreal devicePixelRatio = 1; // of the paint device; the image is in device pixels
    QImage image;               // latest frame (RGB32, device pixels) or null
    // The picture was already drawn (OpenGL YUV path) and the background cleared to
    // tileBackgroundColor(): paint only the overlays over it.
    bool externalPicture = false;
    QSize sourceSize;              // decoded picture size, gives the aspect ratio
    QRectF zoomWindow{0, 0, 1, 1}; // part of the picture shown (digital zoom), in fractions
    QString cameraName;            // empty for an empty tile
    qint64 frameTimeMs = 0;        // when the shown frame was decoded (ms since epoch)
    QString stateText;             // centred message when not live; empty when live
    bool stateIsError = false;     // red instead of amber
    QString emptyHint;             // shown when no camera is assigned
    QString fpsText;               // bottom-right band when not empty (live fps overlay)
    QString zoomText;              // bottom-right band when zoomed ("2.0×")
    int tileNumber = 1;            // 1-based, drawn faintly in the corner
    bool selected = false;
    bool dropTarget = false;
    bool alertFlash = false; // the blinking "on" phase of an alert flash (thick red frame)
    RecordingBadge recording = RecordingBadge::None; // "REC" mark under the top-right corner
};

// Recording state per camera, set by the recording session, read when a tile paints
// (GUI thread only).
void setRecordingBadge(const QString &cameraId, RecordingBadge badge);
RecordingBadge recordingBadge(const QString &cameraId);

// Rectangle the picture occupies inside `area`, keeping the aspect ratio of `aspectSource`.
QRectF letterboxRect(const QRectF &area, const QSize &aspectSource);

// The area inside the tile's 1 px border that the picture is fitted into, in device pixels:
// what a tile asks its DisplaySink for, so that painting is an unscaled blit.
QSize pictureArea(QSize tileSize, qreal devicePixelRatio);

// Where paintTile draws the picture of `input` (the analytics overlay draws over it). When the
// image already has the letterboxed size (not zoomed) this is a whole-pixel rect of exactly the
// image's size, so the raster engine copies it instead of scaling it.
QRectF pictureRect(const TilePaintInput &input);

// The colour of a tile where there is no picture (a GL surface clears to it).
QColor tileBackgroundColor();

// Returns true when a picture was painted (or externalPicture is set).
bool paintTile(QPainter &painter, const TilePaintInput &input);

} // namespace vigil
