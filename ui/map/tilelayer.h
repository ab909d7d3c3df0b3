#pragma once
// TileLayer: the basemap part of the map widget. Keeps a bounded cache of decoded tiles, asks the
// TileLoader (worker thread) for the tiles of the current view, centre first, and paints each
// missing tile from the nearest cached lower-zoom ancestor, scaled, until it arrives.
//
// Thread contract: GUI thread only; tiles arrive by queued signal from the loader.

#include "geo/tileloader.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>

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

signals:
    void changed(); // a tile arrived: repaint
    void tileError(QString error);

private:
    void onLoaded(geo::TileId tile, const QImage &image);
    bool drawFromAncestor(QPainter &painter, const geo::TileId &tile, const QRectF &target);

    std::shared_ptr<geo::TileSource> m_source;
    std::unique_ptr<geo::TileLoader> m_loader;
    QCache<geo::TileId, QImage> m_cache{768}; // ~200 MB worst case at 256x256x4
    QSet<geo::TileId> m_requested;
    QSet<geo::TileId> m_absent; // missing in the source: do not ask again
    QList<geo::TileId> m_lastRequest;
};

} // namespace vigil
