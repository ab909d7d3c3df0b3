#include "geo/tileloader.h"

#include <QMetaObject>

namespace vigil::geo {

TileLoader::TileLoader(std::shared_ptr<TileSource> source, QObject *parent)
    : QObject(parent), m_source(std::move(source)), m_worker(new TileLoaderWorker(m_source))
{
    m_thread.setObjectName(QStringLiteral("vigil-tile-loader"));
    m_worker->moveToThread(&m_thread);
    TileLoaderWorker *worker = m_worker;
    connect(
        &m_thread, &QThread::finished, worker, [worker] { worker->release(); },
        Qt::DirectConnection);
    connect(m_worker, &TileLoaderWorker::tileLoaded, this, &TileLoader::tileLoaded,
            Qt::QueuedConnection);
    connect(m_worker, &TileLoaderWorker::tileMissing, this, &TileLoader::tileMissing,
            Qt::QueuedConnection);
    connect(m_worker, &TileLoaderWorker::tileFailed, this, &TileLoader::tileFailed,
            Qt::QueuedConnection);
    m_thread.start();
}

TileLoader::~TileLoader()
{
    // quit() also ends a nested event loop of a running network fetch; the worker then frees
    // its per-thread resources from QThread::finished, which runs on the worker thread.
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void TileLoader::request(const QList<TileId> &tiles)
{
    TileLoaderWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, tiles] { worker->setQueue(tiles); }, Qt::QueuedConnection);
}

void TileLoaderWorker::setQueue(const QList<TileId> &tiles)
{
    m_queue = tiles;
    if (!m_scheduled && !m_queue.isEmpty()) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &TileLoaderWorker::loadNext, Qt::QueuedConnection);
    }
}

void TileLoaderWorker::release()
{
    m_queue.clear();
    m_source->releaseThreadResources();
}

void TileLoaderWorker::loadNext()
{
    // m_scheduled stays true while loading: a network fetch runs a nested event loop in which
    // setQueue() may be called, and it must not start a second chain.
    if (m_queue.isEmpty()) {
        m_scheduled = false;
        return;
    }
    const TileId tile = m_queue.takeFirst();
    TileResult result = m_source->loadTile(tile);
    switch (result.status) {
    case TileResult::Status::Loaded:
        emit tileLoaded(tile, result.image, result.fromStaleCache);
        break;
    case TileResult::Status::Missing:
        emit tileMissing(tile);
        break;
    case TileResult::Status::Failed:
        emit tileFailed(tile, result.error);
        break;
    }
    // One tile per event-loop turn, so a newer request() can replace the queue in between.
    if (m_queue.isEmpty())
        m_scheduled = false;
    else
        QMetaObject::invokeMethod(this, &TileLoaderWorker::loadNext, Qt::QueuedConnection);
}

} // namespace vigil::geo
