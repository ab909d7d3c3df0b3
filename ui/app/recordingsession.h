#pragma once
// RecordingSession: recording in the running workstation. Reads "<data dir>/recording.json"
// (demo defaults when started with --demo), starts RecordingService for every camera whose mode
// is not "off" on the camera's main stream *through StreamManager* (one RTSP connection shared
// with the wall; it keeps running while no tile shows the camera), keeps the REC badges of the
// wall and a one-line disk/recording status, and turns every new alert into a clip: the event
// recorder is triggered and [alert − pre, alert + post] of the camera is evidence-locked.
// Recording schedules are applied live: a camera whose schedule ever records gets a recorder,
// and its mode follows the ScheduleRunner (re-evaluated at period boundaries).
//
// Thread contract: created and used on the GUI thread. Settings are read and clips locked on a
// private one-thread pool (own database connection per task); recorders and housekeeping run
// their own threads and report through queued signals.

#include "model/site.h"
#include "recording/alertclip.h"
#include "recording/recordingsettings.h"
#include "recording/schedulerunner.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace vigil {

class AlertService;
class RecordingService;
class StreamManager;
struct Alert;

class RecordingSession : public QObject
{
    Q_OBJECT
public:
    explicit RecordingSession(StreamManager &streams, QObject *parent = nullptr);
    ~RecordingSession() override;

    // Reads the settings on a worker and then starts the recorders of `site`'s cameras. The
    // database must exist and be migrated (the site loader did that).
    void start(const QString &dataDir, const QString &databasePath, const Site &site, bool demo);
    // New alerts get a clip from now on.
    void attachAlerts(AlertService &alerts);

    QString databasePath() const { return m_databasePath; }
    QString dataDir() const { return m_dataDir; } // holds the evidence signing key
    bool isRecording(const QString &cameraId) const;
    QStringList recordedCameras() const;
    RecordingService *service() const { return m_service.get(); }
    const RecordingSettings &settings() const { return m_settings; }
    QString statusText() const { return m_statusText; }
    QStringList problems() const { return m_problems; }
    // Locks a clip for `alert` now (what attachAlerts() does for every new alert).
    void lockClipFor(const Alert &alert);
    // The schedule clock (tests inject one before start()).
    ScheduleRunner &schedules() { return m_schedules; }

signals:
    void started(int cameras);
    // One line for the status bar: "REC 12/12" or "Recording paused: Disk full: …".
    void statusChanged(const QString &text, bool problem);
    void problem(const QString &message); // located settings errors, housekeeping errors
    void clipLocked(const vigil::AlertClip &clip);

private:
    struct Loaded
    {
        RecordingSettingsResult settings;
        QString storageRoot;
    };
    void onSettingsLoaded();
    void onCameraStatus(const QString &cameraId, const RecordingStatus &status);
    void updateSummary();
    void report(const QString &message);

    StreamManager &m_streams;
    std::unique_ptr<RecordingService> m_service;
    QHash<QString, QObject *> m_holders; // camera → keeps its ingest running (StreamManager)
    QHash<QString, RecordingStatus> m_status;
    Site m_site;
    RecordingSettings m_settings;
    QString m_databasePath;
    QString m_dataDir;
    QString m_statusText;
    QStringList m_problems;
    ScheduleRunner m_schedules;
    QThreadPool m_pool; // settings file, clip locks
    QFutureWatcher<Loaded> m_loadWatcher;
};

} // namespace vigil

Q_DECLARE_METATYPE(vigil::AlertClip)
