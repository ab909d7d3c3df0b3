#include "basemapcommand.h"

#include "districtlayout.h"
#include "mbtileswriter.h"
#include "options.h"
#include "tilerenderer.h"

#include "store/siteimport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImageWriter>

namespace mapgen {

int runBasemapCommand(const QStringList &args, QTextStream &err)
{
    QString error;
    const auto options =
        parseOptions(args,
                     {QStringLiteral("site"), QStringLiteral("out"), QStringLiteral("seed"),
                      QStringLiteral("min-zoom"), QStringLiteral("max-zoom")},
                     &error);
    if (!options) {
        err << "vigil-mapgen basemap: " << error << "\n";
        return 2;
    }
    const int seedValue =
        intOption(*options, QStringLiteral("seed"), 7, 0, 1 << 30, &error).value_or(-1);
    const int minZoomValue =
        intOption(*options, QStringLiteral("min-zoom"), 12, 3, 19, &error).value_or(-1);
    const int maxZoomValue =
        intOption(*options, QStringLiteral("max-zoom"), 18, 3, 19, &error).value_or(-1);
    if (error.isEmpty() && minZoomValue > maxZoomValue)
        error = QStringLiteral("option '--min-zoom' %1 is greater than '--max-zoom' %2")
                    .arg(minZoomValue)
                    .arg(maxZoomValue);
    if (error.isEmpty() && (options->value(QStringLiteral("site")).isEmpty() ||
                            options->value(QStringLiteral("out")).isEmpty()))
        error = QStringLiteral("basemap needs --site DISTRICT.json and --out OUT.mbtiles");
    if (!error.isEmpty()) {
        err << "vigil-mapgen basemap: " << error << "\n";
        return 2;
    }
    const int *seed = &seedValue, *minZoom = &minZoomValue, *maxZoom = &maxZoomValue;
    const QString sitePath = options->value(QStringLiteral("site"));
    const vigil::SiteImportResult site = vigil::importSiteJson(sitePath);
    if (!site.ok()) {
        for (const vigil::ImportError &e : site.errors)
            err << "vigil-mapgen basemap: " << e.toString() << "\n";
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    const MapFeatures features = layoutDistrict(*site.site, quint32(*seed));
    const TileRenderer renderer(features, *minZoom, *maxZoom);
    const qint64 layoutMs = timer.elapsed();

    const vigil::geo::LonLat nw =
        vigil::geo::worldToLonLat(features.coverage.topLeft(), kFeatureZoom);
    const vigil::geo::LonLat se =
        vigil::geo::worldToLonLat(features.coverage.bottomRight(), kFeatureZoom);
    const vigil::geo::LonLat centre =
        vigil::geo::worldToLonLat(features.coverage.center(), kFeatureZoom);
    MbTilesWriter writer(options->value(QStringLiteral("out")));
    const QList<std::pair<QString, QString>> metadata = {
        {QStringLiteral("name"), QStringLiteral("Vigil demo basemap — %1").arg(site.site->name)},
        {QStringLiteral("format"), QStringLiteral("png")},
        {QStringLiteral("type"), QStringLiteral("baselayer")},
        {QStringLiteral("version"), QStringLiteral("1")},
        {QStringLiteral("description"),
         QStringLiteral("Procedurally generated demo district (seed %1)").arg(*seed)},
        {QStringLiteral("attribution"), QStringLiteral("Vigil demo basemap")},
        {QStringLiteral("minzoom"), QString::number(*minZoom)},
        {QStringLiteral("maxzoom"), QString::number(*maxZoom)},
        {QStringLiteral("bounds"), QStringLiteral("%1,%2,%3,%4")
                                       .arg(nw.lon, 0, 'f', 6)
                                       .arg(se.lat, 0, 'f', 6)
                                       .arg(se.lon, 0, 'f', 6)
                                       .arg(nw.lat, 0, 'f', 6)},
        {QStringLiteral("center"),
         QStringLiteral("%1,%2,%3").arg(centre.lon, 0, 'f', 6).arg(centre.lat, 0, 'f', 6).arg(15)},
        {QStringLiteral("datum"), QStringLiteral("wgs84")},
    };
    if (!writer.open(metadata, &error)) {
        err << "vigil-mapgen basemap: " << error << "\n";
        return 1;
    }
    int tiles = 0;
    qint64 bytes = 0;
    for (int z = *minZoom; z <= *maxZoom; ++z) {
        const double s = std::exp2(z - kFeatureZoom);
        const QRectF rect(features.coverage.topLeft() * s, features.coverage.size() * s);
        for (const vigil::geo::TileId &tile : vigil::geo::tilesCovering(rect, z)) {
            const QImage image = renderer.render(tile);
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            QImageWriter pngWriter(&buffer, "png");
            pngWriter.setQuality(60); // faster than maximum compression, files barely larger
            if (!pngWriter.write(image) || !writer.addTile(tile, png, &error)) {
                err << "vigil-mapgen basemap: "
                    << (error.isEmpty() ? pngWriter.errorString() : error) << "\n";
                return 1;
            }
            ++tiles;
            bytes += png.size();
        }
    }
    if (!writer.commit(&error)) {
        err << "vigil-mapgen basemap: " << error << "\n";
        return 1;
    }
    QTextStream(stdout) << "tiles=" << tiles << " bytes=" << bytes
                        << " buildings=" << features.buildings.size()
                        << " roads=" << features.roads.size() << " layout_ms=" << layoutMs
                        << " total_ms=" << timer.elapsed() << "\n";
    return 0;
}

} // namespace mapgen
