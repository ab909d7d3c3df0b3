#include "basemapcommand.h"

#include "districtlayout.h"
#include "options.h"
#include "tilepyramid.h"

#include "store/siteimport.h"

#include <QElapsedTimer>

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
    const qint64 layoutMs = timer.elapsed();
    const QList<std::pair<QString, QString>> metadata = basemapMetadata(
        features, *minZoom, *maxZoom,
        {{QStringLiteral("name"), QStringLiteral("Vigil demo basemap — %1").arg(site.site->name)},
         {QStringLiteral("version"), QStringLiteral("1")},
         {QStringLiteral("description"),
          QStringLiteral("Procedurally generated demo district (seed %1)").arg(*seed)},
         {QStringLiteral("attribution"), QStringLiteral("Vigil demo basemap")}});
    PyramidStats stats;
    if (!writeTilePyramid(features, *minZoom, *maxZoom, metadata,
                          options->value(QStringLiteral("out")), &stats, &error)) {
        err << "vigil-mapgen basemap: " << error << "\n";
        return 1;
    }
    const int tiles = stats.tiles;
    const qint64 bytes = stats.bytes;
    QTextStream(stdout) << "tiles=" << tiles << " bytes=" << bytes
                        << " buildings=" << features.buildings.size()
                        << " roads=" << features.roads.size() << " layout_ms=" << layoutMs
                        << " total_ms=" << timer.elapsed() << "\n";
    return 0;
}

} // namespace mapgen
