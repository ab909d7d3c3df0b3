#include "tilepyramid.h"

#include "mbtileswriter.h"
#include "tilerenderer.h"

#include <QBuffer>
#include <QImageWriter>

#include <algorithm>
#include <cmath>

namespace mapgen {

QList<std::pair<QString, QString>> basemapMetadata(const MapFeatures &features, int minZoom,
                                                   int maxZoom,
                                                   const QList<std::pair<QString, QString>> &extra)
{
    using vigil::geo::worldToLonLat;
    const vigil::geo::LonLat nw = worldToLonLat(features.coverage.topLeft(), kFeatureZoom);
    const vigil::geo::LonLat se = worldToLonLat(features.coverage.bottomRight(), kFeatureZoom);
    const vigil::geo::LonLat centre = worldToLonLat(features.coverage.center(), kFeatureZoom);
    QList<std::pair<QString, QString>> metadata = extra;
    metadata += {
        {QStringLiteral("format"), QStringLiteral("png")},
        {QStringLiteral("type"), QStringLiteral("baselayer")},
        {QStringLiteral("minzoom"), QString::number(minZoom)},
        {QStringLiteral("maxzoom"), QString::number(maxZoom)},
        {QStringLiteral("bounds"), QStringLiteral("%1,%2,%3,%4")
                                       .arg(nw.lon, 0, 'f', 6)
                                       .arg(se.lat, 0, 'f', 6)
                                       .arg(se.lon, 0, 'f', 6)
                                       .arg(nw.lat, 0, 'f', 6)},
        {QStringLiteral("center"), QStringLiteral("%1,%2,%3")
                                       .arg(centre.lon, 0, 'f', 6)
                                       .arg(centre.lat, 0, 'f', 6)
                                       .arg(std::clamp(15, minZoom, maxZoom))},
        {QStringLiteral("datum"), QStringLiteral("wgs84")},
    };
    return metadata;
}

bool writeTilePyramid(const MapFeatures &features, int minZoom, int maxZoom,
                      const QList<std::pair<QString, QString>> &metadata, const QString &outPath,
                      PyramidStats *stats, QString *error)
{
    const TileRenderer renderer(features, minZoom, maxZoom);
    MbTilesWriter writer(outPath);
    if (!writer.open(metadata, error))
        return false;
    PyramidStats counts;
    for (int z = minZoom; z <= maxZoom; ++z) {
        const double s = std::exp2(z - kFeatureZoom);
        const QRectF rect(features.coverage.topLeft() * s, features.coverage.size() * s);
        int atZoom = 0;
        for (const vigil::geo::TileId &tile : vigil::geo::tilesCovering(rect, z)) {
            const QImage image = renderer.render(tile);
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            QImageWriter pngWriter(&buffer, "png");
            pngWriter.setQuality(60); // faster than maximum compression, files barely larger
            if (!pngWriter.write(image)) {
                *error = QStringLiteral("cannot encode tile %1/%2/%3: %4")
                             .arg(tile.z)
                             .arg(tile.x)
                             .arg(tile.y)
                             .arg(pngWriter.errorString());
                return false;
            }
            if (!writer.addTile(tile, png, error))
                return false;
            ++atZoom;
            counts.bytes += png.size();
        }
        counts.tiles += atZoom;
        counts.tilesPerZoom.append(atZoom);
    }
    if (!writer.commit(error))
        return false;
    if (stats)
        *stats = counts;
    return true;
}

} // namespace mapgen
