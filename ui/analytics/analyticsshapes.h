#pragma once
// Zones (polygons) and directed lines as the analytics settings store them (normalized 0..1,
// origin top-left; see app/analytics/settingsschema.h), converted to and from JSON, and drawn
// the same way by the zone editor and the wall overlay.
//
// Thread contract: plain values and stateless functions; painting on the GUI thread.

#include <QColor>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;

namespace vigil {

struct AnalyticsShape
{
    enum class Direction
    {
        LeftToRight,
        RightToLeft,
        Both
    };

    QString name;
    QList<QPointF> points; // normalized
    bool line = false;     // directed line instead of polygon
    Direction direction = Direction::Both;
    bool closed = true; // false while the operator is still adding points

    int minimumPoints() const { return line ? 2 : 3; }
    bool operator==(const AnalyticsShape &) const = default;
};

QString directionKey(AnalyticsShape::Direction direction); // "leftToRight", ...
AnalyticsShape::Direction directionFromKey(const QString &key);

// Reads a polygonList / lineList value as far as it is well formed (malformed entries and points
// are skipped: the schema validator reports them).
QList<AnalyticsShape> shapesFromJson(const QJsonValue &value, bool lines);
QJsonArray shapesToJson(const QList<AnalyticsShape> &shapes);

// Every zone and line found in a settings object (any array of {"points": ...} entries; an
// entry with "direction" is a line).
QList<AnalyticsShape> shapesInSettings(const QJsonObject &settings);

// Maps normalized coordinates into a picture rectangle on screen, optionally showing only the
// `window` part of the picture (digital zoom).
struct PictureMapping
{
    QRectF picture;
    QRectF window{0, 0, 1, 1};
    QPointF toPixel(QPointF normalized) const;
    QPointF toNormalized(QPointF pixel) const;
};

struct ShapeStyle
{
    QColor color;
    bool selected = false;
    int selectedVertex = -1; // drawn larger
    bool showVertices = false;
    bool fill = true;
};

// Draws a zone (filled translucent polygon; an open one as a polyline) or a directed line with
// arrows pointing to the side(s) a counted crossing goes to, and the shape's name.
void paintShape(QPainter &painter, const AnalyticsShape &shape, const PictureMapping &mapping,
                const ShapeStyle &style);

} // namespace vigil
