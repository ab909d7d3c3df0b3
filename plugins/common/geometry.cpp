#include "geometry.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>

namespace vigil::common {

namespace {

double cross(QPointF a, QPointF b)
{
    return a.x() * b.y() - a.y() * b.x();
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double lengthSquared = QPointF::dotProduct(ab, ab);
    const double t = lengthSquared > 0
                         ? std::clamp(QPointF::dotProduct(p - a, ab) / lengthSquared, 0.0, 1.0)
                         : 0.0;
    const QPointF nearest = a + t * ab;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

bool segmentsIntersect(QPointF p1, QPointF p2, QPointF q1, QPointF q2)
{
    const double d1 = cross(q2 - q1, p1 - q1);
    const double d2 = cross(q2 - q1, p2 - q1);
    const double d3 = cross(p2 - p1, q1 - p1);
    const double d4 = cross(p2 - p1, q2 - p1);
    return ((d1 < 0) != (d2 < 0)) && ((d3 < 0) != (d4 < 0)) && d1 != 0 && d2 != 0;
}

bool readPoints(const QJsonValue &value, int minimum, QList<QPointF> *points)
{
    const QJsonArray array = value.toArray();
    if (array.size() < minimum)
        return false;
    for (const QJsonValue &point : array) {
        const QJsonArray xy = point.toArray();
        if (xy.size() != 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble())
            return false;
        points->append({xy.at(0).toDouble(), xy.at(1).toDouble()});
    }
    return true;
}

} // namespace

bool Zone::contains(QPointF p) const
{
    bool inside = false;
    for (qsizetype i = 0, j = points.size() - 1; i < points.size(); j = i++) {
        const QPointF a = points[i];
        const QPointF b = points[j];
        if ((a.y() > p.y()) != (b.y() > p.y()) &&
            p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

int DirectedLine::side(QPointF p, double margin) const
{
    double best = std::numeric_limits<double>::max();
    int result = 0;
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        const QPointF a = points[i];
        const QPointF b = points[i + 1];
        const double distance = distanceToSegment(p, a, b);
        if (distance >= best)
            continue;
        best = distance;
        // Image y grows downwards: walking along a->b, the left-hand side has a negative cross
        // product.
        const QPointF ab = b - a;
        const double len = std::hypot(ab.x(), ab.y());
        const double signedDistance = len > 0 ? cross(ab, p - a) / len : 0;
        result = std::abs(signedDistance) <= margin ? 0 : (signedDistance < 0 ? -1 : 1);
    }
    return result;
}

bool DirectedLine::crossedBy(QPointF from, QPointF to) const
{
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        if (segmentsIntersect(from, to, points[i], points[i + 1]))
            return true;
    }
    return false;
}

QString directionKey(CrossingDirection direction)
{
    switch (direction) {
    case CrossingDirection::LeftToRight:
        return QStringLiteral("leftToRight");
    case CrossingDirection::RightToLeft:
        return QStringLiteral("rightToLeft");
    case CrossingDirection::Both:
        break;
    }
    return QStringLiteral("both");
}

bool parseZones(const QJsonValue &value, const QString &field, QList<Zone> *zones, QString *error)
{
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        Zone zone;
        zone.name = object.value(QStringLiteral("name")).toString();
        if (!readPoints(object.value(QStringLiteral("points")), 3, &zone.points)) {
            *error = QStringLiteral("%1[%2].points: a zone needs at least 3 [x, y] points")
                         .arg(field)
                         .arg(i);
            return false;
        }
        zones->append(zone);
    }
    return true;
}

bool parseLines(const QJsonValue &value, const QString &field, QList<DirectedLine> *lines,
                QString *error)
{
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        DirectedLine line;
        line.name = object.value(QStringLiteral("name")).toString();
        if (!readPoints(object.value(QStringLiteral("points")), 2, &line.points)) {
            *error = QStringLiteral("%1[%2].points: a line needs at least 2 [x, y] points")
                         .arg(field)
                         .arg(i);
            return false;
        }
        const QString direction = object.value(QStringLiteral("direction")).toString();
        if (direction == QStringLiteral("leftToRight"))
            line.direction = CrossingDirection::LeftToRight;
        else if (direction == QStringLiteral("rightToLeft"))
            line.direction = CrossingDirection::RightToLeft;
        else if (direction == QStringLiteral("both") || direction.isEmpty())
            line.direction = CrossingDirection::Both;
        else {
            *error = QStringLiteral("%1[%2].direction: unknown direction \"%3\"")
                         .arg(field)
                         .arg(i)
                         .arg(direction);
            return false;
        }
        lines->append(line);
    }
    return true;
}

QString displayName(const QString &name, const QString &kind, int index)
{
    return name.isEmpty() ? QStringLiteral("%1 %2").arg(kind).arg(index + 1) : name;
}

} // namespace vigil::common
