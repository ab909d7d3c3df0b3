#pragma once
// AlertSession: the alert pipeline of the running workstation — event bus, clock, the batching
// store writer on the data directory's database, AlertService, the audible alarm, device health
// events from the stream engine, dispatch forwarding through the durable webhook outbox, and the
// external event API. MainWindow only wires its service to the docks.
//
// start() reads "<data dir>/alerts.json" on a worker thread, merges the command-line overrides,
// then starts the writer (which opens the store on its own thread) and the service; once the
// writer reports the store open, the outbox and the API server start on a worker thread (both
// block while their own thread opens a file or a socket). Without a
// token the API stays off and apiStatusChanged() says so.
//
// The rules and response-time targets of alerts.json are applied before the service starts and
// again whenever the file changes (QFileSystemWatcher on the file and its folder, debounced; read
// on a worker; applied to the service on its thread). A file that cannot be read or is not JSON
// keeps the rules in force; located problems go to problem(). Operator, API and units are read
// at start only.
//
// Thread contract: created and used on the GUI thread. The bus, writer, outbox and API server run
// their own threads; everything reaches this object through queued signals or QFutureWatcher.

#include "alerts/alertalarm.h" // AlarmPlayer: complete for the default argument
#include "alerts/alertsettings.h"
#include "alerts/clock.h"
#include "events/inprocesseventbus.h"
#include "model/site.h"

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace vigil {

class AlarmPlayer;
class AlertAlarm;
class AlertService;
class AlertStoreWriter;
class DeviceHealthMonitor;
class EventApiServer;
class SoundEffectAlarmPlayer;
class StreamManager;
class WebhookOutbox;

// Command-line values; each one set here beats alerts.json.
struct AlertOverrides
{
    QString operatorLogin;
    QByteArray apiToken;
    std::optional<quint16> apiPort; // 0 = any free port (tests)
    QString apiBind;
    QHash<QString, QUrl> unitEndpoints;
    // When set and "<data dir>/alerts.json" does not exist, this file (e.g. a Qt resource) is
    // copied there first: the demo starts with sensible rules the operator can edit live.
    QString initialSettingsFile;
};

class AlertSession : public QObject
{
    Q_OBJECT
public:
    // `player` = nullptr plays through Qt Multimedia; tests pass a silent one.
    explicit AlertSession(StreamManager &streams, std::unique_ptr<AlarmPlayer> player = nullptr,
                          QObject *parent = nullptr);
    ~AlertSession() override;

    void start(const QString &dataDir, const AlertOverrides &overrides);
    // The site's doors, for the event API's "door_id" (before start(); fixed afterwards).
    void setDoors(const QList<Door> &doors) { m_doors = doors; }

    EventBus &bus() { return m_bus; }
    AlertService &service() { return *m_service; }
    AlertAlarm &alarm() { return *m_alarm; }
    DeviceHealthMonitor &deviceHealth() { return *m_health; }
    QString operatorLogin() const { return m_operator; }
    bool isApiRunning() const { return m_apiPort != 0; }
    quint16 apiPort() const { return m_apiPort; }
    QString apiStatusText() const { return m_apiStatus; }
    QStringList problems() const { return m_problems; }
    // The supervisor chime (SLA breach); replaced by tests.
    void setChime(std::function<void()> chime) { m_chime = std::move(chime); }
    void playChime();

    static QString systemUserName();
    QString settingsPath() const { return m_settingsPath; }
    // Debounce before a changed alerts.json is read (editors write in several steps).
    void setReloadDelay(int ms) { m_reloadDebounce.setInterval(ms); }

signals:
    void operatorChanged(const QString &login);
    void apiStatusChanged(const QString &text, bool running);
    // Located problems of alerts.json / the command line / the outbox, for the status bar.
    void problem(const QString &message);
    // Informational status-bar text, e.g. "Alert rules reloaded from …".
    void notice(const QString &message);
    // alerts.json was re-read and its rules and targets applied (tests wait for this).
    void settingsReloaded();

private:
    struct LoadedSettings
    {
        AlertSettingsResult loaded;
        QByteArray hash; // of the file's bytes: a change elsewhere in the folder is no reload
    };
    static LoadedSettings readSettings(const QString &file); // on a worker
    struct Started
    {
        QString apiError;
        QString outboxError;
        bool apiRunning = false;
    };
    void onSettingsLoaded();
    void watchSettingsFile();
    void reloadSettings();
    void onSettingsReloaded();
    void applyRules(const AlertSettings &settings);
    void startServers();
    void onServersStarted();
    void report(const QString &message);
    // Copies `from` to `to` (creating its folder); an error text, empty on success.
    static QString seedSettingsFile(const QString &from, const QString &to);

    StreamManager &m_streams;
    InProcessEventBus m_bus;
    SystemClock m_clock;
    std::unique_ptr<AlertStoreWriter> m_writer;
    std::unique_ptr<AlertService> m_service;
    std::unique_ptr<AlarmPlayer> m_player;
    SoundEffectAlarmPlayer *m_soundPlayer = nullptr; // m_player when it is the real one
    std::unique_ptr<AlertAlarm> m_alarm;
    std::unique_ptr<DeviceHealthMonitor> m_health;
    std::unique_ptr<WebhookOutbox> m_outbox;
    std::unique_ptr<EventApiServer> m_api;
    std::function<void()> m_chime;

    QString m_dataDir;
    QString m_dbPath;
    QList<Door> m_doors;
    AlertOverrides m_overrides;
    AlertSettings m_settings;
    QString m_operator;
    QString m_apiStatus;
    quint16 m_apiPort = 0;
    QStringList m_problems;
    QFutureWatcher<LoadedSettings> m_settingsWatcher;
    QFutureWatcher<Started> m_serversWatcher;
    QString m_settingsPath;
    QFileSystemWatcher m_fileWatcher;
    QTimer m_reloadDebounce;
    QFutureWatcher<LoadedSettings> m_reloadWatcher;
    QByteArray m_settingsHash;
    AlertSettings m_fileSettings; // as the file said at start (before command-line overrides)
    bool m_reloadAgain = false;   // the file changed while it was being read
};

} // namespace vigil
