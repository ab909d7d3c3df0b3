#pragma once
// AnalyticsSession: the app's analytics — the per-camera configuration library (site store),
// the supervisor that runs the configured plugins in the isolated vigil-analyticsd worker on the
// wall's shared ingests (events go to the alert pipeline's bus), the overlay the wall draws, and
// the plugin manifests the settings editor is generated from.
//
// The worker is started only once some camera has analytics configured, so a site without
// analytics runs no extra process. Manifests are read from the plugin libraries' embedded
// metadata (QPluginLoader::metaData) on a worker thread: the app process never runs plugin code.
//
// Thread contract: GUI thread; everything slow (store, manifest scan, worker process) runs on
// other threads and reports through queued signals.

#include "analytics/pluginmanifest.h"
#include "model/site.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace vigil {

class AnalyticsConfigLibrary;
class AnalyticsOverlay;
class AnalyticsSupervisor;
class EventBus;
class StreamManager;
class StreamManagerFrameSource;

class AnalyticsSession : public QObject
{
    Q_OBJECT
public:
    AnalyticsSession(StreamManager &streams, EventBus &bus, QObject *parent = nullptr);
    ~AnalyticsSession() override; // stops the worker before the frame source goes

    // Loads the configuration from the site database and scans the plugin manifests.
    void start(const QString &databasePath, const Site &site);

    AnalyticsConfigLibrary &configs() { return *m_configs; }
    AnalyticsOverlay &overlay() { return *m_overlay; }
    QList<PluginManifest> manifests() const { return m_manifests; }

    // Manifests of the installed plugins (code not loaded) and one message per refused file.
    static QList<PluginManifest> readManifests(const QStringList &directories,
                                               QStringList *refusals);

signals:
    void manifestsReady(const QList<vigil::PluginManifest> &manifests);
    void notice(const QString &message); // worker state changes, for the status bar
    void problem(const QString &message);

private:
    void applyConfigs();

    Site m_site;
    std::unique_ptr<StreamManagerFrameSource> m_frames;
    std::unique_ptr<AnalyticsSupervisor> m_supervisor;
    AnalyticsConfigLibrary *m_configs;
    AnalyticsOverlay *m_overlay;
    QList<PluginManifest> m_manifests;
    QFutureWatcher<QList<PluginManifest>> m_manifestWatcher;
};

} // namespace vigil
