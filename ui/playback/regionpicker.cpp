#include "playback/regionpicker.h"

#include "recording/motioncells.h"

#include <QMouseEvent>
#include <QPainter>

namespace vigil {

RegionPicker::RegionPicker(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(192, 108);
    setCursor(Qt::CrossCursor);
    setToolTip(tr("Drag over the picture to choose where to look for motion"));
}

void RegionPicker::setPicture(const QImage &image)
{
    m_picture = image;
    update();
}

void RegionPicker::setRegion(const QRectF &region)
{
    m_region = region.normalized().intersected(QRectF(0, 0, 1, 1));
    update();
    emit regionChanged(m_region);
}

QRectF RegionPicker::pictureRect() const
{
    const QSizeF aspect = m_picture.isNull() ? QSizeF(16, 9) : QSizeF(m_picture.size());
    const QSizeF fitted = aspect.scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2),
                  fitted);
}

QPointF RegionPicker::fractionAt(const QPointF &position) const
{
    const QRectF picture = pictureRect();
    return QPointF(qBound(0.0, (position.x() - picture.left()) / picture.width(), 1.0),
                   qBound(0.0, (position.y() - picture.top()) / picture.height(), 1.0));
}

void RegionPicker::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(24, 24, 27));
    const QRectF picture = pictureRect();
    if (m_picture.isNull())
        painter.fillRect(picture, QColor(63, 63, 70));
    else
        painter.drawImage(picture, m_picture);
    const auto toWidget = [&picture](const QRectF &fraction) {
        return QRectF(picture.left() + fraction.left() * picture.width(),
                      picture.top() + fraction.top() * picture.height(),
                      fraction.width() * picture.width(), fraction.height() * picture.height());
    };
    const MotionCells cells = MotionCells::fromRegion(m_region);
    for (int row = 0; row < MotionCells::kRows; ++row) {
        for (int column = 0; column < MotionCells::kColumns; ++column) {
            if (cells.test(column, row))
                painter.fillRect(toWidget(MotionCells::cellRect(column, row)),
                                 QColor(56, 189, 248, 60));
        }
    }
    painter.setPen(QPen(QColor(255, 255, 255, 40), 1));
    for (int column = 1; column < MotionCells::kColumns; ++column) {
        const double x = picture.left() + picture.width() * column / MotionCells::kColumns;
        painter.drawLine(QPointF(x, picture.top()), QPointF(x, picture.bottom()));
    }
    for (int row = 1; row < MotionCells::kRows; ++row) {
        const double y = picture.top() + picture.height() * row / MotionCells::kRows;
        painter.drawLine(QPointF(picture.left(), y), QPointF(picture.right(), y));
    }
    painter.setPen(QPen(QColor(56, 189, 248), 2));
    painter.drawRect(toWidget(m_region));
}

void RegionPicker::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    m_dragStart = fractionAt(event->position());
}

void RegionPicker::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    m_region = QRectF(m_dragStart, fractionAt(event->position())).normalized();
    update();
}

void RegionPicker::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    const QRectF dragged = QRectF(m_dragStart, fractionAt(event->position())).normalized();
    // A click without a drag selects the whole picture again.
    setRegion(dragged.width() < 0.01 || dragged.height() < 0.01 ? QRectF(0, 0, 1, 1) : dragged);
}

} // namespace vigil
