#pragma once
// GlTileSurface: the OpenGL picture surface of a VideoTile (wall renderer `gl`). A child
// QOpenGLWidget covering the whole tile: it clears to the tile background, draws the tile's
// decoded YUV frame with YuvShader (letterboxed, digital zoom as texture coordinates), then lets
// the tile paint its overlays (name, clock, state, fps, badges, analytics) with QPainter on top.
// Frames that arrive as RGB (filtered tiles, unusual pixel formats) are painted by the tile as
// in the raster path. Mouse events pass through to the tile.
//
// Everything is drawn into the widget's framebuffer object, the overlays too (through an own
// QOpenGLPaintDevice, not `QPainter(this)`): QWidget::grab()/render() of the tile's window
// (--screenshot) composes that framebuffer's image, and during such a grab a painter opened on
// the widget itself would be redirected to the grab's target and then covered by the image.
//
// Thread contract: GUI thread only (a widget); its GL context lives on the GUI thread.

#include "wall/yuvshader.h"

#include <QOpenGLWidget>

#include <memory>

class QOpenGLPaintDevice;

namespace vigil {

class VideoTile;

class GlTileSurface : public QOpenGLWidget
{
    Q_OBJECT
public:
    explicit GlTileSurface(VideoTile *tile);
    ~GlTileSurface() override;

    // How many frames were drawn by the shader (not by the RGB fallback); for tests/diagnostics.
    quint64 yuvFramesDrawn() const { return m_yuvFramesDrawn; }

protected:
    void initializeGL() override;
    void paintGL() override;

private:
    void releaseGl();

    VideoTile *m_tile;
    YuvShader m_shader;
    std::unique_ptr<QOpenGLPaintDevice> m_overlayDevice; // QPainter into the current FBO
    bool m_shaderFailed = false;
    quint64 m_yuvFramesDrawn = 0;
};

} // namespace vigil
