#pragma once
// Renders every tile of a feature set for a zoom range and writes them into an MBTiles file:
// the common back end of vigil-mapgen (demo basemap) and vigil-osmimport (OSM extracts).
//
// Thread contract: single thread (the MbTilesWriter's QtSql connection is bound to it).

#include "mapfeatures.h"

#include <QList>
#include <QString>

#include <utility>

namespace mapgen {

struct PyramidStats
{
    int tiles = 0;
    qint64 bytes = 0;
    QList<int> tilesPerZoom; // index 0 = minZoom
};

// Standard MBTiles metadata for `features` (bounds and centre from its coverage) plus `extra`.
QList<std::pair<QString, QString>> basemapMetadata(const MapFeatures &features, int minZoom,
                                                   int maxZoom,
                                                   const QList<std::pair<QString, QString>> &extra);

// Renders zooms minZoom..maxZoom of `features` into `outPath` (atomically: written to
// "<outPath>.partial" and renamed). false + `error` on failure.
bool writeTilePyramid(const MapFeatures &features, int minZoom, int maxZoom,
                      const QList<std::pair<QString, QString>> &metadata, const QString &outPath,
                      PyramidStats *stats, QString *error);

} // namespace mapgen
