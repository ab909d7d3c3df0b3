#include "analytics/analyticssupervisor.h"

#include "analytics/analyticsframefeed.h"
#include "analytics/analyticsframesource.h"
#include "analytics/analyticsworkerlink.h"

#include <QSet>

namespace vigil {

AnalyticsSupervisor::AnalyticsSupervisor(EventBus *bus, AnalyticsFrameSource *frames,
                                         AnalyticsSupervisorOptions options, QObject *parent)
    : QObject(parent), m_frames(frames), m_options(std::move(options)),
      m_link(new AnalyticsWorkerLink(bus, m_options))
{
    qRegisterMetaType<QList<vigil::ObjectMetadata>>();
    m_thread.setObjectName(QStringLiteral("analytics supervisor"));
    m_link->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_link, &QObject::deleteLater);
    connect(m_link, &AnalyticsWorkerLink::objectsReady, this, &AnalyticsSupervisor::objectsReady);
    connect(m_link, &AnalyticsWorkerLink::workerStateChanged, this,
            &AnalyticsSupervisor::workerStateChanged);
    connect(m_link, &AnalyticsWorkerLink::pluginsReported, this,
            &AnalyticsSupervisor::pluginsReported);
    m_thread.start();
}

AnalyticsSupervisor::~AnalyticsSupervisor()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

void AnalyticsSupervisor::setConfigs(const CameraAnalyticsConfigList &configs)
{
    m_configs = configs;
    if (m_started)
        syncFeeds();
}

void AnalyticsSupervisor::start()
{
    if (m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(m_link, &AnalyticsWorkerLink::start, Qt::QueuedConnection);
    syncFeeds();
}

void AnalyticsSupervisor::stop()
{
    if (!m_started)
        return;
    m_started = false;
    QMetaObject::invokeMethod(m_link, &AnalyticsWorkerLink::stop, Qt::BlockingQueuedConnection);
    for (auto it = m_feeds.cbegin(); it != m_feeds.cend(); ++it)
        m_frames->detach(it.key(), it.value().get());
    m_feeds.clear();
}

void AnalyticsSupervisor::syncFeeds()
{
    QSet<QString> wanted;
    for (const CameraAnalyticsConfig &config : std::as_const(m_configs)) {
        if (config.enabled)
            wanted.insert(config.cameraId);
    }
    for (auto it = m_feeds.begin(); it != m_feeds.end();) {
        if (wanted.contains(it.key())) {
            ++it;
            continue;
        }
        it.value()->clearTargets();
        m_frames->detach(it.key(), it.value().get());
        it = m_feeds.erase(it);
    }
    AnalyticsWorkerLink *link = m_link;
    for (const QString &cameraId : std::as_const(wanted)) {
        if (m_feeds.contains(cameraId))
            continue;
        // Runs on the ingest thread: only post to the link's thread.
        auto onReady = [link](int ring, quint64 frame, qint64 timestampUs) {
            QMetaObject::invokeMethod(
                link,
                [link, ring, frame, timestampUs] { link->onFrameReady(ring, frame, timestampUs); },
                Qt::QueuedConnection);
        };
        auto feed =
            std::make_shared<AnalyticsFrameFeed>(cameraId, m_options.maxAnalysisWidth, onReady);
        QString error;
        if (!m_frames->attach(cameraId, StreamProfile::Sub, feed, &error)) {
            qWarning("analytics: %s", qPrintable(error));
            continue;
        }
        m_feeds.insert(cameraId, feed);
    }
    const CameraAnalyticsConfigList configs = m_configs;
    const FeedMap feeds = m_feeds;
    QMetaObject::invokeMethod(
        m_link, [link, configs, feeds] { link->setConfigs(configs, feeds); }, Qt::QueuedConnection);
}

void AnalyticsSupervisor::deliverExternalEvent(const QString &cameraId, const ExternalEvent &event)
{
    AnalyticsWorkerLink *link = m_link;
    QMetaObject::invokeMethod(
        m_link, [link, cameraId, event] { link->deliverExternal(cameraId, event); },
        Qt::QueuedConnection);
}

void AnalyticsSupervisor::setSnapshotDirectory(const QString &directory)
{
    AnalyticsWorkerLink *link = m_link;
    QMetaObject::invokeMethod(
        m_link, [link, directory] { link->setSnapshotDirectory(directory); }, Qt::QueuedConnection);
}

} // namespace vigil
