#pragma once
// RecordingService: the recording area's front door for the application. Owns one
// CameraRecorder per recorded camera (and, unless given a shared one, the ingest feeding it),
// plus a housekeeping thread that first repairs segments a crash left open and then runs
// retention periodically. Status changes of every camera reach the owner's thread as a queued
// signal, so the GUI can show "recording paused: disk full" without touching a worker.
//
// Thread contract: create, call and destroy on one thread (normally the GUI thread); nothing
// here blocks on disk I/O except the destructor/stopCamera(), which join the workers (they
// finish their current packet and close the file).

#include "media/streamingest.h"
#include "recording/recordingtypes.h"

#include <QHash>
#include <QObject>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace vigil {

class CameraRecorder;

class RecordingService : public QObject
{
    Q_OBJECT
public:
    explicit RecordingService(QString databasePath, QObject *parent = nullptr);
    ~RecordingService() override;

    // Records `request` (normally the main stream) through an ingest of its own.
    void startCamera(const CameraRecordingConfig &config, const StreamRequest &request,
                     const IngestOptions &options = {});
    // Records from an ingest that already runs (shares its connection and demuxer).
    void startCamera(const CameraRecordingConfig &config, std::shared_ptr<StreamIngest> ingest);
    void stopCamera(const QString &cameraId);
    void triggerEvent(const QString &cameraId, qint64 atMs);
    // Live mode change of a recorded camera (recording schedules); unknown cameras are ignored.
    void setMode(const QString &cameraId, RecordingMode mode);
    RecordingStatus status(const QString &cameraId) const;
    QStringList cameras() const;

    // Keep `reserveBytes` free on every storage folder in use; sweep every `intervalMs`.
    void setRetention(qint64 reserveBytes, int intervalMs);

signals:
    void cameraStatusChanged(const QString &cameraId, const vigil::RecordingStatus &status);
    void housekeepingDone(int recoveredSegments, int deletedSegments, const QStringList &errors);

private:
    struct Camera;
    void startRecorder(const std::shared_ptr<Camera> &camera);
    void housekeeping();

    const QString m_databasePath;
    QHash<QString, std::shared_ptr<Camera>> m_cameras;

    // Housekeeping thread; its settings are copied under the mutex.
    std::thread m_housekeeper;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    qint64 m_reserveBytes = 1ll << 30;
    int m_intervalMs = 60000;
    QHash<QString, int> m_retentionDays; // camera → days
    QStringList m_storageDirs;
};

} // namespace vigil
