#pragma once
// TileLoader: fetches tiles from a TileSource on its own worker thread and hands decoded QImages
// to the GUI thread by queued signal. The map asks for the tiles of the current view with
// request(); a new request replaces the not-yet-started rest of the previous one (panning away
// cancels tiles nobody will see). Tiles are loaded in the order given (put the centre first).
//
// Thread contract: create, call and destroy a TileLoader on one thread (the GUI thread); its
// signals arrive there queued. The source is used only on the worker thread while the loader
// lives and gets releaseThreadResources() there before the thread ends.

#include "geo/tilesource.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QThread>

#include <memory>

namespace vigil::geo {

class TileLoaderWorker;

class TileLoader : public QObject
{
    Q_OBJECT
public:
    explicit TileLoader(std::shared_ptr<TileSource> source, QObject *parent = nullptr);
    ~TileLoader() override;

    TileSource &source() const { return *m_source; }

    // Replaces the pending queue. Tiles already delivered are not re-sent unless asked again.
    void request(const QList<TileId> &tiles);
    void cancelAll() { request({}); }

signals:
    void tileLoaded(vigil::geo::TileId tile, QImage image, bool fromStaleCache);
    void tileMissing(vigil::geo::TileId tile);
    void tileFailed(vigil::geo::TileId tile, QString error);

private:
    std::shared_ptr<TileSource> m_source;
    QThread m_thread;
    TileLoaderWorker *m_worker = nullptr; // lives on m_thread
};

// Internal: runs on the loader's thread. Public only for moc.
class TileLoaderWorker : public QObject
{
    Q_OBJECT
public:
    explicit TileLoaderWorker(std::shared_ptr<TileSource> source) : m_source(std::move(source)) {}

    void setQueue(const QList<vigil::geo::TileId> &tiles);
    void release();

signals:
    void tileLoaded(vigil::geo::TileId tile, QImage image, bool fromStaleCache);
    void tileMissing(vigil::geo::TileId tile);
    void tileFailed(vigil::geo::TileId tile, QString error);

private:
    void loadNext();

    std::shared_ptr<TileSource> m_source;
    QList<TileId> m_queue;
    bool m_scheduled = false;
};

} // namespace vigil::geo
