#pragma once
// TileLayer: the basemap part of the map widget. Keeps a bounded cache of decoded tiles, asks the
// TileLoader (worker thread) for the tiles of the current view, centre first, and paints each
// missing tile from the nearest cached lower-zoom ancestor, scaled, until it arrives. A tile that
// failed (tile server down, nothing cached) is asked for again after a back-off that doubles per
// failure (2 s, 4 s, … up to 60 s), so the map heals by itself when the server comes back.
//
// Thread contract: GUI thread only; tiles arrive by queued signal from the loader.

#include "geo/tileloader.h"

#include <QCache>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class QPainter;

namespace vigil {

class MapViewport;

class TileLayer : public QObject
{
    Q_OBJECT
public:
    explicit TileLayer(QObject *parent = nullptr);
    ~TileLayer() override;

    void setSource(std::shared_ptr<geo::TileSource> source);
    geo::TileSource *source() const { return m_source.get(); }
    // Paints the view and requests what is missing.
    void paint(QPainter &painter, const MapViewport &viewport);
    int cachedTiles() const { return m_cache.count(); }
    int pendingTiles() const { return int(m_requested.size()); }
    int failedTiles() const { return int(m_failed.size()); }
    // Back-off before the first retry of a failed tile, doubled per failure up to `maxMs`.
    void setRetryBackoff(int firstMs, int maxMs);

signals:
    void changed(); // a tile arrived: repaint
    void tileError(QString error);

private:
    void onLoaded(geo::TileId tile, const QImage &image);
    void onFailed(geo::TileId tile, const QString &error);
    void scheduleRetryTimer();
    bool drawFromAncestor(QPainter &painter, const geo::TileId &tile, const QRectF &target);

    std::shared_ptr<geo::TileSource> m_source;
    std::unique_ptr<geo::TileLoader> m_loader;
    QCache<geo::TileId, QImage> m_cache{768}; // ~200 MB worst case at 256x256x4
    QSet<geo::TileId> m_requested;
    QSet<geo::TileId> m_absent; // missing in the source: do not ask again
    struct FailedTile
    {
        int failures = 0;
        qint64 retryAtMs = 0; // on m_clock
    };
    QHash<geo::TileId, FailedTile> m_failed;
    QElapsedTimer m_clock;
    QTimer m_retryTimer;
    int m_firstBackoffMs = 2000;
    int m_maxBackoffMs = 60000;
    QList<geo::TileId> m_lastRequest;
};

} // namespace vigil
