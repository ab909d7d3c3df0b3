#pragma once
// The vector features of a generated basemap, in world pixels of zoom 18 (kFeatureZoom): what
// districtlayout.cpp lays out and tilerenderer.cpp paints. Plain values, no threads.

#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

namespace mapgen {

inline constexpr int kFeatureZoom = 18;

enum class RoadClass
{
    Expressway,
    Trunk,
    Primary,
    Secondary,
    Residential
};

struct Road
{
    RoadClass cls = RoadClass::Residential;
    QPolygonF line;
    QString name;
    QRectF bounds;
};

enum class AreaKind
{
    Farmland,
    Forest,
    Park,
    Compound,
    School,
    Industrial,
    Water,
    Plaza
};

struct Area
{
    AreaKind kind = AreaKind::Park;
    QPolygonF outline;
    QRectF bounds;
};

struct Building
{
    QPolygonF outline;
    QRectF bounds;
};

struct River
{
    QPolygonF centreline;
    double widthM = 80;
    QRectF bounds;
};

enum class PlaceKind
{
    Town,
    Community,
    Poi,
    Water
};

struct PlaceLabel
{
    PlaceKind kind = PlaceKind::Poi;
    QPointF pos;
    QString text;
};

struct MapFeatures
{
    QList<Area> areas;
    QList<River> rivers;
    QList<Building> buildings;
    QList<Road> roads;
    QList<PlaceLabel> places;
    QRectF coverage;             // world px (z18) the tiles must cover
    double metersPerPixel = 0.5; // at kFeatureZoom, at the district latitude
};

} // namespace mapgen
