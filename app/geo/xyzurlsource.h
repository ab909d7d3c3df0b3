#pragma once
// XyzUrlSource: tiles from an intranet tile server by URL template, with an on-disk cache and
// offline fallback (a control room keeps working when the tile server is down).
//
// Template placeholders: {z} {x} {y} (XYZ rows), {-y} (TMS rows), and the WMTS names
// {TileMatrix} {TileCol} {TileRow} (= z, x, y). Example:
//   http://10.0.0.5/tiles/{z}/{x}/{y}.png
// Cache layout: <cacheDir>/<z>/<x>/<y>.tile. A cached tile younger than maxCacheAge is used
// without asking the server; an older one is refreshed, and served ("stale") if the request
// fails. HTTP 404 means "no tile here" (Missing).
//
// Thread contract: see TileSource. Each thread calling loadTile() gets its own
// QNetworkAccessManager (created lazily, destroyed in releaseThreadResources() on that thread);
// loadTile() spins a local event loop on the calling worker thread while the request runs.

#include "geo/tilesource.h"

#include <QHash>
#include <QMutex>
#include <QUrl>

class QNetworkAccessManager;

namespace vigil::geo {

struct XyzUrlSourceOptions
{
    QString urlTemplate;
    QString cacheDir; // empty: no disk cache
    QString name;
    QString attribution;
    int minZoom = 3;
    int maxZoom = 19;
    Datum datum = Datum::Wgs84;
    int timeoutMs = 5000;
    qint64 maxCacheAgeSecs = 7 * 24 * 3600;
};

class XyzUrlSource : public TileSource
{
public:
    // Checks the template (has {z} or {TileMatrix}, and x/y placeholders, is an http(s) or file
    // URL). nullptr + `error` naming the field otherwise.
    static std::unique_ptr<XyzUrlSource> create(const XyzUrlSourceOptions &options, QString *error);
    ~XyzUrlSource() override;

    QUrl urlFor(const TileId &tile) const;
    QString cachePathFor(const TileId &tile) const;

    QString name() const override { return m_options.name; }
    QString attribution() const override { return m_options.attribution; }
    int minZoom() const override { return m_options.minZoom; }
    int maxZoom() const override { return m_options.maxZoom; }
    Datum datum() const override { return m_options.datum; }
    TileResult loadTile(const TileId &tile) override;
    void releaseThreadResources() override;

private:
    explicit XyzUrlSource(XyzUrlSourceOptions options);
    QNetworkAccessManager *networkForThisThread();
    TileResult readCache(const TileId &tile, bool stale) const;
    void writeCache(const TileId &tile, const QByteArray &data) const;

    XyzUrlSourceOptions m_options;
    QMutex m_mutex; // guards m_networks
    QHash<Qt::HANDLE, QNetworkAccessManager *> m_networks;
};

} // namespace vigil::geo
