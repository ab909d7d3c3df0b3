#pragma once
// AnalyticsConfigStore: the analytics configuration of every camera (which plugin runs there,
// enabled or not, with which settings) in the site database, table camera_analytics (schema v8).
// Settings are kept as the JSON object the operator saved; they are judged against the plugin's
// schema by the editor before saving and by the host before running, not here (a plugin may be
// missing on this PC, and its configuration must survive that).
//
// Thread contract: like every Database user, bound to the thread that opened it; calls must not
// overlap. The GUI reaches it through a worker (see ui/analytics/analyticsconfiglibrary.h).

#include "analytics/cameraanalyticsconfig.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace vigil {

class Database;

class AnalyticsConfigStore
{
public:
    // Opens (and migrates) the database at `dbPath`; nullptr + `error` on failure.
    static std::unique_ptr<AnalyticsConfigStore> open(const QString &dbPath, QString *error);
    explicit AnalyticsConfigStore(std::unique_ptr<Database> database);
    ~AnalyticsConfigStore();

    // Every configuration, sorted by camera then plugin. A row whose settings are not a JSON
    // object is left out and described in `problems` (camera, plugin, what is wrong); it stays
    // in the file untouched. nullopt + `error` when the table cannot be read.
    std::optional<CameraAnalyticsConfigList> loadAll(QString *error, QStringList *problems);
    // The same for one camera.
    std::optional<CameraAnalyticsConfigList> loadCamera(const QString &cameraId, QString *error,
                                                        QStringList *problems);

    // Inserts or replaces the configuration of (cameraId, pluginId).
    bool save(const CameraAnalyticsConfig &config, QString *error);
    // Makes `configs` the camera's whole configuration in one transaction: saves each one and
    // deletes the camera's other rows. Every entry must belong to `cameraId`.
    bool replaceCamera(const QString &cameraId, const CameraAnalyticsConfigList &configs,
                       QString *error);
    // False + `error` when there is no such configuration.
    bool remove(const QString &cameraId, const QString &pluginId, QString *error);

    // Refuses an empty camera or plugin id (naming the field).
    static bool validate(const CameraAnalyticsConfig &config, QString *error);

private:
    std::optional<CameraAnalyticsConfigList> load(const QString *cameraId, QString *error,
                                                  QStringList *problems);
    bool write(const CameraAnalyticsConfig &config, QString *error);

    std::unique_ptr<Database> m_db;
};

} // namespace vigil
