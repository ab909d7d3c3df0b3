#pragma once
// TileRenderer: paints one 256-px Web-Mercator tile of the generated basemap with QPainter
// (antialiased): land use, river and lakes, building footprints, roads by class (casing + fill,
// width by zoom) and Chinese labels (roads along their direction at z >= 15, places by zoom).
// Labels are placed per zoom in world coordinates first, so a label crossing a tile border is
// drawn identically in both tiles.
//
// Thread contract: construct on one thread; render() is const and may then run concurrently.
// Needs a QGuiApplication (fonts); no widgets.

#include "mapfeatures.h"

#include "geo/tilemath.h"

#include <QFont>
#include <QHash>
#include <QImage>

namespace mapgen {

class TileRenderer
{
public:
    explicit TileRenderer(const MapFeatures &features, int minZoom, int maxZoom);
    QImage render(const vigil::geo::TileId &tile) const;

    struct PlacedLabel
    {
        QPointF centre; // world px at the label's zoom
        double angleDeg = 0;
        QString text;
        QRectF bounds; // world px at the label's zoom
    };

private:
    void placeRoadLabels(int zoom);

    const MapFeatures &m_features;
    QFont m_font;
    QHash<int, QList<PlacedLabel>> m_roadLabels; // by zoom
};

} // namespace mapgen
