#pragma once
// AnalyticsConfigLibrary: the GUI's view of the analytics configuration of every camera
// (AnalyticsConfigStore). Every store call runs on a private one-thread pool (opening its own
// connection), in order; results come back through queued QFutureWatcher signals, update the
// cache and are announced with configsChanged — the signal the overlay and the analytics
// supervisor listen to.
//
// Thread contract: GUI thread only; the store work happens on the pool.

#include "analytics/cameraanalyticsconfig.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <functional>

namespace vigil {

class AnalyticsConfigStore;

class AnalyticsConfigLibrary : public QObject
{
    Q_OBJECT
public:
    explicit AnalyticsConfigLibrary(QObject *parent = nullptr);
    ~AnalyticsConfigLibrary() override; // waits for the store work in flight

    // The SQLite file to use; loads every camera's configuration (configsChanged per camera).
    void setDatabasePath(const QString &path);
    QString databasePath() const { return m_path; }

    CameraAnalyticsConfigList configs(const QString &cameraId) const;
    QStringList configuredCameras() const { return m_configs.keys(); }
    // Every camera's configuration (what AnalyticsSupervisor::setConfigs takes).
    CameraAnalyticsConfigList allConfigs() const;

    void reload();
    // Makes `configs` the camera's whole analytics configuration (see
    // AnalyticsConfigStore::replaceCamera); emits configsChanged + saved, or saveFailed + problem.
    void saveCamera(const QString &cameraId, const CameraAnalyticsConfigList &configs);

    bool isBusy() const { return m_pending > 0; } // tests wait for it

signals:
    void configsChanged(const QString &cameraId, const vigil::CameraAnalyticsConfigList &configs);
    void saved(const QString &cameraId);
    void saveFailed(const QString &cameraId, const QString &message);
    void problem(const QString &message);

private:
    struct Outcome
    {
        CameraAnalyticsConfigList configs;
        QString error;
        QStringList problems;
        bool listed = false;
        bool changed = false;
    };
    void run(const QString &savedCamera,
             std::function<bool(AnalyticsConfigStore &, QString *)> change);
    void apply(const Outcome &outcome, const QString &savedCamera);

    QThreadPool m_pool;
    QString m_path;
    QHash<QString, CameraAnalyticsConfigList> m_configs;
    int m_pending = 0;
};

} // namespace vigil
