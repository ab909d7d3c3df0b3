// vigil-osmimport end to end: the test writes a tiny OSM XML district itself (two roads, a river,
// a park, a Chinese street name), runs the tool and reads the result back with MbTilesSource.
#include "geo/mbtilessource.h"
#include "geo/tilemath.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

using namespace vigil;

namespace {

// The extract's extent (all ways lie inside, touching each edge).
constexpr double kWest = 114.3000, kEast = 114.3200, kSouth = 30.5100, kNorth = 30.5300;
constexpr double kRoadLat = 30.5200;  // 人民路, primary, west-east
constexpr double kRiverLat = 30.5145; // 清河, river, west-east

const char *const kOsm = R"(<?xml version='1.0' encoding='UTF-8'?>
<osm version="0.6" generator="vigil-test">
  <node id="1" lat="30.5200" lon="114.3000" version="1"/>
  <node id="2" lat="30.5200" lon="114.3200" version="1"/>
  <node id="3" lat="30.5100" lon="114.3100" version="1"/>
  <node id="4" lat="30.5300" lon="114.3100" version="1"/>
  <node id="5" lat="30.5250" lon="114.3020" version="1"/>
  <node id="6" lat="30.5250" lon="114.3060" version="1"/>
  <node id="7" lat="30.5290" lon="114.3060" version="1"/>
  <node id="8" lat="30.5290" lon="114.3020" version="1"/>
  <node id="9" lat="30.5145" lon="114.3000" version="1"/>
  <node id="10" lat="30.5145" lon="114.3200" version="1"/>
  <node id="11" lat="30.5225" lon="114.3150" version="1">
    <tag k="place" v="suburb"/><tag k="name" v="测试社区"/></node>
  <way id="100" version="1"><nd ref="1"/><nd ref="2"/>
    <tag k="highway" v="primary"/><tag k="name" v="Renmin Road"/><tag k="name:zh" v="人民路"/></way>
  <way id="101" version="1"><nd ref="3"/><nd ref="4"/><tag k="highway" v="residential"/></way>
  <way id="102" version="1"><nd ref="5"/><nd ref="6"/><nd ref="7"/><nd ref="8"/><nd ref="5"/>
    <tag k="leisure" v="park"/><tag k="name" v="中山公园"/></way>
  <way id="103" version="1"><nd ref="9"/><nd ref="10"/>
    <tag k="waterway" v="river"/><tag k="name" v="清河"/></way>
</osm>
)";

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runImport(const QStringList &args, const QProcessEnvironment &env = {})
{
    QProcess tool;
    if (!env.isEmpty())
        tool.setProcessEnvironment(env);
    tool.start(qEnvironmentVariable("VIGIL_BUILD_DIR") + QStringLiteral("/bin/vigil-osmimport"),
               args);
    REQUIRE(tool.waitForFinished(60000));
    return {tool.exitStatus() == QProcess::NormalExit ? tool.exitCode() : -1,
            QString::fromUtf8(tool.readAllStandardOutput()),
            QString::fromUtf8(tool.readAllStandardError())};
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

QSet<geo::TileId> tilesOver(double west, double south, double east, double north, int z)
{
    const QPointF a = geo::lonLatToWorld({west, north}, z);
    const QPointF b = geo::lonLatToWorld({east, south}, z);
    const QList<geo::TileId> tiles = geo::tilesCovering(QRectF(a, b), z);
    return {tiles.begin(), tiles.end()};
}

// Colour distance, 0..441.
double colourDistance(QColor a, QColor b)
{
    return std::hypot(a.red() - b.red(), a.green() - b.green(), a.blue() - b.blue());
}

} // namespace

TEST_CASE("vigil-osmimport renders a small OSM district into MBTiles", "[map][osmimport]")
{
    QTemporaryDir dir;
    const QString osm = writeFile(dir, QStringLiteral("qinghe.osm"), kOsm);
    const QString out = dir.filePath(QStringLiteral("qinghe.mbtiles"));
    const Run run = runImport({osm, out, QStringLiteral("--zooms"), QStringLiteral("13-17")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(u"tiles="));
    CHECK_FALSE(QFile::exists(out + QStringLiteral(".partial")));

    QString error;
    const std::unique_ptr<geo::MbTilesSource> source = geo::MbTilesSource::open(out, &error);
    INFO(error.toStdString());
    REQUIRE(source);
    CHECK(source->attribution() == u"© OpenStreetMap contributors");
    CHECK(source->metadata().format == u"png");
    CHECK(source->minZoom() == 13);
    CHECK(source->maxZoom() == 17);
    CHECK(source->datum() == geo::Datum::Wgs84);
    CHECK(source->name() == u"qinghe");
    // Bounds hold the extract, with at most ~100 m of margin.
    REQUIRE(source->metadata().hasBounds);
    CHECK(source->metadata().west <= kWest);
    CHECK(source->metadata().east >= kEast);
    CHECK(source->metadata().south <= kSouth);
    CHECK(source->metadata().north >= kNorth);
    CHECK(source->metadata().west > kWest - 0.001);
    CHECK(source->metadata().north < kNorth + 0.001);

    // Every zoom has the tiles over the extract, and none beyond a one-tile margin.
    for (int z = 13; z <= 17; ++z) {
        INFO("zoom " << z);
        const QSet<geo::TileId> needed = tilesOver(kWest, kSouth, kEast, kNorth, z);
        const double m = 256.0 / geo::worldSize(z) * 360; // ~one tile in degrees
        const QSet<geo::TileId> allowed =
            tilesOver(kWest - m, kSouth - m / 2, kEast + m, kNorth + m / 2, z);
        int present = 0;
        for (const geo::TileId &t : allowed) {
            const geo::TileResult r = source->loadTile(t);
            REQUIRE(r.status != geo::TileResult::Status::Failed);
            if (r.status == geo::TileResult::Status::Loaded)
                ++present;
            if (needed.contains(t))
                CHECK(r.status == geo::TileResult::Status::Loaded);
        }
        CHECK(present >= needed.size());
    }

    // At z16 the tile over 人民路 shows the road (white fill on land) and the river is blue.
    const int z = 16;
    const geo::LonLat onRoad{114.3020, kRoadLat}; // clear of its label (at ~114.3054)
    const geo::TileId roadTile = geo::tileAt(onRoad, z);
    const geo::TileResult road = source->loadTile(roadTile);
    REQUIRE(road.status == geo::TileResult::Status::Loaded);
    const QPoint roadPx = (geo::lonLatToWorld(onRoad, z) - geo::tileOrigin(roadTile)).toPoint();
    const QColor roadColour = road.image.pixelColor(roadPx);
    const QColor landColour =
        road.image.pixelColor(roadPx + QPoint(0, roadPx.y() > 128 ? -40 : 40));
    CHECK(colourDistance(roadColour, Qt::white) < 20);
    CHECK(colourDistance(roadColour, landColour) > 10);
    const geo::LonLat onRiver{114.3130, kRiverLat};
    const geo::TileId riverTile = geo::tileAt(onRiver, z);
    const geo::TileResult river = source->loadTile(riverTile);
    REQUIRE(river.status == geo::TileResult::Status::Loaded);
    const QColor water = river.image.pixelColor(
        (geo::lonLatToWorld(onRiver, z) - geo::tileOrigin(riverTile)).toPoint());
    CHECK(water.blue() > water.red() + 40);
}

TEST_CASE("vigil-osmimport names bad input and missing packages", "[map][osmimport]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.mbtiles"));

    const QString missing = dir.filePath(QStringLiteral("missing.osm"));
    Run run = runImport({missing, out});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(missing));

    const QString garbage = writeFile(dir, QStringLiteral("garbage.osm"), "not xml at all\n");
    run = runImport({garbage, out});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(garbage));

    const QString empty =
        writeFile(dir, QStringLiteral("empty.osm"), "<osm version=\"0.6\"></osm>\n");
    run = runImport({empty, out});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"no map features"));
    CHECK_FALSE(QFile::exists(out));

    run = runImport({empty, out, QStringLiteral("--zooms"), QStringLiteral("17-12")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"--zooms"));

    // Without osmium on PATH the message names the Debian package.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), dir.path());
    const QString osm = writeFile(dir, QStringLiteral("ok.osm"), kOsm);
    run = runImport({osm, out}, env);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"osmium-tool"));
}
