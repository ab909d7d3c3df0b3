#include "playback/playbacktile.h"

#include <QDateTime>
#include <QPainter>

namespace vigil {

PlaybackTile::PlaybackTile(QString cameraId, QString cameraName, QWidget *parent)
    : QWidget(parent), m_cameraId(std::move(cameraId)), m_cameraName(std::move(cameraName))
{
    setMinimumSize(120, 68);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void PlaybackTile::showFrame(qint64 timeMs, const QImage &image)
{
    m_timeMs = timeMs;
    m_gap = image.isNull();
    if (!m_gap)
        m_image = image;
    update();
}

void PlaybackTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(5, 10, 18));
    if (!m_gap && !m_image.isNull()) {
        QRectF target(QPointF(0, 0), QSizeF(m_image.size()).scaled(size(), Qt::KeepAspectRatio));
        target.moveCenter(QRectF(rect()).center());
        painter.drawImage(target, m_image);
    }
    painter.setPen(QColor(230, 238, 247));
    QString top = m_cameraName;
    if (m_timeMs > 0)
        top += QStringLiteral("  ") + QDateTime::fromMSecsSinceEpoch(m_timeMs).toString(
                                          QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    const QRect band = rect().adjusted(6, 4, -6, -4);
    painter.drawText(band, Qt::AlignTop | Qt::AlignLeft, top);
    if (m_gap || m_image.isNull()) {
        painter.setPen(QColor(251, 191, 36));
        painter.drawText(rect(), Qt::AlignCenter,
                         m_gap ? tr("No recording at this time") : tr("Loading…"));
    }
    painter.setPen(QColor(28, 42, 61));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

} // namespace vigil
