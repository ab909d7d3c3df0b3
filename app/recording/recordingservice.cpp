#include "recording/recordingservice.h"

#include "recording/camerarecorder.h"
#include "recording/retention.h"
#include "recording/segmentindex.h"
#include "recording/segmentrecovery.h"
#include "store/database.h"

#include <QPointer>

#include <pthread.h>

namespace vigil {

struct RecordingService::Camera
{
    CameraRecordingConfig config;
    std::unique_ptr<CameraRecorder> recorder;
    std::shared_ptr<StreamIngest> ingest;
    bool ownsIngest = false;
};

RecordingService::RecordingService(QString databasePath, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
    qRegisterMetaType<vigil::RecordingStatus>();
    m_housekeeper = std::thread([this] { housekeeping(); });
}

RecordingService::~RecordingService()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    const QStringList ids = m_cameras.keys();
    for (const QString &id : ids)
        stopCamera(id);
    if (m_housekeeper.joinable())
        m_housekeeper.join();
}

void RecordingService::startCamera(const CameraRecordingConfig &config,
                                   const StreamRequest &request, const IngestOptions &options)
{
    auto ingest = std::make_shared<StreamIngest>(request, options);
    startCamera(config, ingest);
    m_cameras.value(config.cameraId)->ownsIngest = true;
    ingest->start();
}

void RecordingService::startCamera(const CameraRecordingConfig &config,
                                   std::shared_ptr<StreamIngest> ingest)
{
    stopCamera(config.cameraId);
    auto camera = std::make_shared<Camera>();
    camera->config = config;
    camera->ingest = std::move(ingest);
    QPointer<RecordingService> self(this);
    camera->recorder = std::make_unique<CameraRecorder>(
        config, m_databasePath, [self](const QString &id, const RecordingStatus &status) {
            // Writer thread → this object's thread.
            if (self)
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, id, status] {
                        if (self)
                            emit self->cameraStatusChanged(id, status);
                    },
                    Qt::QueuedConnection);
        });
    camera->recorder->start();
    camera->ingest->addPacketConsumer(camera->recorder->packetConsumer());
    m_cameras.insert(config.cameraId, camera);
    {
        std::lock_guard lock(m_mutex);
        m_retentionDays.insert(config.cameraId, config.retentionDays);
        if (!m_storageDirs.contains(config.storageDir))
            m_storageDirs.append(config.storageDir);
    }
}

void RecordingService::stopCamera(const QString &cameraId)
{
    const std::shared_ptr<Camera> camera = m_cameras.take(cameraId);
    if (!camera)
        return;
    camera->ingest->removePacketConsumer(camera->recorder->packetConsumer().get());
    if (camera->ownsIngest)
        camera->ingest->stop();
    camera->recorder->stop();
}

void RecordingService::setMode(const QString &cameraId, RecordingMode mode)
{
    if (const std::shared_ptr<Camera> camera = m_cameras.value(cameraId))
        camera->recorder->setMode(mode);
}

void RecordingService::triggerEvent(const QString &cameraId, qint64 atMs)
{
    if (const auto camera = m_cameras.value(cameraId))
        camera->recorder->triggerEvent(atMs);
}

RecordingStatus RecordingService::status(const QString &cameraId) const
{
    const auto camera = m_cameras.value(cameraId);
    return camera ? camera->recorder->status() : RecordingStatus{};
}

QStringList RecordingService::cameras() const
{
    return m_cameras.keys();
}

void RecordingService::setRetention(qint64 reserveBytes, int intervalMs)
{
    {
        std::lock_guard lock(m_mutex);
        m_reserveBytes = reserveBytes;
        m_intervalMs = std::max(intervalMs, 100);
    }
    m_wake.notify_all();
}

void RecordingService::housekeeping()
{
    pthread_setname_np(pthread_self(), "vigil-retention");
    QString error;
    std::unique_ptr<Database> database = Database::open(m_databasePath, &error);
    if (!database) {
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                emit housekeepingDone(0, 0,
                                      {QStringLiteral("recording housekeeping: %1").arg(error)});
            },
            Qt::QueuedConnection);
        return;
    }
    SegmentIndex index(database->connection());
    // Everything open now was left by a previous run: recorders of this run start after.
    const RecoveryResult recovered = recoverOpenSegments(index, index.maxSegmentId());
    int recoveredCount = recovered.closed + recovered.removed;
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        RetentionSweeper sweeper(index);
        for (auto it = m_retentionDays.cbegin(); it != m_retentionDays.cend(); ++it)
            sweeper.setRetentionDays(it.key(), it.value());
        for (const QString &dir : std::as_const(m_storageDirs))
            sweeper.setReserve(dir, m_reserveBytes);
        const int intervalMs = m_intervalMs;
        lock.unlock();
        const RetentionResult result = sweeper.sweep();
        QMetaObject::invokeMethod(
            this,
            [this, recoveredCount, result] {
                emit housekeepingDone(recoveredCount, result.deletedSegments, result.errors);
            },
            Qt::QueuedConnection);
        recoveredCount = 0;
        lock.lock();
        m_wake.wait_for(lock, std::chrono::milliseconds(intervalMs));
    }
}

} // namespace vigil
