#include "osmfeatures.h"

#include "geo/tilemath.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <optional>

namespace osmimport {

using mapgen::AreaKind;
using mapgen::RoadClass;

namespace {

// Bounding box for culling; a straight east-west or north-south way has a zero-height/width box,
// which would never intersect a tile.
QRectF boundsOf(const QPolygonF &points)
{
    return points.boundingRect().adjusted(-0.5, -0.5, 0.5, 0.5);
}

QString tag(const QJsonObject &tags, const char *key)
{
    return tags.value(QLatin1String(key)).toString();
}

std::optional<RoadClass> roadClassOf(const QString &highway)
{
    static const QHash<QString, RoadClass> classes = {
        {QStringLiteral("motorway"), RoadClass::Expressway},
        {QStringLiteral("motorway_link"), RoadClass::Expressway},
        {QStringLiteral("trunk"), RoadClass::Trunk},
        {QStringLiteral("trunk_link"), RoadClass::Trunk},
        {QStringLiteral("primary"), RoadClass::Primary},
        {QStringLiteral("primary_link"), RoadClass::Primary},
        {QStringLiteral("secondary"), RoadClass::Secondary},
        {QStringLiteral("secondary_link"), RoadClass::Secondary},
        {QStringLiteral("tertiary"), RoadClass::Secondary},
        {QStringLiteral("tertiary_link"), RoadClass::Secondary},
        {QStringLiteral("residential"), RoadClass::Residential},
        {QStringLiteral("unclassified"), RoadClass::Residential},
        {QStringLiteral("living_street"), RoadClass::Residential},
        {QStringLiteral("service"), RoadClass::Residential},
        {QStringLiteral("road"), RoadClass::Residential},
        {QStringLiteral("pedestrian"), RoadClass::Residential},
        {QStringLiteral("track"), RoadClass::Residential},
    };
    const auto it = classes.constFind(highway);
    return it == classes.constEnd() ? std::nullopt : std::optional(*it);
}

std::optional<double> waterwayWidthM(const QString &waterway, const QJsonObject &tags)
{
    bool ok = false;
    const double tagged = tag(tags, "width").toDouble(&ok);
    if (ok && tagged > 0)
        return tagged;
    if (waterway == u"river")
        return 40;
    if (waterway == u"canal")
        return 20;
    if (waterway == u"stream")
        return 6;
    if (waterway == u"drain" || waterway == u"ditch")
        return 3;
    return std::nullopt;
}

std::optional<AreaKind> areaKindOf(const QJsonObject &tags)
{
    const QString natural = tag(tags, "natural");
    const QString landuse = tag(tags, "landuse");
    const QString leisure = tag(tags, "leisure");
    const QString amenity = tag(tags, "amenity");
    if (natural == u"water" || tags.contains(QLatin1String("water")) || landuse == u"reservoir" ||
        landuse == u"basin" || tag(tags, "waterway") == u"riverbank")
        return AreaKind::Water;
    if (amenity == u"school" || amenity == u"university" || amenity == u"college" ||
        amenity == u"kindergarten")
        return AreaKind::School;
    if (leisure == u"park" || leisure == u"garden" || leisure == u"playground" ||
        leisure == u"pitch" || landuse == u"grass" || landuse == u"recreation_ground" ||
        landuse == u"village_green" || landuse == u"cemetery")
        return AreaKind::Park;
    if (landuse == u"forest" || natural == u"wood" || natural == u"scrub")
        return AreaKind::Forest;
    if (landuse == u"farmland" || landuse == u"meadow" || landuse == u"orchard" ||
        landuse == u"farmyard" || landuse == u"allotments")
        return AreaKind::Farmland;
    if (landuse == u"residential")
        return AreaKind::Compound;
    if (landuse == u"industrial" || landuse == u"commercial" || landuse == u"retail" ||
        landuse == u"railway")
        return AreaKind::Industrial;
    if (amenity == u"parking" || tag(tags, "place") == u"square" ||
        tag(tags, "highway") == u"pedestrian")
        return AreaKind::Plaza;
    return std::nullopt;
}

std::optional<mapgen::PlaceKind> placeKindOf(const QString &place)
{
    if (place == u"city" || place == u"town" || place == u"county" || place == u"district")
        return mapgen::PlaceKind::Town;
    if (place == u"suburb" || place == u"quarter" || place == u"neighbourhood" ||
        place == u"village" || place == u"hamlet" || place == u"borough")
        return mapgen::PlaceKind::Community;
    return std::nullopt;
}

// GeoJSON position [lon, lat] -> world pixels at the feature zoom.
bool toWorld(const QJsonValue &position, QPointF *world)
{
    const QJsonArray pair = position.toArray();
    if (pair.size() < 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
        return false;
    const double lon = pair.at(0).toDouble(), lat = pair.at(1).toDouble();
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90)
        return false;
    *world = vigil::geo::lonLatToWorld({lon, lat}, mapgen::kFeatureZoom);
    return true;
}

bool toPolygon(const QJsonValue &positions, QPolygonF *polygon)
{
    const QJsonArray array = positions.toArray();
    polygon->clear();
    polygon->reserve(array.size());
    for (const QJsonValue &position : array) {
        QPointF world;
        if (!toWorld(position, &world))
            return false;
        polygon->append(world);
    }
    return polygon->size() >= 2;
}

} // namespace

QString osmName(const QJsonObject &tags)
{
    for (const char *key : {"name:zh", "name:zh-Hans", "name"}) {
        const QString name = tag(tags, key).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return {};
}

bool OsmFeatureCollector::add(const QJsonObject &feature, QString *error)
{
    ++m_counts.features;
    const QJsonObject geometry = feature.value(QLatin1String("geometry")).toObject();
    const QJsonObject tags = feature.value(QLatin1String("properties")).toObject();
    const QString type = geometry.value(QLatin1String("type")).toString();
    const QJsonValue coordinates = geometry.value(QLatin1String("coordinates"));
    const int before =
        int(m_features.roads.size() + m_features.rivers.size() + m_features.areas.size() +
            m_features.buildings.size() + m_features.places.size());
    auto bad = [&](const QString &what) {
        *error = QStringLiteral("geometry.coordinates: %1 of a %2 is not a valid lon/lat list")
                     .arg(what, type);
        return false;
    };
    if (type == u"Point") {
        QPointF world;
        if (!toWorld(coordinates, &world))
            return bad(QStringLiteral("position"));
        addPoint(tags, world);
    } else if (type == u"LineString") {
        QPolygonF line;
        if (!toPolygon(coordinates, &line))
            return bad(QStringLiteral("line"));
        addLine(tags, line);
    } else if (type == u"MultiLineString") {
        for (const QJsonValue &part : coordinates.toArray()) {
            QPolygonF line;
            if (!toPolygon(part, &line))
                return bad(QStringLiteral("line"));
            addLine(tags, line);
        }
    } else if (type == u"Polygon" || type == u"MultiPolygon") {
        // Outer rings only: the renderer fills plain outlines (holes in land use are rare and
        // drawn filled).
        const QJsonArray polygons =
            type == u"Polygon" ? QJsonArray{coordinates.toArray()} : coordinates.toArray();
        for (const QJsonValue &polygon : polygons) {
            QPolygonF outer;
            if (!toPolygon(polygon.toArray().at(0), &outer))
                return bad(QStringLiteral("ring"));
            addArea(tags, outer);
        }
    } else if (!type.isEmpty()) {
        return true; // other geometry types carry nothing the basemap draws
    } else {
        *error = QStringLiteral("geometry.type is missing");
        return false;
    }
    const int after =
        int(m_features.roads.size() + m_features.rivers.size() + m_features.areas.size() +
            m_features.buildings.size() + m_features.places.size());
    if (after > before)
        ++m_counts.used;
    return true;
}

void OsmFeatureCollector::addLine(const QJsonObject &tags, const QPolygonF &line)
{
    if (const auto cls = roadClassOf(tag(tags, "highway"))) {
        if (tag(tags, "area") == u"yes")
            return;
        m_features.roads.append({*cls, line, osmName(tags), boundsOf(line)});
        return;
    }
    if (const auto width = waterwayWidthM(tag(tags, "waterway"), tags)) {
        m_features.rivers.append({line, *width, boundsOf(line)});
        const QString name = osmName(tags);
        if (!name.isEmpty() && *width >= 20)
            m_features.places.append({mapgen::PlaceKind::Water, line.at(line.size() / 2), name});
    }
}

void OsmFeatureCollector::addArea(const QJsonObject &tags, const QPolygonF &outline)
{
    if (outline.size() < 3)
        return;
    if (tags.contains(QLatin1String("building"))) {
        m_features.buildings.append({outline, boundsOf(outline)});
        return;
    }
    const auto kind = areaKindOf(tags);
    if (!kind)
        return;
    m_features.areas.append({*kind, outline, boundsOf(outline)});
    const QString name = osmName(tags);
    if (name.isEmpty())
        return;
    const QPointF centre = outline.boundingRect().center();
    if (*kind == AreaKind::Water)
        m_features.places.append({mapgen::PlaceKind::Water, centre, name});
    else if (*kind == AreaKind::Park || *kind == AreaKind::School)
        m_features.places.append({mapgen::PlaceKind::Poi, centre, name});
}

void OsmFeatureCollector::addPoint(const QJsonObject &tags, QPointF world)
{
    const QString name = osmName(tags);
    if (name.isEmpty())
        return;
    if (const auto kind = placeKindOf(tag(tags, "place")))
        m_features.places.append({*kind, world, name});
}

mapgen::MapFeatures OsmFeatureCollector::finish()
{
    mapgen::MapFeatures features = m_features;
    // Large land use first, so parks and schools inside a residential area stay visible.
    std::stable_sort(features.areas.begin(), features.areas.end(),
                     [](const mapgen::Area &a, const mapgen::Area &b) {
                         return a.bounds.width() * a.bounds.height() >
                                b.bounds.width() * b.bounds.height();
                     });
    QRectF coverage;
    auto extend = [&coverage](const QRectF &r) { coverage |= r; };
    for (const auto &r : std::as_const(features.roads))
        extend(r.bounds);
    for (const auto &r : std::as_const(features.rivers))
        extend(r.bounds);
    for (const auto &a : std::as_const(features.areas))
        extend(a.bounds);
    for (const auto &b : std::as_const(features.buildings))
        extend(b.bounds);
    if (coverage.isEmpty()) {
        features.coverage = {};
        return features;
    }
    features.coverage = coverage.adjusted(-64, -64, 64, 64);
    const double lat =
        vigil::geo::worldToLonLat(features.coverage.center(), mapgen::kFeatureZoom).lat;
    features.metersPerPixel = vigil::geo::metersPerPixel(lat, mapgen::kFeatureZoom);
    return features;
}

} // namespace osmimport
