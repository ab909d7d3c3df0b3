#include "app/analyticssession.h"

#include "analytics/analyticsconfiglibrary.h"
#include "analytics/analyticsevents.h"
#include "analytics/analyticsframesource.h"
#include "analytics/analyticsoverlay.h"
#include "analytics/analyticssnapshot.h"
#include "analytics/analyticssupervisor.h"
#include "analytics/pluginhost.h"
#include "events/eventbus.h"
#include "wall/streamrequests.h"

#include <vigil/analyticsplugin.h>

#include <QDir>

#include <QFileInfo>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace vigil {

AnalyticsSession::AnalyticsSession(StreamManager &streams, EventBus &bus, QObject *parent)
    : QObject(parent), m_configs(new AnalyticsConfigLibrary(this)),
      m_overlay(new AnalyticsOverlay(this))
{
    // The supervisor attaches feeds from this (GUI) thread, so the resolver reads m_site here.
    m_frames = std::make_unique<StreamManagerFrameSource>(
        &streams, [this](const QString &cameraId, StreamProfile profile) {
            for (const Camera &camera : std::as_const(m_site.cameras)) {
                if (camera.id == cameraId)
                    return streamRequestFor(camera, m_site, profile);
            }
            return std::optional<StreamRequest>{};
        });
    m_supervisor = std::make_unique<AnalyticsSupervisor>(&bus, m_frames.get());
    // Access-control events posted to the event API reach the agents of the camera, or of every
    // camera bound to the door they name (tailgating).
    bus.subscribe(this, [this](const Event &event) {
        for (const CameraExternalEvent &external : externalEventsFromBus(event))
            m_supervisor->deliverExternalEvent(external.cameraId, external.event);
    });
    connect(m_supervisor.get(), &AnalyticsSupervisor::objectsReady, m_overlay,
            &AnalyticsOverlay::setObjects);
    connect(m_supervisor.get(), &AnalyticsSupervisor::workerStateChanged, this,
            [this](bool running, int restarts) {
                if (running && restarts == 0)
                    emit notice(tr("Analytics running"));
                else if (running)
                    emit notice(
                        tr("Analytics running again after %n restart(s)", nullptr, restarts));
            });
    connect(m_supervisor.get(), &AnalyticsSupervisor::pluginsReported, this,
            [this](const QStringList &, const QStringList &refusals) {
                for (const QString &refusal : refusals)
                    emit problem(refusal);
            });
    connect(m_configs, &AnalyticsConfigLibrary::configsChanged, this,
            &AnalyticsSession::applyConfigs);
    connect(m_configs, &AnalyticsConfigLibrary::problem, this, &AnalyticsSession::problem);
    connect(m_configs, &AnalyticsConfigLibrary::configsChanged, m_overlay,
            &AnalyticsOverlay::setConfigs);
    connect(&m_manifestWatcher, &QFutureWatcher<QList<PluginManifest>>::finished, this, [this] {
        m_manifests = m_manifestWatcher.result();
        emit manifestsReady(m_manifests);
    });
}

AnalyticsSession::~AnalyticsSession()
{
    m_manifestWatcher.waitForFinished();
    if (m_supervisor->isStarted())
        m_supervisor->stop();
    m_supervisor.reset();
    m_frames.reset();
}

void AnalyticsSession::start(const QString &databasePath, const Site &site)
{
    m_site = site;
    m_configs->setDatabasePath(databasePath);
    // The site database lives in the data directory; snapshots go next to it.
    m_supervisor->setSnapshotDirectory(
        analyticsSnapshotDirectory(QFileInfo(databasePath).absolutePath()));
    m_manifestWatcher.setFuture(QtConcurrent::run([] {
        QStringList ignored;
        return readManifests(PluginHost::defaultSearchDirectories(), &ignored);
    }));
}

void AnalyticsSession::applyConfigs()
{
    const CameraAnalyticsConfigList all = m_configs->allConfigs();
    m_supervisor->setConfigs(all);
    const bool anyEnabled =
        std::any_of(all.cbegin(), all.cend(), [](const auto &config) { return config.enabled; });
    if (anyEnabled && !m_supervisor->isStarted())
        m_supervisor->start();
}

QList<PluginManifest> AnalyticsSession::readManifests(const QStringList &directories,
                                                      QStringList *refusals)
{
    QList<PluginManifest> manifests;
    QSet<QString> seenIds;
    for (const QString &directory : directories) {
        const QFileInfoList files =
            QDir(directory).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &file : files) {
            if (!QLibrary::isLibrary(file.fileName()))
                continue;
            const QJsonObject meta = QPluginLoader(file.absoluteFilePath()).metaData();
            if (meta.value(QStringLiteral("IID")).toString() !=
                QStringLiteral(VIGIL_ANALYTICS_PLUGIN_IID))
                continue; // not ours, or another SDK generation: the worker reports it
            ManifestParse parsed =
                parsePluginManifest(meta.value(QStringLiteral("MetaData")).toObject());
            if (!parsed.ok()) {
                refusals->append(QStringLiteral("%1: %2").arg(
                    file.fileName(), joinFieldErrors(parsed.errors, QStringLiteral("; "))));
                continue;
            }
            if (seenIds.contains(parsed.manifest.id))
                continue; // an earlier directory wins, as in the worker
            seenIds.insert(parsed.manifest.id);
            manifests.append(std::move(parsed.manifest));
        }
    }
    return manifests;
}

} // namespace vigil
