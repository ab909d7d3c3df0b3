// bench/map: the map with a 50,000-camera / 1,200-checkpoint site, offscreen. Generates the site
// with `vigil-mapgen site`, then measures frame times over a scripted pan/zoom sequence, camera
// search and hit-testing. Ends with one key=value summary line.
//
//   vigil-bench-map [--mbtiles BASEMAP.mbtiles] [--cameras 50000] [--checkpoints 1200]
#include "geo/mbtilessource.h"
#include "map/mapview.h"
#include "map/tilelayer.h"
#include "store/siteimport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>

using namespace vigil;

namespace {

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(std::ceil(q * double(v.size()))) - 1)];
}

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);

    QTemporaryDir dir;
    const QString sitePath = dir.filePath(QStringLiteral("large-site.json"));
    QElapsedTimer timer;
    timer.start();
    QProcess mapgen;
    mapgen.start(QStringLiteral(VIGIL_MAPGEN_PATH),
                 {QStringLiteral("site"), QStringLiteral("--out"), sitePath,
                  QStringLiteral("--cameras"),
                  option(args, QStringLiteral("--cameras"), QStringLiteral("50000")),
                  QStringLiteral("--checkpoints"),
                  option(args, QStringLiteral("--checkpoints"), QStringLiteral("1200"))});
    if (!mapgen.waitForFinished(120000) || mapgen.exitCode() != 0) {
        err << "bench-map: vigil-mapgen site failed: " << mapgen.readAllStandardError() << "\n";
        return 1;
    }
    const SiteImportResult imported = importSiteJson(sitePath);
    if (!imported.ok()) {
        err << "bench-map: " << imported.errors.value(0).toString() << "\n";
        return 1;
    }
    const Site &site = *imported.site;
    const qint64 importMs = timer.restart();

    MapView view;
    view.resize(1600, 900);
    view.setSite(site);
    const qint64 indexMs = timer.restart();
    const QString mbtiles = option(args, QStringLiteral("--mbtiles"), QString());
    if (!mbtiles.isEmpty()) {
        QString error;
        std::shared_ptr<geo::TileSource> source = geo::MbTilesSource::open(mbtiles, &error);
        if (!source) {
            err << "bench-map: " << error << "\n";
            return 1;
        }
        view.setTileSource(source);
    }
    view.show();

    // Scripted sequence: zoom 12 -> 18 in half steps with a pan after each, then pan a loop at
    // street level, then zoom back out. Tile arrivals are processed between frames.
    std::vector<double> frames;
    const bool verbose = args.contains(QStringLiteral("--verbose"));
    auto frame = [&] {
        QCoreApplication::processEvents();
        QElapsedTimer t;
        t.start();
        view.repaint();
        frames.push_back(t.nsecsElapsed() / 1e6);
        if (verbose && frames.back() > 16)
            err << "slow frame: zoom=" << view.viewport().zoom() << " ms=" << frames.back()
                << " markers=" << view.lastMarkerCount() << "\n";
    };
    view.centerOn({114.31, 30.52}, 12);
    frame();
    for (double z = 12; z <= 18; z += 0.5) {
        view.setZoom(z);
        frame();
        for (int i = 0; i < 8; ++i) {
            view.panBy(QPointF(37, -21));
            frame();
        }
    }
    for (int i = 0; i < 120; ++i) {
        const double a = i * 2 * M_PI / 120;
        view.panBy(QPointF(40 * std::cos(a), 40 * std::sin(a)));
        frame();
    }
    for (double z = 18; z >= 12; z -= 0.5) {
        view.setZoom(z);
        frame();
        view.panBy(QPointF(-50, 30));
        frame();
    }

    // Search: names and ids, common and rare, and the worst cases — single characters and
    // bigrams found in every name ("号-"), or common bigrams that never occur together ("m0号").
    const QStringList queries = {
        QStringLiteral("cam12345"),   QStringLiteral("人民路"),   QStringLiteral("建设路1"),
        QStringLiteral("cam4"),       QStringLiteral("号-cam0"),  QStringLiteral("不存在"),
        QStringLiteral("和平路99号"), QStringLiteral("CAM49999"), QStringLiteral("号-"),
        QStringLiteral("号"),         QStringLiteral("c"),        QStringLiteral("1"),
        QStringLiteral("m0号"),       QStringLiteral("0号-c"),    QStringLiteral("路1"),
        QStringLiteral("-cam"),       QStringLiteral("号-cam49"), QStringLiteral("9号-cam4999")};
    std::vector<double> searches;
    std::vector<std::vector<double>> perQuery(size_t(queries.size()));
    for (int round = 0; round < 10; ++round) {
        for (qsizetype qi = 0; qi < queries.size(); ++qi) {
            QElapsedTimer t;
            t.start();
            const QList<int> found = view.overlay().search().find(queries[qi], 50);
            searches.push_back(t.nsecsElapsed() / 1e6);
            perQuery[size_t(qi)].push_back(searches.back());
            if (verbose && round == 0)
                err << "search '" << queries[qi] << "': " << searches.back() << " ms, "
                    << found.size() << " found\n";
        }
    }
    // The slowest query by its median over the rounds (search_max_ms also holds scheduler
    // hiccups of a busy machine).
    double worstQueryMs = 0;
    for (const std::vector<double> &times : perQuery)
        worstQueryMs = std::max(worstQueryMs, percentile(times, 0.5));
    // Hit-test at random screen positions at zoom 16.
    view.setZoom(16);
    QRandomGenerator rng(3);
    QElapsedTimer hits;
    hits.start();
    int found = 0;
    const int hitTests = 20000;
    for (int i = 0; i < hitTests; ++i)
        found += view.cameraAt(QPointF(rng.bounded(1600), rng.bounded(900))).isEmpty() ? 0 : 1;
    const double hitUs = hits.nsecsElapsed() / 1e3 / hitTests;

    out << Qt::fixed << qSetRealNumberPrecision(2) << "cameras=" << site.cameras.size()
        << " checkpoints=" << site.checkpoints.size() << " frames=" << frames.size()
        << " frame_p50_ms=" << percentile(frames, 0.50)
        << " frame_p95_ms=" << percentile(frames, 0.95)
        << " frame_max_ms=" << percentile(frames, 1.0) << " search_ms=" << percentile(searches, 0.5)
        << " search_max_ms=" << percentile(searches, 1.0)
        << " search_worst_query_ms=" << worstQueryMs << " hittest_us=" << hitUs
        << " index_build_ms=" << indexMs << " import_ms=" << importMs
        << " basemap=" << (mbtiles.isEmpty() ? QStringLiteral("none") : QStringLiteral("mbtiles"))
        << "\n";
    return 0;
}
