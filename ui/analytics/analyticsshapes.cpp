#include "analytics/analyticsshapes.h"

#include <QFontMetricsF>
#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <cmath>

namespace vigil {

namespace {

constexpr double kVertexRadius = 4;
constexpr double kArrowLength = 18;

QList<QPointF> readPoints(const QJsonValue &value)
{
    QList<QPointF> points;
    for (const QJsonValue &point : value.toArray()) {
        const QJsonArray xy = point.toArray();
        if (xy.size() == 2 && xy.at(0).isDouble() && xy.at(1).isDouble())
            points.append(QPointF(xy.at(0).toDouble(), xy.at(1).toDouble()));
    }
    return points;
}

AnalyticsShape readShape(const QJsonObject &object, bool line)
{
    AnalyticsShape shape;
    shape.line = line;
    shape.name = object.value(QStringLiteral("name")).toString();
    shape.points = readPoints(object.value(QStringLiteral("points")));
    if (line)
        shape.direction = directionFromKey(object.value(QStringLiteral("direction")).toString());
    return shape;
}

// Arrow from `from` along `direction` (unit vector), `length` pixels long.
void drawArrow(QPainter &painter, QPointF from, QPointF direction, double length)
{
    const QPointF tip = from + direction * length;
    const QPointF back = -direction * 7.0;
    const QPointF side(-direction.y() * 4.5, direction.x() * 4.5);
    painter.drawLine(from, tip);
    painter.drawPolygon(QPolygonF{tip, tip + back + side, tip + back - side});
}

void drawLabel(QPainter &painter, QPointF anchor, const QString &text, const QColor &color)
{
    if (text.isEmpty())
        return;
    const QFontMetricsF metrics(painter.font());
    QRectF box(anchor + QPointF(4, -metrics.height() - 4),
               QSizeF(metrics.horizontalAdvance(text) + 8, metrics.height() + 2));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 160));
    painter.drawRoundedRect(box, 2, 2);
    painter.setPen(color);
    painter.drawText(box, Qt::AlignCenter, text);
}

} // namespace

QString directionKey(AnalyticsShape::Direction direction)
{
    switch (direction) {
    case AnalyticsShape::Direction::LeftToRight:
        return QStringLiteral("leftToRight");
    case AnalyticsShape::Direction::RightToLeft:
        return QStringLiteral("rightToLeft");
    case AnalyticsShape::Direction::Both:
        break;
    }
    return QStringLiteral("both");
}

AnalyticsShape::Direction directionFromKey(const QString &key)
{
    if (key == QStringLiteral("leftToRight"))
        return AnalyticsShape::Direction::LeftToRight;
    if (key == QStringLiteral("rightToLeft"))
        return AnalyticsShape::Direction::RightToLeft;
    return AnalyticsShape::Direction::Both;
}

QList<AnalyticsShape> shapesFromJson(const QJsonValue &value, bool lines)
{
    QList<AnalyticsShape> shapes;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isObject())
            shapes.append(readShape(item.toObject(), lines));
    }
    return shapes;
}

QJsonArray shapesToJson(const QList<AnalyticsShape> &shapes)
{
    QJsonArray array;
    for (const AnalyticsShape &shape : shapes) {
        QJsonObject object;
        if (!shape.name.isEmpty())
            object.insert(QStringLiteral("name"), shape.name);
        QJsonArray points;
        for (const QPointF &p : shape.points)
            points.append(QJsonArray{p.x(), p.y()});
        object.insert(QStringLiteral("points"), points);
        if (shape.line)
            object.insert(QStringLiteral("direction"), directionKey(shape.direction));
        array.append(object);
    }
    return array;
}

QList<AnalyticsShape> shapesInSettings(const QJsonObject &settings)
{
    QList<AnalyticsShape> shapes;
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        for (const QJsonValue &item : it.value().toArray()) {
            const QJsonObject object = item.toObject();
            if (!object.value(QStringLiteral("points")).isArray())
                continue;
            AnalyticsShape shape = readShape(object, object.contains(QStringLiteral("direction")));
            if (shape.points.size() >= shape.minimumPoints())
                shapes.append(shape);
        }
    }
    return shapes;
}

QPointF PictureMapping::toPixel(QPointF normalized) const
{
    const double fx = (normalized.x() - window.left()) / window.width();
    const double fy = (normalized.y() - window.top()) / window.height();
    return {picture.left() + fx * picture.width(), picture.top() + fy * picture.height()};
}

QPointF PictureMapping::toNormalized(QPointF pixel) const
{
    const double fx = (pixel.x() - picture.left()) / picture.width();
    const double fy = (pixel.y() - picture.top()) / picture.height();
    return {window.left() + fx * window.width(), window.top() + fy * window.height()};
}

void paintShape(QPainter &painter, const AnalyticsShape &shape, const PictureMapping &mapping,
                const ShapeStyle &style)
{
    if (shape.points.isEmpty())
        return;
    QPolygonF pixels;
    for (const QPointF &p : shape.points)
        pixels << mapping.toPixel(p);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = style.color;
    fill.setAlpha(style.selected ? 70 : 45);
    painter.setPen(QPen(style.color, style.selected ? 2.5 : 1.8));
    if (!shape.line && shape.closed && pixels.size() >= 3) {
        painter.setBrush(style.fill ? QBrush(fill) : QBrush(Qt::NoBrush));
        painter.drawPolygon(pixels);
    } else {
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(pixels);
    }

    if (shape.line && shape.closed && pixels.size() >= 2) {
        // Arrows at the middle of the middle segment, towards the side a counted crossing
        // ends on ("right" = right-hand side walking from the first point to the last).
        const int segment = int(pixels.size() - 2) / 2;
        const QPointF a = pixels[segment];
        const QPointF b = pixels[segment + 1];
        const QPointF along = b - a;
        const double length = std::hypot(along.x(), along.y());
        if (length > 0) {
            const QPointF right(-along.y() / length, along.x() / length);
            const QPointF middle = (a + b) / 2;
            painter.setBrush(style.color);
            if (shape.direction != AnalyticsShape::Direction::RightToLeft)
                drawArrow(painter, middle, right, kArrowLength);
            if (shape.direction != AnalyticsShape::Direction::LeftToRight)
                drawArrow(painter, middle, -right, kArrowLength);
        }
    }

    if (style.showVertices) {
        painter.setPen(QPen(Qt::black, 1));
        for (int i = 0; i < pixels.size(); ++i) {
            const double r = i == style.selectedVertex ? kVertexRadius + 2 : kVertexRadius;
            painter.setBrush(i == 0 && !shape.closed ? QColor(Qt::white) : style.color);
            painter.drawEllipse(pixels[i], r, r);
        }
    }
    drawLabel(painter, pixels.first(), shape.name, style.color);
    painter.restore();
}

} // namespace vigil
