#include "wall/videotile.h"

#include "common/cameramime.h"
#include "media/videosource.h"
#include "wall/streamstatustext.h"
#include "wall/tilepainter.h"

#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>

namespace vigil {

VideoTile::VideoTile(int index, QWidget *parent) : QWidget(parent), m_index(index)
{
    setAcceptDrops(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(160, 90);
    setFocusPolicy(Qt::ClickFocus);
    setObjectName(QStringLiteral("videoTile%1").arg(index + 1));
}

VideoTile::~VideoTile()
{
    delete m_source.data();
}

void VideoTile::setSource(VideoSource *source, const QString &cameraId, const QString &cameraName)
{
    if (m_source && m_source != source)
        delete m_source.data();
    m_source = source;
    m_cameraId = source ? cameraId : QString();
    m_cameraName = source ? cameraName : QString();
    m_frame = {};
    m_status = {};
    m_lastFault = StreamFault::None;
    m_lastReason.clear();
    m_framesReceived = 0;
    m_framesPainted = 0;
    m_lastPaintedSequence = 0;
    setToolTip(m_cameraName.isEmpty() ? QString() : m_cameraName + QLatin1Char('\n') + m_cameraId);
    if (!source) {
        emit statusChanged(m_index, m_status);
        update();
        return;
    }
    source->setParent(this);
    connect(source, &VideoSource::frameAvailable, this, &VideoTile::onFrameAvailable);
    connect(source, &VideoSource::statusChanged, this, &VideoTile::onStatusChanged);
    updateSourceGeometry();
    onStatusChanged(source->status()); // emits statusChanged and repaints
}

void VideoTile::setSelected(bool selected)
{
    if (m_selected == selected)
        return;
    m_selected = selected;
    update();
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
    m_frame = std::move(frame);
    ++m_framesReceived;
    update();
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
    update();
}

void VideoTile::updateSourceGeometry()
{
    if (!m_source)
        return;
    const bool active = isVisible() && !size().isEmpty();
    m_source->setTargetSize(active ? size() * devicePixelRatioF() : QSize());
    m_source->setActive(active);
}

void VideoTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    TilePaintInput input;
    input.rect = rect();
    input.image = m_frame.image;
    input.sourceSize = m_frame.sourceSize;
    input.cameraName = m_cameraName;
    input.frameTimeMs = m_frame.decodedAtMs;
    input.stateText = stateText();
    input.stateIsError = m_status.state == StreamState::Offline ||
                         m_status.state == StreamState::Stalled ||
                         m_status.fault != StreamFault::None;
    input.emptyHint = StreamStatusText::emptyTileHint();
    input.tileNumber = m_index + 1;
    input.selected = m_selected;
    input.dropTarget = m_dropTarget;
    if (paintTile(painter, input) && m_frame.sequence != m_lastPaintedSequence) {
        m_lastPaintedSequence = m_frame.sequence;
        ++m_framesPainted;
    }
}

void VideoTile::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateSourceGeometry();
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
    emit clicked(m_index);
}

void VideoTile::contextMenuEvent(QContextMenuEvent *event)
{
    emit clicked(m_index);
    if (m_cameraId.isEmpty())
        return;
    QMenu menu(this);
    QAction *close = menu.addAction(tr("Close video"));
    if (menu.exec(event->globalPos()) == close)
        emit closeRequested(m_index);
}

void VideoTile::dragEnterEvent(QDragEnterEvent *event)
{
    if (decodeCameraIds(event->mimeData()).isEmpty())
        return;
    event->acceptProposedAction();
    m_dropTarget = true;
    update();
}

void VideoTile::dragLeaveEvent(QDragLeaveEvent *event)
{
    QWidget::dragLeaveEvent(event);
    m_dropTarget = false;
    update();
}

void VideoTile::dropEvent(QDropEvent *event)
{
    m_dropTarget = false;
    update();
    const QStringList ids = decodeCameraIds(event->mimeData());
    if (ids.isEmpty())
        return;
    event->acceptProposedAction();
    emit cameraDropped(m_index, ids.constFirst());
}

} // namespace vigil
