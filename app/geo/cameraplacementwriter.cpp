#include "geo/cameraplacementwriter.h"

#include "store/sqlitesitestore.h"

#include <QHash>
#include <QMetaObject>
#include <QStringList>

#include <memory>

namespace vigil::geo {

// Runs on the writer's thread: owns the store (QtSql connections are per thread).
class CameraPlacementWorker : public QObject
{
    Q_OBJECT
public:
    explicit CameraPlacementWorker(QString databasePath) : m_databasePath(std::move(databasePath))
    {}

    void enqueue(const QString &cameraId, const CameraPlacement &placement)
    {
        if (!m_pending.contains(cameraId))
            m_order.append(cameraId);
        m_pending.insert(cameraId, placement);
        if (!m_scheduled) {
            m_scheduled = true;
            QMetaObject::invokeMethod(this, &CameraPlacementWorker::drain, Qt::QueuedConnection);
        }
    }

    void drain()
    {
        m_scheduled = false;
        while (!m_order.isEmpty()) {
            const QString id = m_order.takeFirst();
            const CameraPlacement p = m_pending.take(id);
            QString error;
            if (!m_store)
                m_store = SqliteSiteStore::open(m_databasePath, &error);
            if (m_store && m_store->updateCameraPlacement(id, p.latitude, p.longitude, p.headingDeg,
                                                          p.fovDeg, p.rangeM, &error))
                emit saved(id);
            else
                emit failed(id, QStringLiteral("%1: %2").arg(m_databasePath, error));
        }
    }

    void release() { m_store.reset(); }

signals:
    void saved(QString cameraId);
    void failed(QString cameraId, QString error);

private:
    QString m_databasePath;
    std::unique_ptr<SqliteSiteStore> m_store;
    QHash<QString, CameraPlacement> m_pending;
    QStringList m_order;
    bool m_scheduled = false;
};

CameraPlacementWriter::CameraPlacementWriter(const QString &databasePath, QObject *parent)
    : QObject(parent), m_databasePath(databasePath),
      m_worker(new CameraPlacementWorker(databasePath))
{
    m_thread.setObjectName(QStringLiteral("vigil-placement-writer"));
    m_worker->moveToThread(&m_thread);
    CameraPlacementWorker *worker = m_worker;
    connect(
        &m_thread, &QThread::finished, worker, [worker] { worker->release(); },
        Qt::DirectConnection);
    connect(m_worker, &CameraPlacementWorker::saved, this, &CameraPlacementWriter::saved,
            Qt::QueuedConnection);
    connect(m_worker, &CameraPlacementWorker::failed, this, &CameraPlacementWriter::failed,
            Qt::QueuedConnection);
    m_thread.start();
}

CameraPlacementWriter::~CameraPlacementWriter()
{
    // Nothing the operator placed may be lost on close: write what is pending, then stop.
    CameraPlacementWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->drain(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void CameraPlacementWriter::save(const QString &cameraId, const CameraPlacement &placement)
{
    CameraPlacementWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, cameraId, placement] { worker->enqueue(cameraId, placement); },
        Qt::QueuedConnection);
}

} // namespace vigil::geo

#include "cameraplacementwriter.moc"
