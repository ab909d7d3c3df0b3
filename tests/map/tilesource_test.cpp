#include "maptestsupport.h"

#include "geo/mbtilessource.h"
#include "geo/tileloader.h"
#include "geo/xyzurlsource.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace vigil::geo;
using maptest::waitFor;

namespace {

QHash<QString, QString> goodMetadata()
{
    return {{QStringLiteral("name"), QStringLiteral("tiny")},
            {QStringLiteral("format"), QStringLiteral("png")},
            {QStringLiteral("minzoom"), QStringLiteral("0")},
            {QStringLiteral("maxzoom"), QStringLiteral("2")},
            {QStringLiteral("bounds"), QStringLiteral("-180,-85,180,85")},
            {QStringLiteral("attribution"), QStringLiteral("Vigil test tiles")},
            {QStringLiteral("datum"), QStringLiteral("gcj02")}};
}

} // namespace

TEST_CASE("MBTiles: metadata and TMS-flipped tile rows", "[map][mbtiles]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tiny.mbtiles"));
    // Row 0 (XYZ, north) red, row 1 (south) blue at zoom 1.
    REQUIRE(maptest::writeMbTiles(path, goodMetadata(),
                                  {{TileId{1, 0, 0}, Qt::red}, {TileId{1, 0, 1}, Qt::blue}}) ==
            QString());
    QString error;
    auto source = MbTilesSource::open(path, &error);
    REQUIRE(source);
    CHECK(error.isEmpty());
    CHECK(source->name() == u"tiny");
    CHECK(source->maxZoom() == 2);
    CHECK(source->attribution() == u"Vigil test tiles");
    CHECK(source->datum() == Datum::Gcj02);
    CHECK(source->metadata().hasBounds);

    const TileResult north = source->loadTile({1, 0, 0});
    REQUIRE(north.status == TileResult::Status::Loaded);
    CHECK(north.image.pixelColor(5, 5) == QColor(Qt::red));
    const TileResult south = source->loadTile({1, 0, 1});
    REQUIRE(south.status == TileResult::Status::Loaded);
    CHECK(south.image.pixelColor(5, 5) == QColor(Qt::blue));
    CHECK(source->loadTile({1, 1, 1}).status == TileResult::Status::Missing);
    CHECK(source->loadTile({7, 1, 1}).status == TileResult::Status::Missing); // beyond maxzoom
    source->releaseThreadResources();
}

TEST_CASE("MBTiles: bad files are refused with the file and field named", "[map][mbtiles]")
{
    QTemporaryDir dir;
    QString error;
    CHECK_FALSE(MbTilesSource::open(dir.filePath(QStringLiteral("none.mbtiles")), &error));
    CHECK(error.contains(u"does not exist"));

    const QString badBounds = dir.filePath(QStringLiteral("bounds.mbtiles"));
    auto meta = goodMetadata();
    meta[QStringLiteral("bounds")] = QStringLiteral("1,2,3");
    REQUIRE(maptest::writeMbTiles(badBounds, meta, {}) == QString());
    CHECK_FALSE(MbTilesSource::open(badBounds, &error));
    CHECK(error.contains(badBounds));
    CHECK(error.contains(u"'bounds'"));

    const QString notMbTiles = dir.filePath(QStringLiteral("text.mbtiles"));
    QFile text(notMbTiles);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("this is not sqlite");
    text.close();
    CHECK_FALSE(MbTilesSource::open(notMbTiles, &error));
    CHECK(error.contains(notMbTiles));
}

TEST_CASE("TileLoader delivers tiles off the GUI thread by queued signal", "[map][loader]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tiny.mbtiles"));
    REQUIRE(maptest::writeMbTiles(path, goodMetadata(), {{TileId{1, 1, 0}, Qt::green}}) ==
            QString());
    QString error;
    std::shared_ptr<TileSource> source = MbTilesSource::open(path, &error);
    REQUIRE(source);
    TileLoader loader(source);
    QList<TileId> loaded, missing;
    Qt::HANDLE deliveredOn = nullptr;
    QObject::connect(&loader, &TileLoader::tileLoaded, [&](TileId tile, const QImage &image, bool) {
        loaded.append(tile);
        deliveredOn = QThread::currentThreadId();
        CHECK(image.pixelColor(1, 1) == QColor(Qt::green));
    });
    QObject::connect(&loader, &TileLoader::tileMissing, [&](TileId tile) { missing.append(tile); });
    loader.request({{1, 1, 0}, {1, 0, 0}});
    REQUIRE(waitFor([&] { return loaded.size() + missing.size() == 2; }));
    CHECK(loaded == QList<TileId>{{1, 1, 0}});
    CHECK(missing == QList<TileId>{{1, 0, 0}});
    CHECK(deliveredOn == QThread::currentThreadId());
}

TEST_CASE("XYZ URL source: template, disk cache and offline fallback", "[map][xyz]")
{
    QTemporaryDir dir;
    auto server = std::make_unique<maptest::TileHttpServer>(QHash<QString, QByteArray>{
        {QStringLiteral("/3/2/1.png"), maptest::solidPng(Qt::magenta, 32)}});
    REQUIRE(server->isListening());
    const quint16 port = server->port();

    XyzUrlSourceOptions options;
    options.urlTemplate = QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(port);
    options.cacheDir = dir.filePath(QStringLiteral("cache"));
    options.maxCacheAgeSecs = 0; // always revalidate, so the fallback path is exercised
    options.timeoutMs = 2000;
    QString error;
    std::shared_ptr<XyzUrlSource> source = XyzUrlSource::create(options, &error);
    REQUIRE(source);
    CHECK(source->urlFor({3, 2, 1}).path() == u"/3/2/1.png");

    TileLoader loader(source);
    QList<std::pair<TileId, bool>> loaded;
    QList<TileId> missing;
    QStringList failures;
    QObject::connect(&loader, &TileLoader::tileLoaded,
                     [&](TileId tile, const QImage &, bool stale) {
                         loaded.append({tile, stale});
                     });
    QObject::connect(&loader, &TileLoader::tileMissing, [&](TileId tile) { missing.append(tile); });
    QObject::connect(&loader, &TileLoader::tileFailed,
                     [&](TileId, const QString &why) { failures.append(why); });

    loader.request({{3, 2, 1}, {3, 0, 0}});
    REQUIRE(waitFor([&] { return loaded.size() + missing.size() + failures.size() == 2; }));
    REQUIRE(loaded.size() == 1);
    CHECK_FALSE(loaded[0].second);
    CHECK(missing == QList<TileId>{{3, 0, 0}});
    CHECK(QFile::exists(source->cachePathFor({3, 2, 1})));

    // Server gone: the cached tile is served (stale), an uncached one fails with its URL.
    server.reset();
    loaded.clear();
    loader.request({{3, 2, 1}, {3, 4, 4}});
    REQUIRE(waitFor([&] { return loaded.size() + failures.size() == 2; }, 10000));
    REQUIRE(loaded.size() == 1);
    CHECK(loaded[0].second);
    REQUIRE(failures.size() == 1);
    CHECK(failures[0].contains(QStringLiteral("127.0.0.1:%1/3/4/4.png").arg(port)));
}

TEST_CASE("XYZ URL source: TMS and WMTS placeholders, template errors", "[map][xyz]")
{
    XyzUrlSourceOptions options;
    options.urlTemplate =
        QStringLiteral("http://tiles.local/{TileMatrix}/{TileRow}/{TileCol}/{-y}");
    QString error;
    auto source = XyzUrlSource::create(options, &error);
    REQUIRE(source);
    CHECK(source->urlFor({2, 1, 0}).path() == u"/2/0/1/3");

    options.urlTemplate = QStringLiteral("http://tiles.local/{x}/{y}.png");
    CHECK_FALSE(XyzUrlSource::create(options, &error));
    CHECK(error.contains(u"{z}"));
    options.urlTemplate = QStringLiteral("ftp://tiles.local/{z}/{x}/{y}.png");
    CHECK_FALSE(XyzUrlSource::create(options, &error));
    CHECK(error.contains(u"scheme"));
}
