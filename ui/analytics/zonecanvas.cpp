#include "analytics/zonecanvas.h"

#include "wall/tilepainter.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace vigil {

namespace {

constexpr double kGrabRadius = 8; // pixels around a vertex that grab it
const QColor kPlaceholder(0x50, 0x55, 0x5c);
const QColor kShapeColor(0xfb, 0xbf, 0x24);
const QColor kCurrentColor(0x22, 0xd3, 0xee);

} // namespace

ZoneCanvas::ZoneCanvas(bool lines, QWidget *parent) : QWidget(parent), m_lines(lines)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ZoneCanvas::setStill(const QImage &still, QSize sourceSize)
{
    m_still = still;
    m_sourceSize = sourceSize.isEmpty() ? still.size() : sourceSize;
    update();
}

void ZoneCanvas::setShapes(const QList<AnalyticsShape> &shapes)
{
    m_shapes = shapes;
    m_current = m_shapes.isEmpty() ? -1 : 0;
    m_selectedVertex = -1;
    m_dragging = false;
    update();
    emit currentShapeChanged(m_current);
}

void ZoneCanvas::setCurrentShape(int index)
{
    if (index < -1 || index >= m_shapes.size() || index == m_current)
        return;
    select(index, -1);
}

void ZoneCanvas::updateCurrentShape(const AnalyticsShape &shape)
{
    if (m_current < 0)
        return;
    AnalyticsShape &current = m_shapes[m_current];
    if (current.name == shape.name && current.direction == shape.direction)
        return;
    current.name = shape.name;
    current.direction = shape.direction;
    update();
    emit shapesChanged();
}

void ZoneCanvas::removeCurrentShape()
{
    if (m_current < 0)
        return;
    m_shapes.removeAt(m_current);
    m_current = std::min(m_current, int(m_shapes.size()) - 1);
    m_selectedVertex = -1;
    update();
    emit shapesChanged();
    emit currentShapeChanged(m_current);
}

bool ZoneCanvas::isDrawing() const
{
    return m_current >= 0 && !m_shapes[m_current].closed;
}

QRectF ZoneCanvas::pictureRect() const
{
    const QSize aspect = m_sourceSize.isEmpty() ? QSize(16, 9) : m_sourceSize;
    return letterboxRect(QRectF(rect()).adjusted(2, 2, -2, -2), aspect);
}

ZoneCanvas::Hit ZoneCanvas::vertexAt(QPointF pixel) const
{
    const PictureMapping map = mapping();
    Hit best;
    double bestDistance = kGrabRadius;
    // The current shape wins over others at the same spot.
    QList<int> order;
    if (m_current >= 0)
        order << m_current;
    for (int i = 0; i < m_shapes.size(); ++i) {
        if (i != m_current)
            order << i;
    }
    for (int shape : std::as_const(order)) {
        const QList<QPointF> &points = m_shapes[shape].points;
        for (int v = 0; v < points.size(); ++v) {
            const QPointF d = map.toPixel(points[v]) - pixel;
            const double distance = std::hypot(d.x(), d.y());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = {shape, v};
            }
        }
        if (best.shape >= 0)
            return best;
    }
    return best;
}

QPointF ZoneCanvas::clampedNormalized(QPointF pixel) const
{
    const QPointF p = mapping().toNormalized(pixel);
    return {std::clamp(p.x(), 0.0, 1.0), std::clamp(p.y(), 0.0, 1.0)};
}

void ZoneCanvas::select(int shape, int vertex)
{
    const bool changed = shape != m_current;
    m_current = shape;
    m_selectedVertex = vertex;
    update();
    if (changed)
        emit currentShapeChanged(m_current);
}

void ZoneCanvas::addPoint(QPointF pixel)
{
    if (!pictureRect().contains(pixel))
        return;
    const QPointF point = clampedNormalized(pixel);
    if (isDrawing()) {
        AnalyticsShape &shape = m_shapes[m_current];
        shape.points.append(point);
        if (m_lines && shape.points.size() >= 2)
            shape.closed = true;
        m_selectedVertex = int(shape.points.size()) - 1;
        update();
        emit shapesChanged();
        return;
    }
    if (m_maxShapes >= 0 && m_shapes.size() >= m_maxShapes)
        return; // the field's limit; the hint under the canvas says so
    AnalyticsShape shape;
    shape.line = m_lines;
    shape.closed = false;
    shape.points.append(point);
    m_shapes.append(shape);
    select(int(m_shapes.size()) - 1, 0);
    emit shapesChanged();
}

void ZoneCanvas::removeVertex(int shapeIndex, int vertex)
{
    AnalyticsShape &shape = m_shapes[shapeIndex];
    shape.points.removeAt(vertex);
    if (shape.points.isEmpty()) {
        m_current = shapeIndex;
        removeCurrentShape();
        return;
    }
    if (shape.points.size() < shape.minimumPoints())
        shape.closed = false; // the next clicks continue it
    select(shapeIndex, -1);
    emit shapesChanged();
}

void ZoneCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QRectF picture = pictureRect();
    if (m_still.isNull())
        painter.fillRect(picture, kPlaceholder);
    else
        painter.drawImage(picture, m_still);
    const PictureMapping map = mapping();
    for (int i = 0; i < m_shapes.size(); ++i) {
        ShapeStyle style;
        style.selected = i == m_current;
        style.color = style.selected ? kCurrentColor : kShapeColor;
        style.showVertices = true;
        style.selectedVertex = style.selected ? m_selectedVertex : -1;
        paintShape(painter, m_shapes[i], map, style);
    }
    if (hasFocus()) {
        painter.setPen(QPen(kCurrentColor, 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(picture.adjusted(-1, -1, 1, 1));
    }
}

void ZoneCanvas::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const QPointF pos = event->position();
    const Hit hit = vertexAt(pos);
    if (event->button() == Qt::RightButton) {
        if (hit.shape >= 0)
            removeVertex(hit.shape, hit.vertex);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    if (hit.shape >= 0 && (!isDrawing() || hit.shape == m_current)) {
        select(hit.shape, hit.vertex);
        m_dragging = true;
        return;
    }
    addPoint(pos);
}

void ZoneCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging || m_current < 0 || m_selectedVertex < 0 ||
        !(event->buttons() & Qt::LeftButton))
        return;
    QPointF &point = m_shapes[m_current].points[m_selectedVertex];
    const QPointF moved = clampedNormalized(event->position());
    if (moved == point)
        return;
    point = moved;
    update();
    emit shapesChanged();
}

void ZoneCanvas::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = false;
}

void ZoneCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !isDrawing())
        return;
    AnalyticsShape &shape = m_shapes[m_current];
    if (shape.points.size() < shape.minimumPoints())
        return;
    shape.closed = true;
    m_selectedVertex = -1;
    update();
    emit shapesChanged();
}

void ZoneCanvas::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_current >= 0 && m_selectedVertex >= 0)
            removeVertex(m_current, m_selectedVertex);
        return;
    case Qt::Key_Escape:
        if (isDrawing()) {
            removeCurrentShape();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace vigil
