#pragma once
// AnalyticsSupervisor: runs the analytics plugins of the configured cameras in the isolated
// worker process (vigil-analyticsd) and brings their results into the app.
//
//   AnalyticsSupervisor supervisor(&eventBus, &frameSource);
//   supervisor.setConfigs(configStore.configs());   // CameraAnalyticsConfigList
//   supervisor.start();                             // … supervisor.stop() at exit
//   connect(&supervisor, &AnalyticsSupervisor::objectsReady, wall, &Wall::showObjects);
//
// - Frames: for every camera with an enabled config it attaches an AnalyticsFrameFeed to the
//   AnalyticsFrameSource (sub stream). The feed converts frames on the ingest thread into a
//   shared-memory ring per (camera, pixel format) — never on the GUI thread.
// - Results: plugin events are published on the EventBus as vigil Events (source analytics,
//   type = the plugin's event type, severity from the manifest's default priority, boxes and the
//   plugin's details); per-frame objects arrive as objectsReady() for the wall overlay.
// - Faults: a crashed or hung worker is killed and restarted with capped exponential backoff,
//   with an `analytics_failure` event on the bus (per camera when a plugin is to blame). The
//   wall never waits for analytics. See AnalyticsWorkerLink for the details.
//
// Thread contract: lives on the thread that creates it (normally the GUI thread); call every
// member from there. The process, socket, watchdog and result decoding run on a private thread;
// signals reach this object's thread queued. The EventBus and the frame source must outlive it.

#include "analytics/analyticssupervisoroptions.h"
#include "analytics/cameraanalyticsconfig.h"

#include <vigil/analyticsresult.h>
#include <vigil/externalevent.h>

#include <QHash>
#include <QObject>
#include <QThread>

#include <memory>

namespace vigil {

class AnalyticsFrameFeed;
class AnalyticsFrameSource;
class AnalyticsWorkerLink;
class EventBus;

class AnalyticsSupervisor : public QObject
{
    Q_OBJECT
public:
    AnalyticsSupervisor(EventBus *bus, AnalyticsFrameSource *frames,
                        AnalyticsSupervisorOptions options = {}, QObject *parent = nullptr);
    ~AnalyticsSupervisor() override;

    // Takes effect at once when started: agents are added, re-set or removed in the worker.
    void setConfigs(const CameraAnalyticsConfigList &configs);
    CameraAnalyticsConfigList configs() const { return m_configs; }

    void start();
    // Quits the worker (open events are ended first) and detaches every feed. Blocks up to a
    // few seconds while the worker finishes.
    void stop();
    bool isStarted() const { return m_started; }

    // An event from outside the video (e.g. a door's access control) for the agents of a camera
    // that accept external events; timestampUs on the frame clock (wall-clock µs).
    void deliverExternalEvent(const QString &cameraId, const ExternalEvent &event);

    // Events that open an alert get a JPEG snapshot of the frame they fired on, with the
    // detection boxes, saved under this directory (analyticsSnapshotDirectory(dataDir)); the
    // path is the Event's snapshotPath. Empty (the default): no snapshots.
    void setSnapshotDirectory(const QString &directory);

signals:
    void objectsReady(const QString &cameraId, qint64 timestampUs,
                      const QList<vigil::ObjectMetadata> &objects);
    // running: the worker is up and configured. restarts: failures since start().
    void workerStateChanged(bool running, int restarts);
    // The worker's plugin scan: loaded plugin ids and refusal messages.
    void pluginsReported(const QStringList &loadedIds, const QStringList &refusals);

private:
    void syncFeeds();

    AnalyticsFrameSource *m_frames;
    const AnalyticsSupervisorOptions m_options;
    CameraAnalyticsConfigList m_configs;
    QHash<QString, std::shared_ptr<AnalyticsFrameFeed>> m_feeds;
    QThread m_thread;
    AnalyticsWorkerLink *m_link;
    bool m_started = false;
};

} // namespace vigil
