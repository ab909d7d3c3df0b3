#include "wall/videotile.h"

#include "analytics/analyticsoverlay.h"
#include "common/cameramime.h"
#include "media/videosource.h"
#include "media/yuvframe.h"
#include "wall/gltilesurface.h"
#include "wall/startupreport.h"
#include "wall/streamstatustext.h"
#include "wall/tilepainter.h"
#include "wall/wallrenderer.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDrag>
#include <QDragEnterEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace vigil {

namespace {

constexpr double kMaxZoom = 8.0;
// The largest picture a zoomed tile asks the converter for (device pixels).
const QSize kMaxZoomTarget(3840, 2160);

} // namespace

VideoTile::VideoTile(int index, QWidget *parent) : QWidget(parent), m_index(index)
{
    setAcceptDrops(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::NoFocus); // the wall takes the keyboard
    setObjectName(QStringLiteral("videoTile%1").arg(index + 1));
    if (wallRenderer() == WallRenderer::Gl) {
        m_surface = new GlTileSurface(this);
        m_surface->setGeometry(rect());
    }
}

void VideoTile::repaintTile()
{
    if (m_surface)
        m_surface->update();
    else
        update();
}

void VideoTile::ensureStillImage() const
{
    // GL tiles hold YUV frames; the rare still users (snapshot, editors) get RGB on demand.
    if (m_frame.image.isNull() && m_frame.yuv)
        m_frame.image = m_frame.yuv->toImage();
}

VideoTile::~VideoTile()
{
    delete m_pending.data();
    delete m_source.data();
}

void VideoTile::resetCounters()
{
    m_framesReceived = 0;
    m_framesPainted = 0;
    m_lastPaintedSequence = 0;
    m_fpsFrames = 0;
    m_fps = 0;
    m_fpsWindow.invalidate();
}

void VideoTile::attach(VideoSource *source)
{
    source->setParent(this);
    connect(source, &VideoSource::frameAvailable, this, &VideoTile::onFrameAvailable);
    connect(source, &VideoSource::statusChanged, this, &VideoTile::onStatusChanged);
    source->setFrameStride(m_frameStride);
    applyGeometryTo(source);
}

void VideoTile::setSource(VideoSource *source, const QString &cameraId, const QString &cameraName)
{
    delete m_pending.data();
    if (m_source && m_source != source)
        delete m_source.data();
    m_source = source;
    m_cameraId = source ? cameraId : QString();
    m_cameraName = source ? cameraName : QString();
    m_frame = {};
    m_status = {};
    m_lastFault = StreamFault::None;
    m_lastReason.clear();
    m_zoom = 1.0;
    m_zoomCentre = QPointF(0.5, 0.5);
    resetCounters();
    setToolTip(m_cameraName.isEmpty() ? QString() : m_cameraName + QLatin1Char('\n') + m_cameraId);
    if (!source) {
        emit statusChanged(m_index, m_status);
        repaintTile();
        return;
    }
    attach(source);
    onStatusChanged(source->status()); // emits statusChanged and repaints
}

void VideoTile::switchSource(VideoSource *source)
{
    if (!source)
        return;
    if (!m_source || m_frame.isNull()) {
        setSource(source, m_cameraId, m_cameraName);
        return;
    }
    delete m_pending.data();
    m_pending = source;
    source->setParent(this);
    connect(source, &VideoSource::frameAvailable, this, &VideoTile::onPendingFrame);
    connect(source, &VideoSource::statusChanged, this, &VideoTile::onPendingStatus);
    source->setFrameStride(m_frameStride);
    applyGeometryTo(source);
}

void VideoTile::onPendingFrame()
{
    if (!m_pending)
        return;
    DisplayFrame frame = m_pending->latestFrame();
    if (frame.isNull())
        return;
    VideoSource *next = m_pending;
    m_pending = nullptr;
    next->disconnect(this);
    delete m_source.data();
    m_source = next;
    connect(next, &VideoSource::frameAvailable, this, &VideoTile::onFrameAvailable);
    connect(next, &VideoSource::statusChanged, this, &VideoTile::onStatusChanged);
    m_frame = std::move(frame);
    ++m_framesReceived;
    onStatusChanged(next->status());
    emit firstFrame(m_index);
}

void VideoTile::onPendingStatus(const StreamStatus &status)
{
    // The new stream failed: keep the one that works (the operator keeps a picture).
    if (status.state == StreamState::Offline || status.fault != StreamFault::None) {
        delete m_pending.data();
        m_pending = nullptr;
    }
}

VideoTile::Content VideoTile::takeContent()
{
    delete m_pending.data();
    Content content;
    content.source = m_source;
    content.cameraId = m_cameraId;
    content.cameraName = m_cameraName;
    content.frame = m_frame;
    content.status = m_status;
    if (m_source) {
        m_source->disconnect(this);
        m_source->setParent(nullptr);
    }
    m_source = nullptr;
    m_cameraId.clear();
    m_cameraName.clear();
    m_frame = {};
    m_status = {};
    m_zoom = 1.0;
    m_zoomCentre = QPointF(0.5, 0.5);
    resetCounters();
    setToolTip({});
    repaintTile();
    return content;
}

void VideoTile::showStill(DisplayFrame frame, const QString &name)
{
    setSource(nullptr, {}, {});
    m_cameraName = name;
    m_frame = std::move(frame);
    repaintTile();
}

void VideoTile::adoptContent(Content content)
{
    if (!content.source) {
        clear();
        return;
    }
    setSource(content.source, content.cameraId, content.cameraName);
    m_frame = std::move(content.frame);
    onStatusChanged(content.status.state == StreamState::Idle ? m_source->status()
                                                              : content.status);
}

StreamRequest VideoTile::wantedRequest() const
{
    if (m_pending)
        return m_pending->request();
    return m_source ? m_source->request() : StreamRequest{};
}

void VideoTile::flashAlert(int durationMs)
{
    constexpr int kHalfPeriodMs = 300;
    if (!m_flashTimer) {
        m_flashTimer = new QTimer(this);
        m_flashTimer->setInterval(kHalfPeriodMs);
        connect(m_flashTimer, &QTimer::timeout, this, [this] {
            if (--m_flashPhases <= 0)
                m_flashTimer->stop();
            repaintTile();
        });
    }
    m_flashPhases = std::max(2, durationMs / kHalfPeriodMs) & ~1; // even: ends in the "off" phase
    m_flashTimer->start();
    repaintTile();
}

void VideoTile::setSelected(bool selected)
{
    if (m_selected == selected)
        return;
    m_selected = selected;
    repaintTile();
}

void VideoTile::setShowFps(bool show)
{
    if (m_showFps == show)
        return;
    m_showFps = show;
    repaintTile();
}

void VideoTile::setFrameStride(int stride)
{
    stride = std::max(1, stride);
    if (stride == m_frameStride)
        return;
    m_frameStride = stride;
    if (m_source)
        m_source->setFrameStride(stride);
    if (m_pending)
        m_pending->setFrameStride(stride);
}

void VideoTile::setZoom(double zoom, QPointF centre)
{
    zoom = std::clamp(zoom, 1.0, kMaxZoom);
    const double half = 0.5 / zoom;
    centre.setX(std::clamp(centre.x(), half, 1.0 - half));
    centre.setY(std::clamp(centre.y(), half, 1.0 - half));
    const bool zoomChangedValue = !qFuzzyCompare(zoom, m_zoom);
    m_zoom = zoom;
    m_zoomCentre = centre;
    if (zoomChangedValue) {
        updateSourceGeometry();
        emit zoomChanged(m_index, m_zoom);
    }
    repaintTile();
}

QRectF VideoTile::zoomWindow() const
{
    const double size = 1.0 / m_zoom;
    return QRectF(m_zoomCentre.x() - size / 2, m_zoomCentre.y() - size / 2, size, size);
}

QString VideoTile::stateText() const
{
    if (!m_source)
        return {};
    return StreamStatusText::tileStateText(m_status);
}

void VideoTile::onFrameAvailable()
{
    if (!m_source)
        return;
    DisplayFrame frame = m_source->latestFrame();
    if (frame.isNull())
        return;
    const bool first = m_frame.isNull();
    m_frame = std::move(frame);
    ++m_framesReceived;
    if (!m_fpsWindow.isValid())
        m_fpsWindow.start();
    ++m_fpsFrames;
    if (m_fpsWindow.elapsed() >= 1000) {
        m_fps = m_fpsFrames * 1000.0 / double(m_fpsWindow.elapsed());
        m_fpsFrames = 0;
        m_fpsWindow.restart();
    }
    repaintTile();
    if (first)
        emit firstFrame(m_index);
}

void VideoTile::onStatusChanged(const StreamStatus &status)
{
    m_status = status;
    if (status.state == StreamState::Live || status.state == StreamState::Idle) {
        m_lastFault = StreamFault::None;
        m_lastReason.clear();
    } else if (status.fault != StreamFault::None) {
        m_lastFault = status.fault;
        m_lastReason = status.reason;
    } else if (m_lastFault != StreamFault::None) {
        m_status.fault = m_lastFault;
        m_status.reason = m_lastReason;
    }
    emit statusChanged(m_index, status);
    repaintTile();
}

void VideoTile::applyGeometryTo(VideoSource *source) const
{
    // A minimised window keeps its widgets "visible"; its tiles must still stop decoding.
    const bool active = isVisible() && !size().isEmpty() && !window()->isMinimized();
    QSize target = active ? pictureArea(size(), devicePixelRatioF()) : QSize();
    if (active && m_zoom > 1.0)
        target = (QSizeF(target) * m_zoom).toSize().boundedTo(kMaxZoomTarget);
    source->setTargetSize(target);
    source->setYuvOutput(m_surface != nullptr);
    source->setActive(active);
}

void VideoTile::setAnalyticsOverlay(AnalyticsOverlay *overlay)
{
    if (m_analyticsOverlay)
        disconnect(m_analyticsOverlay, nullptr, this, nullptr);
    m_analyticsOverlay = overlay;
    if (overlay)
        connect(overlay, &AnalyticsOverlay::changed, this, [this](const QString &cameraId) {
            if (cameraId.isEmpty() || cameraId == m_cameraId)
                repaintTile();
        });
    repaintTile();
}

AnalyticsOverlay *VideoTile::analyticsOverlay() const
{
    return m_analyticsOverlay;
}

void VideoTile::refreshActivity()
{
    updateSourceGeometry();
}

void VideoTile::updateSourceGeometry()
{
    if (m_source)
        applyGeometryTo(m_source);
    if (m_pending)
        applyGeometryTo(m_pending);
}

void VideoTile::paintEvent(QPaintEvent *)
{
    if (m_surface)
        return; // the GL surface covers the tile and paints everything
    QPainter painter(this);
    paintContent(painter, false);
}

TilePaintInput VideoTile::paintInput(bool externalPicture) const
{
    TilePaintInput input;
    input.rect = rect();
    input.devicePixelRatio = devicePixelRatioF();
    input.externalPicture = externalPicture;
    if (!externalPicture)
        input.image = m_frame.image;
    input.sourceSize = m_frame.sourceSize;
    input.zoomWindow = zoomWindow();
    input.cameraName = m_cameraName;
    input.frameTimeMs = m_frame.decodedAtMs;
    input.stateText = stateText();
    input.stateIsError = m_status.state == StreamState::Offline ||
                         m_status.state == StreamState::Stalled ||
                         m_status.fault != StreamFault::None;
    input.emptyHint = StreamStatusText::emptyTileHint();
    if (m_showFps && m_source) {
        const bool recent = m_fpsWindow.isValid() && m_fpsWindow.elapsed() < 2000;
        input.fpsText = tr("%1 fps").arg(recent ? m_fps : 0.0, 0, 'f', 1);
        if (m_frameStride > 1)
            input.fpsText += QStringLiteral(" ÷%1").arg(m_frameStride);
    }
    if (m_zoom > 1.0)
        input.zoomText = QStringLiteral("%1×").arg(m_zoom, 0, 'f', 1);
    input.tileNumber = m_index + 1;
    input.selected = m_selected;
    input.dropTarget = m_dropTarget;
    input.alertFlash = m_flashPhases % 2 == 0 && m_flashPhases > 0;
    input.recording = m_cameraId.isEmpty() ? RecordingBadge::None : recordingBadge(m_cameraId);
    return input;
}

void VideoTile::paintContent(QPainter &painter, bool externalPicture)
{
    const TilePaintInput input = paintInput(externalPicture);
    const bool painted = paintTile(painter, input);
    if (painted && m_frame.sequence != m_lastPaintedSequence) {
        m_lastPaintedSequence = m_frame.sequence;
        ++m_framesPainted;
        if (m_source && firstLivePictureReportPending())
            reportFirstLivePicture(m_source->stats());
    }
    if (painted && m_analyticsOverlay)
        m_analyticsOverlay->paint(painter, m_cameraId, pictureRect(input), input.zoomWindow);
}

void VideoTile::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_surface)
        m_surface->setGeometry(rect());
    updateSourceGeometry();
    emit resized(m_index);
}

void VideoTile::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateSourceGeometry();
}

void VideoTile::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateSourceGeometry();
}

void VideoTile::mousePressEvent(QMouseEvent *event)
{
    QWidget::mousePressEvent(event);
    if (event->button() == Qt::LeftButton) {
        m_leftPressed = true;
        m_pressPos = event->position().toPoint();
        m_panStartCentre = m_zoomCentre;
    }
    emit clicked(m_index);
}

void VideoTile::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_leftPressed || !(event->buttons() & Qt::LeftButton))
        return;
    const QPoint delta = event->position().toPoint() - m_pressPos;
    if (m_zoom > 1.0) { // pan: the picture follows the mouse
        const QRectF picture = letterboxRect(QRectF(rect()), m_frame.sourceSize);
        if (picture.isEmpty())
            return;
        setZoom(m_zoom, m_panStartCentre - QPointF(delta.x() / picture.width() / m_zoom,
                                                   delta.y() / picture.height() / m_zoom));
        return;
    }
    if (!m_cameraId.isEmpty() && delta.manhattanLength() >= QApplication::startDragDistance()) {
        m_leftPressed = false;
        startTileDrag();
    }
}

void VideoTile::mouseReleaseEvent(QMouseEvent *event)
{
    QWidget::mouseReleaseEvent(event);
    m_leftPressed = false;
}

void VideoTile::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit doubleClicked(m_index);
}

void VideoTile::wheelEvent(QWheelEvent *event)
{
    if (!m_source || m_frame.isNull()) {
        event->ignore();
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    // Keep the picture point under the cursor where it is.
    const QRectF picture = letterboxRect(QRectF(rect()), m_frame.sourceSize);
    const QRectF window = zoomWindow();
    QPointF fraction(0.5, 0.5);
    if (picture.contains(event->position()))
        fraction = QPointF((event->position().x() - picture.left()) / picture.width(),
                           (event->position().y() - picture.top()) / picture.height());
    const QPointF anchor(window.left() + fraction.x() * window.width(),
                         window.top() + fraction.y() * window.height());
    const double zoom = std::clamp(m_zoom * std::pow(1.25, steps), 1.0, kMaxZoom);
    const double size = 1.0 / zoom;
    const QPointF centre(anchor.x() - (fraction.x() - 0.5) * size,
                         anchor.y() - (fraction.y() - 0.5) * size);
    setZoom(zoom, centre);
    event->accept();
}

void VideoTile::startTileDrag()
{
    auto *drag = new QDrag(this);
    drag->setMimeData(
        encodeTileDrag(m_cameraId, TileDragSource{quintptr(parentWidget()), m_index}));
    if (!m_frame.isNull())
        drag->setPixmap(QPixmap::fromImage(
            m_frame.image.scaled(160, 90, Qt::KeepAspectRatio, Qt::FastTransformation)));
    drag->exec(Qt::MoveAction | Qt::CopyAction, Qt::MoveAction);
}

void VideoTile::contextMenuEvent(QContextMenuEvent *event)
{
    emit clicked(m_index);
    if (m_cameraId.isEmpty())
        return;
    QMenu menu(this);
    QAction *snapshot = menu.addAction(tr("Save snapshot"));
    QAction *resetZoom = m_zoom > 1.0 ? menu.addAction(tr("Reset zoom")) : nullptr;
    QAction *analytics = m_analyticsOverlay ? menu.addAction(tr("Analytics…")) : nullptr;
    QAction *playback = m_playbackAvailable ? menu.addAction(tr("Playback")) : nullptr;
    QAction *close = menu.addAction(tr("Close video"));
    QAction *chosen = menu.exec(event->globalPos());
    if (chosen == close)
        emit closeRequested(m_index);
    else if (chosen == snapshot)
        emit snapshotRequested(m_index);
    else if (chosen && chosen == resetZoom)
        setZoom(1.0);
    else if (chosen && chosen == analytics)
        emit analyticsRequested(m_index);
    else if (chosen && chosen == playback)
        emit playbackRequested(m_cameraId);
}

void VideoTile::dragEnterEvent(QDragEnterEvent *event)
{
    const auto tileDrag = decodeTileDrag(event->mimeData());
    if (tileDrag && tileDrag->wallId == quintptr(parentWidget()) && tileDrag->tileIndex == m_index)
        return; // onto itself
    if (!tileDrag && decodeCameraIds(event->mimeData()).isEmpty())
        return;
    event->acceptProposedAction();
    m_dropTarget = true;
    repaintTile();
}

void VideoTile::dragLeaveEvent(QDragLeaveEvent *event)
{
    QWidget::dragLeaveEvent(event);
    m_dropTarget = false;
    repaintTile();
}

void VideoTile::dropEvent(QDropEvent *event)
{
    m_dropTarget = false;
    repaintTile();
    const QStringList ids = decodeCameraIds(event->mimeData());
    if (const auto tileDrag = decodeTileDrag(event->mimeData())) {
        event->acceptProposedAction();
        emit tileDropped(m_index, tileDrag->wallId, tileDrag->tileIndex,
                         ids.isEmpty() ? QString() : ids.constFirst());
        return;
    }
    if (ids.isEmpty())
        return;
    event->acceptProposedAction();
    emit cameraDropped(m_index, ids.constFirst());
}

} // namespace vigil
