#pragma once
// AppBootstrap: starts the shell — shows the main window at once with a "loading" banner, loads
// the site on a worker thread, hands it to the window, and runs the optional screenshot and
// quit-after timers.
//
// Thread contract: created and used on the GUI thread. The only work off the GUI thread is
// SiteLoader::loadBlocking, run by QtConcurrent; its result returns through a QFutureWatcher
// (queued to this thread).

#include "alerts/clock.h"
#include "app/appoptions.h"
#include "app/siteloader.h"
#include "geo/tilesource.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace vigil {

class AlertSession;
class MainWindow;
class PassageService;
class PrivacySession;
class RecordingSession;
class AnalyticsSession;
class StreamManager;

class AppBootstrap : public QObject
{
    Q_OBJECT
public:
    explicit AppBootstrap(AppOptions options, QObject *parent = nullptr);
    ~AppBootstrap() override;

    void start();
    MainWindow *window() const { return m_window.get(); }
    AlertSession *alerts() const { return m_alerts.get(); }
    RecordingSession *recording() const { return m_recording.get(); }
    AnalyticsSession *analytics() const { return m_analytics.get(); }

signals:
    // Exit code for the application (screenshot written or failed, quit-after elapsed).
    void finished(int exitCode);

private:
    void onSiteLoaded();
    void startAlerts(const SiteLoadOutcome &outcome);
    void startBasemapLoad();
    void onBasemapOpened();
    void takeScreenshot();

    AppOptions m_options;
    SystemClock m_passageClock;               // hotlist validity and demo data times
    std::unique_ptr<StreamManager> m_streams; // declared first: outlives the window
    std::unique_ptr<AlertSession> m_alerts;   // outlives the window too (its docks use it)
    // Outlives the window too (playback dock); destroyed before the streams it taps.
    std::unique_ptr<RecordingSession> m_recording;
    std::unique_ptr<AnalyticsSession> m_analytics;
    std::unique_ptr<PrivacySession> m_privacy; // display filters; before the streams go
    // Passages and hotlist (publishes hotlist hits on the alert bus); outlives the window's
    // passages dock, goes before the bus.
    std::unique_ptr<PassageService> m_passages;
    std::unique_ptr<MainWindow> m_window;
    QFutureWatcher<SiteLoadOutcome> m_loadWatcher;
    struct BasemapOutcome
    {
        std::shared_ptr<geo::TileSource> source;
        QString spec;
        QString error;
    };
    QFutureWatcher<BasemapOutcome> m_basemapWatcher;
};

} // namespace vigil
