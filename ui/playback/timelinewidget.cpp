#include "playback/timelinewidget.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cstdlib>

namespace vigil {

QString gapReasonText(const QString &reasonKey)
{
    if (reasonKey == QStringLiteral("stream_lost"))
        return TimelineWidget::tr("camera stream lost");
    if (reasonKey == QStringLiteral("disk_full"))
        return TimelineWidget::tr("disk full");
    if (reasonKey == QStringLiteral("write_error"))
        return TimelineWidget::tr("write error");
    if (reasonKey == QStringLiteral("overload"))
        return TimelineWidget::tr("recorder overloaded");
    return TimelineWidget::tr("not recorded");
}

TimelineWidget::TimelineWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumHeight(36);
    setAccessibleName(tr("Recording timeline"));
}

void TimelineWidget::setWindow(qint64 fromMs, qint64 toMs)
{
    m_fromMs = fromMs;
    m_toMs = std::max(toMs, fromMs + 1);
    update();
}

void TimelineWidget::setRecordings(const QList<SegmentRecord> &segments,
                                   const QList<GapRecord> &gaps)
{
    m_segments = segments;
    m_gaps = gaps;
    update();
}

void TimelineWidget::setCursorTime(qint64 ms)
{
    m_cursorMs = ms;
    update();
}

QRect TimelineWidget::barRect() const
{
    return rect().adjusted(4, 8, -4, -16); // room above for alert markers
}

qint64 TimelineWidget::timeAt(int x) const
{
    const QRect bar = barRect();
    const double fraction = std::clamp(double(x - bar.left()) / std::max(1, bar.width()), 0.0, 1.0);
    return m_fromMs + qint64(fraction * double(m_toMs - m_fromMs));
}

int TimelineWidget::xAt(qint64 ms) const
{
    const QRect bar = barRect();
    return bar.left() + int(double(ms - m_fromMs) / double(m_toMs - m_fromMs) * bar.width());
}

void TimelineWidget::setAlertMarkers(const QList<qint64> &timesMs)
{
    m_alertMarkers = timesMs;
    update();
}

qint64 TimelineWidget::markerNear(int x) const
{
    constexpr int kSnapPixels = 5;
    qint64 best = -1;
    int bestDistance = kSnapPixels + 1;
    for (qint64 marker : m_alertMarkers) {
        const int distance = std::abs(xAt(marker) - x);
        if (marker >= m_fromMs && marker <= m_toMs && distance < bestDistance) {
            best = marker;
            bestDistance = distance;
        }
    }
    return best;
}

const GapRecord *TimelineWidget::gapAt(qint64 ms) const
{
    for (const GapRecord &gap : m_gaps) {
        if (ms >= gap.startMs && ms < gap.endMs)
            return &gap;
    }
    return nullptr;
}

void TimelineWidget::setMotionSpans(const QList<QPair<qint64, qint64>> &spans)
{
    m_motionSpans = spans;
    update();
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect bar = barRect();
    painter.fillRect(rect(), palette().window());
    painter.fillRect(bar, QColor(60, 60, 66));
    for (const SegmentRecord &segment : std::as_const(m_segments)) {
        const int left = std::max(bar.left(), xAt(segment.startMs));
        const int right = std::min(bar.right(), xAt(segment.endMs));
        if (right >= left)
            painter.fillRect(QRect(left, bar.top(), right - left + 1, bar.height()),
                             segment.trigger == SegmentTrigger::Event ? QColor(214, 150, 40)
                                                                      : QColor(46, 160, 90));
    }
    for (const GapRecord &gap : std::as_const(m_gaps)) {
        if (gap.reason == QStringLiteral("no_recording"))
            continue; // plain background already says it
        const int left = std::max(bar.left(), xAt(gap.startMs));
        const int right = std::min(bar.right(), xAt(gap.endMs));
        if (right >= left)
            painter.fillRect(QRect(left, bar.bottom() - 3, right - left + 1, 4),
                             QColor(200, 60, 60));
    }
    for (const auto &[startMs, endMs] : std::as_const(m_motionSpans)) {
        const int left = std::max(bar.left(), xAt(startMs));
        const int right = std::min(bar.right(), xAt(endMs));
        if (right >= left)
            painter.fillRect(QRect(left, bar.top(), right - left + 1, 4), QColor(56, 189, 248));
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(229, 57, 53));
    for (qint64 marker : std::as_const(m_alertMarkers)) {
        if (marker < m_fromMs || marker > m_toMs)
            continue;
        const int x = xAt(marker);
        const QPoint triangle[3] = {
            {x - 5, bar.top() - 6}, {x + 5, bar.top() - 6}, {x, bar.top() + 2}};
        painter.drawPolygon(triangle, 3);
    }
    painter.setBrush(Qt::NoBrush);
    if (m_cursorMs >= m_fromMs && m_cursorMs <= m_toMs) {
        painter.setPen(QPen(Qt::white, 2));
        const int x = xAt(m_cursorMs);
        painter.drawLine(x, bar.top() - 2, x, bar.bottom() + 2);
    }
    painter.setPen(palette().color(QPalette::WindowText));
    const auto label = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss"));
    };
    const QRect text(bar.left(), bar.bottom() + 2, bar.width(), 14);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, label(m_fromMs));
    painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, label(m_toMs));
    if (m_cursorMs >= m_fromMs && m_cursorMs <= m_toMs)
        painter.drawText(text, Qt::AlignHCenter | Qt::AlignVCenter, label(m_cursorMs));
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int x = event->position().toPoint().x();
    const qint64 marker = markerNear(x);
    emit timeRequested(marker >= 0 ? marker : timeAt(x));
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        emit timeRequested(timeAt(event->position().toPoint().x()));
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const qint64 ms = timeAt(help->pos().x());
        QString text =
            QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (const GapRecord *gap = gapAt(ms))
            text += QLatin1Char('\n') + tr("No recording: %1").arg(gapReasonText(gap->reason));
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace vigil
