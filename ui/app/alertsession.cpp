#include "app/alertsession.h"

#include "alerts/alertalarm.h"
#include "alerts/alertservice.h"
#include "alerts/alertstorewriter.h"
#include "alerts/dispatchforwarding.h"
#include "alerts/sqlitealertstore.h"
#include "events/devicehealthmonitor.h"
#include "media/streammanager.h"
#include "net/eventapiserver.h"
#include "net/webhookoutbox.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

namespace vigil {

namespace {
constexpr int kReloadDelayMs = 500;
const QByteArray kAbsentFile = QByteArrayLiteral("absent");
} // namespace

AlertSession::AlertSession(StreamManager &streams, std::unique_ptr<AlarmPlayer> player,
                           QObject *parent)
    : QObject(parent), m_streams(streams), m_player(std::move(player))
{
    // The factory runs on the writer thread once start() has set the path.
    m_writer = std::make_unique<AlertStoreWriter>([this](QString *error) {
        return std::unique_ptr<AlertStore>(SqliteAlertStore::open(m_dbPath, error));
    });
    m_service = std::make_unique<AlertService>(m_bus, *m_writer, m_clock, RuleSet{}, SlaPolicy{});
    if (!m_player) {
        auto sound = std::make_unique<SoundEffectAlarmPlayer>();
        m_soundPlayer = sound.get();
        m_player = std::move(sound);
    }
    m_alarm = std::make_unique<AlertAlarm>(*m_service, *m_player);
    m_health = std::make_unique<DeviceHealthMonitor>(m_bus, m_clock);
    m_health->attach(streams);
    m_operator = systemUserName();
    m_apiStatus = tr("Event API: starting…");

    connect(&m_settingsWatcher, &QFutureWatcher<LoadedSettings>::finished, this,
            &AlertSession::onSettingsLoaded);
    connect(&m_serversWatcher, &QFutureWatcher<Started>::finished, this,
            &AlertSession::onServersStarted);
    connect(&m_reloadWatcher, &QFutureWatcher<LoadedSettings>::finished, this,
            &AlertSession::onSettingsReloaded);
    m_reloadDebounce.setSingleShot(true);
    m_reloadDebounce.setInterval(kReloadDelayMs);
    connect(&m_reloadDebounce, &QTimer::timeout, this, &AlertSession::reloadSettings);
    const auto changed = [this] { m_reloadDebounce.start(); };
    connect(&m_fileWatcher, &QFileSystemWatcher::fileChanged, this, changed);
    connect(&m_fileWatcher, &QFileSystemWatcher::directoryChanged, this, changed);
}

AlertSession::~AlertSession()
{
    m_settingsWatcher.waitForFinished();
    m_serversWatcher.waitForFinished();
    m_reloadWatcher.waitForFinished();
    if (m_api)
        m_api->stop(); // no new events while the pipeline shuts down
    m_health.reset();
    m_alarm.reset();
    m_service.reset();
    m_writer.reset(); // commits what is queued
    if (m_outbox)
        m_outbox->stop();
}

QString AlertSession::systemUserName()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("operator");
}

void AlertSession::start(const QString &dataDir, const AlertOverrides &overrides)
{
    m_dataDir = dataDir.isEmpty() ? defaultDataDir() : dataDir;
    m_dbPath = databasePathIn(m_dataDir);
    m_overrides = overrides;
    m_settingsPath = QDir(m_dataDir).filePath(QStringLiteral("alerts.json"));
    const QString file = m_settingsPath;
    const QString initial = overrides.initialSettingsFile;
    m_settingsWatcher.setFuture(QtConcurrent::run([file, initial] {
        QString seedError;
        if (!initial.isEmpty() && !QFile::exists(file))
            seedError = seedSettingsFile(initial, file);
        LoadedSettings result = readSettings(file);
        if (!seedError.isEmpty())
            result.loaded.errors.prepend(seedError);
        return result;
    }));
}

QString AlertSession::seedSettingsFile(const QString &from, const QString &to)
{
    QFile source(from);
    QSaveFile target(to);
    if (!QDir().mkpath(QFileInfo(to).absolutePath()) || !source.open(QIODevice::ReadOnly) ||
        !target.open(QIODevice::WriteOnly) || target.write(source.readAll()) < 0 ||
        !target.commit())
        return tr("%1: cannot create it from %2: %3")
            .arg(to, from,
                 target.errorString().isEmpty() ? source.errorString() : target.errorString());
    return {};
}

void AlertSession::report(const QString &message)
{
    std::fprintf(stderr, "vigil: %s\n", qUtf8Printable(message));
    m_problems << message;
    emit problem(message);
}

void AlertSession::onSettingsLoaded()
{
    const LoadedSettings settings = m_settingsWatcher.result();
    m_settingsHash = settings.hash;
    const AlertSettingsResult &loaded = settings.loaded;
    for (const QString &error : loaded.errors)
        report(error);
    m_settings = loaded.settings;
    m_fileSettings = loaded.settings;
    if (!m_overrides.operatorLogin.isEmpty())
        m_settings.operatorLogin = m_overrides.operatorLogin;
    if (!m_overrides.apiToken.isEmpty())
        m_settings.apiToken = m_overrides.apiToken;
    if (m_overrides.apiPort)
        m_settings.apiPort = *m_overrides.apiPort;
    if (!m_overrides.apiBind.isEmpty())
        m_settings.apiAddress = QHostAddress(m_overrides.apiBind);
    for (auto it = m_overrides.unitEndpoints.cbegin(); it != m_overrides.unitEndpoints.cend(); ++it)
        m_settings.unitEndpoints.insert(it.key(), it.value());
    if (!m_settings.operatorLogin.isEmpty() && m_settings.operatorLogin != m_operator) {
        m_operator = m_settings.operatorLogin;
        emit operatorChanged(m_operator);
    }

    // The outbox and the API start once the writer has opened (and migrated) the database, so
    // two connections never run the migrations at the same time.
    connect(m_writer.get(), &AlertStoreWriter::opened, this, &AlertSession::startServers,
            Qt::SingleShotConnection);
    m_writer->start(); // opens the store on the writer thread
    applyRules(m_settings);
    m_service->start();
    watchSettingsFile();
}

void AlertSession::applyRules(const AlertSettings &settings)
{
    // AlertService's contract: called on its thread (queued when that is not this one).
    AlertService *service = m_service.get();
    QMetaObject::invokeMethod(service, [service, rules = settings.rules, sla = settings.sla] {
        service->setRules(rules);
        service->setSlaPolicy(sla);
    });
}

void AlertSession::watchSettingsFile()
{
    // The folder catches an editor that saves by writing a new file and renaming it over the
    // old one (the file watch ends with the old inode); the hash check ignores other files.
    const QString dir = QFileInfo(m_settingsPath).absolutePath();
    if (!m_fileWatcher.directories().contains(dir))
        m_fileWatcher.addPath(dir);
    if (!m_fileWatcher.files().contains(m_settingsPath) && QFile::exists(m_settingsPath))
        m_fileWatcher.addPath(m_settingsPath);
}

void AlertSession::reloadSettings()
{
    if (m_reloadWatcher.isRunning()) {
        m_reloadAgain = true;
        return;
    }
    m_reloadWatcher.setFuture(QtConcurrent::run(&AlertSession::readSettings, m_settingsPath));
}

AlertSession::LoadedSettings AlertSession::readSettings(const QString &file)
{
    LoadedSettings settings;
    QFile input(file);
    if (!input.exists()) {
        settings.hash = kAbsentFile; // so folder changes do not report it again and again
        return settings;
    }
    if (!input.open(QIODevice::ReadOnly)) {
        settings.loaded = AlertSettingsReader::loadFile(file); // reports why
        settings.loaded.fileFound = true;
        return settings;
    }
    const QByteArray bytes = input.readAll();
    settings.hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    settings.loaded = AlertSettingsReader::parse(bytes, file);
    settings.loaded.fileFound = true;
    return settings;
}

void AlertSession::onSettingsReloaded()
{
    const LoadedSettings settings = m_reloadWatcher.result();
    watchSettingsFile();
    const bool unchanged = !settings.hash.isEmpty() && settings.hash == m_settingsHash;
    if (!unchanged) {
        const AlertSettingsResult &loaded = settings.loaded;
        for (const QString &error : loaded.errors)
            report(error);
        if (!loaded.fileFound) {
            m_settingsHash = kAbsentFile;
            report(tr("%1 is gone: the alert rules in force are kept")
                       .arg(QDir::toNativeSeparators(m_settingsPath)));
        } else if (!loaded.parsed) {
            report(tr("%1 could not be read: the alert rules in force are kept")
                       .arg(QDir::toNativeSeparators(m_settingsPath)));
        } else {
            m_settingsHash = settings.hash;
            applyRules(loaded.settings);
            const AlertSettings &now = loaded.settings;
            const bool needsRestart = now.operatorLogin != m_fileSettings.operatorLogin ||
                                      now.apiToken != m_fileSettings.apiToken ||
                                      now.apiAddress != m_fileSettings.apiAddress ||
                                      now.apiPort != m_fileSettings.apiPort ||
                                      now.unitEndpoints != m_fileSettings.unitEndpoints;
            QString message = loaded.errors.isEmpty()
                                  ? tr("Alert rules reloaded from %1")
                                  : tr("Alert rules reloaded from %1 (%n entries with problems "
                                       "left out)",
                                       nullptr, int(loaded.errors.size()));
            message = message.arg(QDir::toNativeSeparators(m_settingsPath));
            if (needsRestart)
                message += QLatin1Char(' ') +
                           tr("— operator, API and unit changes apply at the next start");
            emit notice(message);
            emit settingsReloaded();
        }
    }
    if (std::exchange(m_reloadAgain, false))
        reloadSettings();
}

void AlertSession::startServers()
{
    EventApiConfig apiConfig;
    apiConfig.address = m_settings.apiAddress;
    apiConfig.port = m_settings.apiPort;
    apiConfig.token = m_settings.apiToken;
    apiConfig.idempotencyDbPath = m_dbPath; // retried POSTs are recognised across restarts
    for (const Door &door : std::as_const(m_doors))
        apiConfig.doors.insert(door.id, door);
    m_outbox = std::make_unique<WebhookOutbox>(m_dbPath);
    connect(m_outbox.get(), &WebhookOutbox::deliveryFailed, this,
            [this](qint64 alertId, const QUrl &url, const QString &error) {
                report(tr("Alert %1 could not be forwarded to %2: %3")
                           .arg(alertId)
                           .arg(url.toDisplayString(QUrl::RemoveUserInfo), error));
            });
    if (!m_settings.apiToken.isEmpty())
        m_api = std::make_unique<EventApiServer>(m_bus, m_clock, apiConfig);
    // Both open a file or a socket and block until their thread has done so: not on this thread.
    WebhookOutbox *outbox = m_outbox.get();
    EventApiServer *api = m_api.get();
    m_serversWatcher.setFuture(QtConcurrent::run([outbox, api] {
        Started started;
        if (!outbox->start(&started.outboxError) && started.outboxError.isEmpty())
            started.outboxError = QStringLiteral("cannot open the webhook outbox");
        if (api)
            started.apiRunning = api->start(&started.apiError);
        return started;
    }));
}

void AlertSession::onServersStarted()
{
    const Started started = m_serversWatcher.result();
    if (started.outboxError.isEmpty())
        forwardDispatches(*m_service, *m_outbox, m_settings.unitEndpoints);
    else
        report(tr("Dispatches are not forwarded to units: %1").arg(started.outboxError));
    if (!m_api) {
        m_apiStatus = tr("Event API off (no token configured)");
    } else if (started.apiRunning) {
        m_apiPort = m_api->port();
        m_apiStatus = tr("Event API on %1:%2").arg(m_api->address().toString()).arg(m_apiPort);
    } else {
        m_apiStatus = tr("Event API failed: %1").arg(started.apiError);
        report(m_apiStatus);
    }
    emit apiStatusChanged(m_apiStatus, m_apiPort != 0);
}

void AlertSession::playChime()
{
    if (m_chime)
        m_chime();
    else if (m_soundPlayer)
        m_soundPlayer->chime();
}

} // namespace vigil
