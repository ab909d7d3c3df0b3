#include "app/bootstrap.h"

#include "geo/tilesourcefactory.h"

#include "app/alertsession.h"
#include "app/analyticssession.h"
#include "app/recordingsession.h"
#include "events/devicehealthmonitor.h"
#include "mainwindow.h"
#include "media/streammanager.h"
#include "plates/passageservice.h"
#include "privacy/privacysession.h"
#include "wall/wallcontroller.h"
#include "wall/wallmenu.h"
#include "wall/wallrenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

namespace vigil {

namespace {

// The wall renderer must be chosen before the main window creates its tiles.
AppOptions applyRendererOption(AppOptions options)
{
    if (!options.renderer.isEmpty())
        setWallRendererPreference(options.renderer);
    return options;
}

} // namespace

AppBootstrap::AppBootstrap(AppOptions options, QObject *parent)
    : QObject(parent), m_options(applyRendererOption(std::move(options))),
      m_streams(std::make_unique<StreamManager>()),
      m_alerts(std::make_unique<AlertSession>(*m_streams)),
      m_recording(std::make_unique<RecordingSession>(*m_streams)),
      m_analytics(std::make_unique<AnalyticsSession>(*m_streams, m_alerts->bus())),
      m_privacy(std::make_unique<PrivacySession>(*m_streams)),
      m_passages(std::make_unique<PassageService>(m_alerts->bus(), m_passageClock)),
      m_window(std::make_unique<MainWindow>(*m_streams, m_alerts.get()))
{
    m_privacy->addMaskEditorAction(m_window->wallMenu(), *m_window->wall());
    connect(m_privacy.get(), &PrivacySession::problem, m_window.get(),
            [this](const QString &message) { m_window->statusBar()->showMessage(message, 15000); });
    connect(&m_loadWatcher, &QFutureWatcher<SiteLoadOutcome>::finished, this,
            &AppBootstrap::onSiteLoaded);
    connect(&m_basemapWatcher, &QFutureWatcher<BasemapOutcome>::finished, this,
            &AppBootstrap::onBasemapOpened);
}

AppBootstrap::~AppBootstrap()
{
    m_loadWatcher.waitForFinished(); // never leave a worker touching the database behind
    m_basemapWatcher.waitForFinished();
    m_window.reset();
    m_passages.reset();  // commits queued passages; unsubscribes from the bus before it goes
    m_analytics.reset(); // the worker stops and feeds detach before ingests and the bus go
    m_privacy.reset();
    m_recording.reset(); // recorders detach from the shared ingests first
    m_alerts.reset();
    m_streams.reset();
}

void AppBootstrap::start()
{
    if (m_options.publicView)
        m_privacy->setAllPublic(true, m_window.get());
    m_window->setWallLayout(m_options.layout);
    m_window->showLoading(tr("Loading the site…"));
    m_window->show();

    m_loadWatcher.setFuture(QtConcurrent::run(&SiteLoader::loadBlocking, m_options.dataDir,
                                              m_options.demo,
                                              QStringLiteral(":/demo/district.json")));

    startBasemapLoad();

    if (!m_options.screenshotFile.isEmpty())
        QTimer::singleShot(m_options.screenshotDelayMs, this, &AppBootstrap::takeScreenshot);
    if (m_options.quitAfterSeconds > 0)
        QTimer::singleShot(static_cast<int>(m_options.quitAfterSeconds * 1000), this,
                           [this] { emit finished(0); });
}

void AppBootstrap::onSiteLoaded()
{
    const SiteLoadOutcome outcome = m_loadWatcher.result();
    // The alert store shares the site database: start it once the loader has created/migrated it.
    startAlerts(outcome);
    if (!outcome.site) {
        m_window->showError(outcome.error);
        std::fprintf(stderr, "vigil: %s\n", qUtf8Printable(outcome.error));
        return;
    }
    m_window->showSite(*outcome.site);
    m_window->setStorePath(outcome.databasePath); // saved wall layouts and tours
    m_privacy->setDatabasePath(outcome.databasePath);
    if (outcome.site->id.isEmpty()) {
        m_window->showLoading(
            tr("No site has been imported into %1 yet. Import one with vigil-admin, or start "
               "with --demo.")
                .arg(QDir::toNativeSeparators(outcome.databasePath)));
        return;
    }
    // Recording shares the wall's ingests; the store exists and is migrated by now.
    m_recording->attachAlerts(m_alerts->service());
    m_recording->start(m_options.dataDir, outcome.databasePath, *outcome.site, m_options.demo);
    m_window->setRecording(m_recording.get());
    m_privacy->setLegacyMasks(m_recording->settings().privacyMasks());
    m_analytics->start(outcome.databasePath, *outcome.site);
    m_window->setAnalytics(m_analytics.get());
    m_passages->setOperator(m_alerts->operatorLogin());
    connect(m_alerts.get(), &AlertSession::operatorChanged, m_passages.get(),
            &PassageService::setOperator);
    m_passages->start(outcome.databasePath, QFileInfo(outcome.databasePath).absolutePath(),
                      *outcome.site, m_options.demo);
    m_window->setPassages(m_passages.get());
    if (m_options.demo)
        m_window->wall()->fillWithFirstCameras();
}

void AppBootstrap::startAlerts(const SiteLoadOutcome &outcome)
{
    if (outcome.site) {
        QHash<QString, QString> areas;
        for (const Camera &camera : outcome.site->cameras)
            areas.insert(camera.id, camera.siteNodeId);
        m_alerts->deviceHealth().setCameraAreas(areas);
        m_alerts->setDoors(outcome.site->doors);
    }
    AlertOverrides overrides;
    overrides.operatorLogin = m_options.operatorLogin;
    overrides.apiToken = m_options.apiToken;
    overrides.apiPort = m_options.apiPort;
    overrides.apiBind = m_options.apiBind;
    overrides.unitEndpoints = m_options.unitEndpoints;
    if (m_options.demo) // the demo district's rules and response-time targets, editable live
        overrides.initialSettingsFile = QStringLiteral(":/examples/alerts.example.json");
    m_alerts->start(m_options.dataDir, overrides);
}

// The basemap is opened on a worker (it touches the disk or the network); the map shows an empty
// grid until it arrives. A basemap given on the command line is remembered for later starts.
void AppBootstrap::startBasemapLoad()
{
    QSettings settings;
    const QString spec = m_options.basemap.isEmpty()
                             ? settings.value(QStringLiteral("map/basemap")).toString()
                             : m_options.basemap;
    if (spec.isEmpty())
        return;
    const QString cacheDir =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles");
    m_basemapWatcher.setFuture(QtConcurrent::run([spec, cacheDir] {
        BasemapOutcome outcome;
        outcome.spec = spec;
        outcome.source = geo::openTileSource(spec, cacheDir, &outcome.error);
        return outcome;
    }));
}

void AppBootstrap::onBasemapOpened()
{
    const BasemapOutcome outcome = m_basemapWatcher.result();
    if (!outcome.source) {
        const QString message = tr("Map tiles could not be opened: %1").arg(outcome.error);
        m_window->statusBar()->showMessage(message, 15000);
        std::fprintf(stderr, "vigil: %s\n", qUtf8Printable(message));
        return;
    }
    if (!m_options.basemap.isEmpty())
        QSettings().setValue(QStringLiteral("map/basemap"), outcome.spec);
    m_window->setBasemap(outcome.source);
}

void AppBootstrap::takeScreenshot()
{
    const QString file = m_options.screenshotFile;
    const QString dir = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(dir) || !m_window->grab().save(file, "PNG")) {
        std::fprintf(stderr, "vigil: cannot write the screenshot %s\n", qUtf8Printable(file));
        emit finished(1);
        return;
    }
    emit finished(0);
}

} // namespace vigil
