// vigil-osmimport: renders a real district from OpenStreetMap data into a raster MBTiles basemap
// for offline control rooms. osmium (Debian package osmium-tool) reads .osm / .osm.pbf; Vigil's
// own basemap renderer (the one that draws the demo district) paints the tiles, with Chinese
// labels in Noto Sans CJK. Qt Gui only (QPainter into QImage, offscreen), no widgets.
#include "osmfeatures.h"
#include "osmiumexport.h"
#include "tilepyramid.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

const char *const kUsage =
    "Usage: vigil-osmimport IN.osm|IN.osm.pbf OUT.mbtiles [--zooms 12-17] [--name NAME]\n"
    "\n"
    "Renders roads by class, rivers, water, land use, parks, schools, buildings and place\n"
    "names (name:zh first) of an OSM extract into PNG tiles of an MBTiles file (WGS-84,\n"
    "attribution \"(c) OpenStreetMap contributors\"). Needs the Debian package osmium-tool.\n"
    "Prints a key=value summary. Exit status: 0 success, 1 failure, 2 bad usage or input.\n";

struct Arguments
{
    QString input;
    QString output;
    QString name;
    int minZoom = 12;
    int maxZoom = 17;
};

std::optional<Arguments> parseArguments(QStringList args, QString *error)
{
    Arguments parsed;
    QStringList positional;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == u"--zooms" || arg == u"--name") {
            if (args.isEmpty()) {
                *error = QStringLiteral("option '%1' needs a value").arg(arg);
                return std::nullopt;
            }
            const QString value = args.takeFirst();
            if (arg == u"--name") {
                parsed.name = value;
                continue;
            }
            static const QRegularExpression range(QStringLiteral("^(\\d{1,2})-(\\d{1,2})$"));
            const QRegularExpressionMatch m = range.match(value);
            parsed.minZoom = m.hasMatch() ? m.captured(1).toInt() : -1;
            parsed.maxZoom = m.hasMatch() ? m.captured(2).toInt() : -1;
            if (parsed.minZoom < 3 || parsed.maxZoom > 19 || parsed.minZoom > parsed.maxZoom) {
                *error = QStringLiteral("option '--zooms' wants MIN-MAX within 3-19, got '%1'")
                             .arg(value);
                return std::nullopt;
            }
        } else if (arg.startsWith(u"--")) {
            *error = QStringLiteral("unknown option '%1'").arg(arg);
            return std::nullopt;
        } else {
            positional.append(arg);
        }
    }
    if (positional.size() != 2) {
        *error = QStringLiteral("expected an input .osm/.osm.pbf file and an output .mbtiles file");
        return std::nullopt;
    }
    parsed.input = positional.at(0);
    parsed.output = positional.at(1);
    if (parsed.name.isEmpty())
        parsed.name = QFileInfo(parsed.input).fileName().section(u'.', 0, 0);
    return parsed;
}

} // namespace

int main(int argc, char *argv[])
{
    // Fonts and QPainter need a GUI application, never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList rawArgs = QCoreApplication::arguments().mid(1);
    if (rawArgs.contains(QStringLiteral("--help")) || rawArgs.contains(QStringLiteral("-h"))) {
        QTextStream(stdout) << QString::fromLatin1(kUsage);
        return 0;
    }
    QString error;
    const std::optional<Arguments> args = parseArguments(rawArgs, &error);
    if (!args) {
        err << "vigil-osmimport: " << error << "\n" << QString::fromLatin1(kUsage);
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    QTemporaryDir temp;
    if (!temp.isValid()) {
        err << "vigil-osmimport: cannot create a temporary directory: " << temp.errorString()
            << "\n";
        return 1;
    }
    osmimport::OsmFeatureCollector collector;
    const osmimport::ExportResult exported = osmimport::exportFeatures(
        args->input, temp.path(), [&collector](const QJsonObject &feature, QString *featureError) {
            return collector.add(feature, featureError);
        });
    if (!exported.ok) {
        err << "vigil-osmimport: " << exported.error << "\n";
        return exported.inputError ? 2 : 1;
    }
    const mapgen::MapFeatures features = collector.finish();
    if (features.coverage.isEmpty()) {
        err << "vigil-osmimport: '" << args->input << "' holds no map features to draw ("
            << collector.counts().features
            << " OSM features read; roads, waterways, water, land use or buildings needed)\n";
        return 2;
    }
    const qint64 readMs = timer.elapsed();

    const QList<std::pair<QString, QString>> metadata = mapgen::basemapMetadata(
        features, args->minZoom, args->maxZoom,
        {{QStringLiteral("name"), args->name},
         {QStringLiteral("version"), QStringLiteral("1")},
         {QStringLiteral("description"), QStringLiteral("Rendered by vigil-osmimport from %1")
                                             .arg(QFileInfo(args->input).fileName())},
         {QStringLiteral("attribution"), QStringLiteral("© OpenStreetMap contributors")}});
    mapgen::PyramidStats stats;
    if (!mapgen::writeTilePyramid(features, args->minZoom, args->maxZoom, metadata, args->output,
                                  &stats, &error)) {
        err << "vigil-osmimport: " << error << "\n";
        return 1;
    }
    QStringList perZoom;
    for (int i = 0; i < stats.tilesPerZoom.size(); ++i)
        perZoom.append(QStringLiteral("%1:%2").arg(args->minZoom + i).arg(stats.tilesPerZoom[i]));
    QTextStream(stdout) << "osm_features=" << collector.counts().features
                        << " used=" << collector.counts().used << " roads=" << features.roads.size()
                        << " areas=" << features.areas.size()
                        << " buildings=" << features.buildings.size() << " tiles=" << stats.tiles
                        << " per_zoom=" << perZoom.join(u',') << " bytes=" << stats.bytes
                        << " read_ms=" << readMs << " total_ms=" << timer.elapsed() << "\n";
    return 0;
}
