#pragma once
// VideoTile: one cell of the video wall. Shows the newest frame of its VideoSource — with the
// raster renderer already scaled to the tile on the ingest thread (painting is a plain blit);
// with the GL renderer (wallrenderer.h) the decoded YUV planes, drawn by a GlTileSurface child
// with a shader — with name, clock, an
// honest state message and optionally the live frame rate. Accepts cameras dropped from the
// camera tree and tiles dragged from the wall; double-click asks for maximise/restore; the wheel
// zooms digitally and a drag pans while zoomed.
//
// Switching a camera to another stream of itself (sub ↔ main) is seamless: the old stream keeps
// painting until the new one's first frame arrives (switchSource()).
//
// Thread contract: GUI thread only. Frames arrive through VideoSource::frameAvailable, which is
// emitted on the GUI thread; the tile never decodes or converts pixels.

#include "media/streamtypes.h"
#include "media/videosource.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QPainter;
class QTimer;

namespace vigil {

class AnalyticsOverlay;
class GlTileSurface;
struct TilePaintInput;

class VideoTile : public QWidget
{
    Q_OBJECT
public:
    // What moves when two tiles swap: the stream handle, the picture and the state.
    struct Content
    {
        VideoSource *source = nullptr; // unparented while in transit
        QString cameraId;
        QString cameraName;
        DisplayFrame frame;
        StreamStatus status;
    };

    explicit VideoTile(int index, QWidget *parent = nullptr);
    ~VideoTile() override;

    int index() const { return m_index; }

    // Takes ownership of `source` (nullptr clears the tile). Resets the frame counters.
    void setSource(VideoSource *source, const QString &cameraId, const QString &cameraName);
    void clear() { setSource(nullptr, {}, {}); }
    // Same camera, another stream: keeps showing the current picture until `source` delivers
    // its first frame (a failing new stream is dropped and the current one kept).
    void switchSource(VideoSource *source);
    // Removes and returns the content without closing its stream; the tile becomes empty.
    Content takeContent();
    // Shows `frame` (RGB image or YUV planes) under `name` without a stream: previews and tests
    // of the picture path. setSource()/clear() replace it.
    void showStill(DisplayFrame frame, const QString &name);
    void adoptContent(Content content);

    VideoSource *source() const { return m_source; }
    // The stream the tile shows or is switching to.
    StreamRequest wantedRequest() const;
    bool isSwitching() const { return m_pending != nullptr; }
    QString cameraId() const { return m_cameraId; }
    QString cameraName() const { return m_cameraName; }
    // The shown frame with `image` filled (converted on demand from YUV on a GL tile: for
    // stills, not per frame).
    DisplayFrame currentFrame() const
    {
        ensureStillImage();
        return m_frame;
    }
    const DisplayFrame &displayedFrame() const
    {
        ensureStillImage();
        return m_frame;
    }
    // The shown frame as received: RGB `image` (raster) or `yuv` planes (GL), never converted.
    const DisplayFrame &rawFrame() const { return m_frame; }
    // The OpenGL picture surface, or nullptr with the raster renderer.
    GlTileSurface *glSurface() const { return m_surface; }

    bool isSelected() const { return m_selected; }
    void setSelected(bool selected);
    // Blinks a red frame for a few seconds (a new P1 alert of this camera).
    void flashAlert(int durationMs = 6000);
    bool isFlashingAlert() const { return m_flashPhases > 0; }
    void setShowFps(bool show);
    // Draws analytics boxes/zones over the picture and offers "Analytics…" in the context menu.
    void setAnalyticsOverlay(AnalyticsOverlay *overlay);
    AnalyticsOverlay *analyticsOverlay() const; // (QPointer needs the full type)
    // Adds "Playback" to the context menu (recording is running); it emits playbackRequested().
    void setPlaybackAvailable(bool available) { m_playbackAvailable = available; }
    // Convert only every `stride`-th frame (CPU pressure on small tiles); 1 = every frame.
    void setFrameStride(int stride);
    // Re-checks whether the tile is seen (e.g. after its window was minimised or restored).
    void refreshActivity();
    int frameStride() const { return m_frameStride; }

    // Digital zoom: 1 = whole picture. The view centre is in picture fractions (0…1).
    double zoom() const { return m_zoom; }
    void setZoom(double zoom, QPointF centre = QPointF(0.5, 0.5));
    QRectF zoomWindow() const; // visible part of the picture, in fractions

    // The stream's status as the operator should read it: while a failed stream retries, the
    // last failure is kept (the engine reports each new attempt as plain "connecting").
    StreamStatus status() const { return m_status; }
    // The message centred on the tile (empty when live or empty tile).
    QString stateText() const;
    double measuredFps() const { return m_fps; }

    // For tests and diagnostics: frames delivered by the source / frames actually painted.
    quint64 framesReceived() const { return m_framesReceived; }
    quint64 framesPainted() const { return m_framesPainted; }

signals:
    void clicked(int index);
    void doubleClicked(int index);
    void cameraDropped(int index, const QString &cameraId);
    // A tile of a wall (wallId = that WallGrid's address) dropped on this one.
    void tileDropped(int index, quintptr wallId, int fromIndex, const QString &cameraId);
    void closeRequested(int index);
    void snapshotRequested(int index);
    void statusChanged(int index, const vigil::StreamStatus &status);
    // The first picture of a (new) stream arrived; its decoded size is now known.
    void firstFrame(int index);
    void resized(int index);
    void zoomChanged(int index, double zoom);
    void analyticsRequested(int index);
    void playbackRequested(const QString &cameraId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    friend class GlTileSurface;
    void attach(VideoSource *source);
    void repaintTile();
    void ensureStillImage() const;
    TilePaintInput paintInput(bool externalPicture) const;
    // Paints the tile (picture unless `externalPicture`, overlays, analytics) and counts frames.
    void paintContent(QPainter &painter, bool externalPicture);
    void onFrameAvailable();
    void onPendingFrame();
    void onPendingStatus(const vigil::StreamStatus &status);
    void onStatusChanged(const vigil::StreamStatus &status);
    void updateSourceGeometry();
    void applyGeometryTo(VideoSource *source) const;
    void resetCounters();
    void startTileDrag();

    const int m_index;
    QPointer<VideoSource> m_source;
    QPointer<VideoSource> m_pending; // switching to this one
    QString m_cameraId;
    QString m_cameraName;
    mutable DisplayFrame m_frame;       // mutable: ensureStillImage() fills `image` on demand
    GlTileSurface *m_surface = nullptr; // child, GL renderer only
    StreamStatus m_status;
    StreamFault m_lastFault = StreamFault::None;
    QString m_lastReason;
    bool m_selected = false;
    bool m_dropTarget = false;
    QTimer *m_flashTimer = nullptr; // created on the first flash
    int m_flashPhases = 0;          // blink half-periods left
    bool m_showFps = false;
    QPointer<AnalyticsOverlay> m_analyticsOverlay;
    bool m_playbackAvailable = false;
    int m_frameStride = 1;
    double m_zoom = 1.0;
    QPointF m_zoomCentre{0.5, 0.5};
    QPoint m_pressPos;
    QPointF m_panStartCentre;
    bool m_leftPressed = false;
    quint64 m_framesReceived = 0;
    quint64 m_framesPainted = 0;
    quint64 m_lastPaintedSequence = 0;
    QElapsedTimer m_fpsWindow;
    int m_fpsFrames = 0;
    double m_fps = 0;
};

} // namespace vigil
