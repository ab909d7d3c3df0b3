#include "app/recordingsession.h"

#include "alerts/alert.h"
#include "alerts/alertservice.h"
#include "media/streammanager.h"
#include "recording/recordingservice.h"
#include "store/database.h"
#include "wall/streamrequests.h"
#include "wall/tilepainter.h"

#include <QDir>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

namespace vigil {

namespace {
constexpr int kHousekeepingIntervalMs = 60000;
} // namespace

RecordingSession::RecordingSession(StreamManager &streams, QObject *parent)
    : QObject(parent), m_streams(streams)
{
    qRegisterMetaType<vigil::AlertClip>();
    m_pool.setMaxThreadCount(1);
    m_statusText = tr("Recording: starting…");
    connect(&m_loadWatcher, &QFutureWatcher<Loaded>::finished, this,
            &RecordingSession::onSettingsLoaded);
}

RecordingSession::~RecordingSession()
{
    m_loadWatcher.waitForFinished();
    m_pool.waitForDone();
    // Recorders detach from the shared ingests before the holders release them.
    m_service.reset();
    for (auto it = m_holders.cbegin(); it != m_holders.cend(); ++it)
        setRecordingBadge(it.key(), RecordingBadge::None);
    qDeleteAll(m_holders);
}

void RecordingSession::start(const QString &dataDir, const QString &databasePath, const Site &site,
                             bool demo)
{
    m_databasePath = databasePath;
    m_site = site;
    const QString root = dataDir.isEmpty() ? defaultDataDir() : dataDir;
    m_dataDir = root;
    const QString file = QDir(root).filePath(QStringLiteral("recording.json"));
    QStringList cameraIds;
    for (const Camera &camera : site.cameras)
        cameraIds << camera.id;
    const RecordingSettings base = demo ? RecordingSettings::demo(cameraIds) : RecordingSettings{};
    m_loadWatcher.setFuture(QtConcurrent::run(&m_pool, [file, base, root] {
        Loaded loaded;
        loaded.settings = RecordingSettingsReader::loadFile(file, base);
        loaded.storageRoot = loaded.settings.settings.storageDir.isEmpty()
                                 ? QDir(root).filePath(QStringLiteral("recordings"))
                                 : loaded.settings.settings.storageDir;
        QDir().mkpath(loaded.storageRoot);
        return loaded;
    }));
}

void RecordingSession::onSettingsLoaded()
{
    const Loaded loaded = m_loadWatcher.result();
    for (const QString &error : loaded.settings.errors)
        report(error);
    m_settings = loaded.settings.settings;
    m_service = std::make_unique<RecordingService>(m_databasePath);
    m_service->setRetention(m_settings.reserveBytes, kHousekeepingIntervalMs);
    connect(m_service.get(), &RecordingService::cameraStatusChanged, this,
            &RecordingSession::onCameraStatus);
    connect(m_service.get(), &RecordingService::housekeepingDone, this,
            [this](int, int, const QStringList &errors) {
                for (const QString &error : errors)
                    report(tr("Recording housekeeping: %1").arg(error));
            });
    connect(&m_schedules, &ScheduleRunner::modeChanged, this,
            [this](const QString &cameraId, RecordingMode mode) {
                if (m_service)
                    m_service->setMode(cameraId, mode);
            });
    for (const Camera &camera : std::as_const(m_site.cameras)) {
        CameraRecordingConfig config = m_settings.configFor(camera.id, loaded.storageRoot);
        const RecordingSchedule schedule = m_settings.scheduleFor(camera.id);
        if (!schedule.everRecords(config.mode))
            continue;
        if (!schedule.isEmpty()) {
            m_schedules.setSchedule(camera.id, schedule, config.mode);
            config.mode = m_schedules.modeOf(camera.id);
        }
        const std::optional<StreamRequest> request =
            streamRequestFor(camera, m_site, StreamProfile::Main);
        if (!request) {
            report(tr("Camera %1 is not recorded: it has no stream URL").arg(camera.id));
            continue;
        }
        auto *holder = new QObject(this);
        m_holders.insert(camera.id, holder);
        m_service->startCamera(config, m_streams.holdIngest(*request, holder));
        m_status.insert(camera.id, m_service->status(camera.id));
    }
    m_schedules.evaluate(); // arms the timer for the next period boundary
    updateSummary();
    emit started(int(m_holders.size()));
}

void RecordingSession::attachAlerts(AlertService &alerts)
{
    connect(&alerts, &AlertService::alertRaised, this, &RecordingSession::lockClipFor);
}

void RecordingSession::lockClipFor(const Alert &alert)
{
    if (alert.cameraId.isEmpty() || !m_service || !m_holders.contains(alert.cameraId))
        return;
    const qint64 atMs = alert.createdAt.isValid() ? alert.createdAt.toMSecsSinceEpoch()
                                                  : QDateTime::currentMSecsSinceEpoch();
    m_service->triggerEvent(alert.cameraId, atMs); // event-mode cameras write their buffer
    const QString databasePath = m_databasePath;
    const qint64 alertId = alert.id;
    const QString cameraId = alert.cameraId;
    const int pre = m_settings.alertPreSeconds;
    const int post = m_settings.alertPostSeconds;
    QPointer<RecordingSession> self(this);
    m_pool.start([=] {
        QString error;
        std::optional<AlertClip> clip;
        if (auto database = Database::open(databasePath, &error)) {
            SegmentIndex index(database->connection());
            clip = lockAlertClip(index, alertId, cameraId, atMs, pre, post, &error);
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, clip, error, alertId] {
                if (!self)
                    return;
                if (clip)
                    emit self->clipLocked(*clip);
                else
                    self->report(
                        tr("The clip of alert %1 could not be locked: %2").arg(alertId).arg(error));
            },
            Qt::QueuedConnection);
    });
}

bool RecordingSession::isRecording(const QString &cameraId) const
{
    return m_status.value(cameraId).state == RecordingState::Recording;
}

QStringList RecordingSession::recordedCameras() const
{
    return m_holders.keys();
}

void RecordingSession::onCameraStatus(const QString &cameraId, const RecordingStatus &status)
{
    const RecordingStatus previous = m_status.value(cameraId);
    m_status.insert(cameraId, status);
    if (status.state == RecordingState::Paused && previous.state != RecordingState::Paused)
        report(tr("Recording of %1 paused: %2").arg(cameraId, status.reason));
    updateSummary();
}

void RecordingSession::updateSummary()
{
    int recording = 0;
    QString pausedReason;
    for (auto it = m_status.cbegin(); it != m_status.cend(); ++it) {
        RecordingBadge badge = RecordingBadge::None;
        if (it->state == RecordingState::Recording) {
            ++recording;
            badge = RecordingBadge::Recording;
        } else if (it->state == RecordingState::Paused) {
            badge = RecordingBadge::Paused;
            if (pausedReason.isEmpty())
                pausedReason = it->reason;
        }
        setRecordingBadge(it.key(), badge);
    }
    const bool problem = !pausedReason.isEmpty();
    if (problem)
        m_statusText = tr("Recording paused: %1").arg(pausedReason);
    else if (m_status.isEmpty())
        m_statusText = tr("Recording off");
    else
        m_statusText = tr("REC %1/%2").arg(recording).arg(m_status.size());
    emit statusChanged(m_statusText, problem);
}

void RecordingSession::report(const QString &message)
{
    std::fprintf(stderr, "vigil: %s\n", qUtf8Printable(message));
    m_problems << message;
    emit problem(message);
}

} // namespace vigil
