#pragma once
// Zones (polygons) and directed lines from a plugin's settings, in normalized frame coordinates,
// and the tests the rules need: is a point inside a zone, did a movement cross a line and which
// way. "Left" and "right" of a line are as seen walking from its first point to its last.
//
// Thread contract: plain values and pure functions; callable from any thread.

#include <QJsonValue>
#include <QList>
#include <QPointF>
#include <QString>

namespace vigil::common {

struct Zone
{
    QString name;
    QList<QPointF> points;
    bool contains(QPointF p) const;
};

enum class CrossingDirection
{
    LeftToRight,
    RightToLeft,
    Both
};

struct DirectedLine
{
    QString name;
    QList<QPointF> points;
    CrossingDirection direction = CrossingDirection::Both;

    // -1 left of the line, +1 right, 0 within `margin` of it (or beyond its ends, when no segment
    // is close). Decided by the nearest segment.
    int side(QPointF p, double margin) const;
    // True when the straight movement from `from` to `to` crosses one of the segments.
    bool crossedBy(QPointF from, QPointF to) const;
    bool counts(CrossingDirection actual) const
    {
        return direction == CrossingDirection::Both || direction == actual;
    }
};

QString directionKey(CrossingDirection direction); // "leftToRight", ...

// Read a validated polygonList / lineList setting. A malformed entry is reported in *error with
// its path ("zones[2].points") and makes the call return false.
bool parseZones(const QJsonValue &value, const QString &field, QList<Zone> *zones, QString *error);
bool parseLines(const QJsonValue &value, const QString &field, QList<DirectedLine> *lines,
                QString *error);

// A zone's name for messages: its own, or "zone N" (1-based) when it has none.
QString displayName(const QString &name, const QString &kind, int index);

} // namespace vigil::common
