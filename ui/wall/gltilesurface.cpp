#include "wall/gltilesurface.h"

#include "media/videosource.h"
#include "media/yuvframe.h"
#include "wall/tilepainter.h"
#include "wall/videotile.h"

#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QOpenGLPaintDevice>
#include <QPainter>

namespace vigil {

GlTileSurface::GlTileSurface(VideoTile *tile) : QOpenGLWidget(tile), m_tile(tile)
{
    setAttribute(Qt::WA_TransparentForMouseEvents); // the tile handles clicks, drags, wheel
    setFocusPolicy(Qt::NoFocus);
    setObjectName(QStringLiteral("glTileSurface"));
}

GlTileSurface::~GlTileSurface()
{
    releaseGl();
}

void GlTileSurface::releaseGl()
{
    if ((!m_shader.isInitialized() && !m_overlayDevice) || !context())
        return;
    makeCurrent();
    m_shader.release();
    m_overlayDevice.reset(); // its paint engine holds GL objects of this context
    doneCurrent();
}

void GlTileSurface::initializeGL()
{
    // A new context (e.g. the tile moved to another window): the old objects died with the old
    // one; the shader and its textures are created afresh.
    connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &GlTileSurface::releaseGl,
            Qt::UniqueConnection);
    m_shaderFailed = !m_shader.initialize();
    m_overlayDevice = std::make_unique<QOpenGLPaintDevice>();
}

void GlTileSurface::paintGL()
{
    QOpenGLFunctions *gl = context()->functions();
    const QColor background = tileBackgroundColor();
    gl->glClearColor(background.redF(), background.greenF(), background.blueF(), 1.0f);
    gl->glClear(GL_COLOR_BUFFER_BIT);

    const DisplayFrame &frame = m_tile->m_frame;
    const VideoSource *source = m_tile->m_source;
    // A filter may have been switched on after this frame was decoded: an unfiltered YUV frame
    // is never drawn then (the tile shows no picture until the filtered RGB one arrives).
    const bool filtered = source && source->isFiltered();
    bool drewYuv = false;
    const qreal ratio = devicePixelRatioF();
    if (frame.yuv && !filtered && !m_shaderFailed) {
        const TilePaintInput geometry = m_tile->paintInput(true);
        const QRectF logical = pictureRect(geometry);
        const QRectF target(logical.topLeft() * ratio, logical.size() * ratio);
        m_shader.draw(frame.yuv, target, (QSizeF(size()) * ratio).toSize(), geometry.zoomWindow);
        drewYuv = true;
        ++m_yuvFramesDrawn;
    }
    // Not QPainter(this): inside QWidget::grab()/render() that painter would go to the grab's
    // target instead of this framebuffer (and be covered by the framebuffer's image there).
    m_overlayDevice->setSize((QSizeF(size()) * ratio).toSize());
    m_overlayDevice->setDevicePixelRatio(ratio);
    QPainter painter(m_overlayDevice.get());
    painter.setFont(font()); // what QPainter(this) would have taken from the widget
    painter.setPen(palette().color(foregroundRole()));
    painter.setLayoutDirection(layoutDirection());
    m_tile->paintContent(painter, drewYuv);
}

} // namespace vigil
