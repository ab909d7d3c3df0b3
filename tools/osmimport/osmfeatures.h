#pragma once
// Turns OSM features exported by osmium (GeoJSON, WGS-84) into the basemap feature set the tile
// renderer draws: highways by class, rivers and canals, water, land use, parks, schools,
// buildings, and place names (Chinese name first: name:zh, then name).
//
// Thread contract: a plain value builder; one thread at a time.

#include "mapfeatures.h"

#include <QJsonObject>
#include <QString>

namespace osmimport {

struct ImportCounts
{
    int features = 0; // GeoJSON features read
    int used = 0;     // features that became something drawn
};

class OsmFeatureCollector
{
public:
    // Adds one GeoJSON Feature object. Returns false (with `error` naming the field) only for a
    // malformed feature; features of kinds the basemap does not draw are skipped silently.
    bool add(const QJsonObject &feature, QString *error);
    const ImportCounts &counts() const { return m_counts; }
    // The collected features with coverage and scale set; empty features when nothing was used.
    mapgen::MapFeatures finish();

private:
    void addLine(const QJsonObject &tags, const QPolygonF &line);
    void addArea(const QJsonObject &tags, const QPolygonF &outline);
    void addPoint(const QJsonObject &tags, QPointF world);

    mapgen::MapFeatures m_features;
    ImportCounts m_counts;
};

// The label of an OSM object: name:zh, name:zh-Hans, then name.
QString osmName(const QJsonObject &tags);

} // namespace osmimport
