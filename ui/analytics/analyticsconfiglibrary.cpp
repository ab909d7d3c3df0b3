#include "analytics/analyticsconfiglibrary.h"

#include "analytics/analyticsconfigstore.h"

#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace vigil {

AnalyticsConfigLibrary::AnalyticsConfigLibrary(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1); // store calls stay in order
}

AnalyticsConfigLibrary::~AnalyticsConfigLibrary()
{
    m_pool.waitForDone();
}

void AnalyticsConfigLibrary::setDatabasePath(const QString &path)
{
    m_path = path;
    reload();
}

CameraAnalyticsConfigList AnalyticsConfigLibrary::configs(const QString &cameraId) const
{
    return m_configs.value(cameraId);
}

CameraAnalyticsConfigList AnalyticsConfigLibrary::allConfigs() const
{
    CameraAnalyticsConfigList all;
    for (const CameraAnalyticsConfigList &configs : m_configs)
        all += configs;
    return all;
}

void AnalyticsConfigLibrary::reload()
{
    run({}, {});
}

void AnalyticsConfigLibrary::saveCamera(const QString &cameraId,
                                        const CameraAnalyticsConfigList &configs)
{
    run(cameraId, [cameraId, configs](AnalyticsConfigStore &store, QString *error) {
        return store.replaceCamera(cameraId, configs, error);
    });
}

void AnalyticsConfigLibrary::run(const QString &savedCamera,
                                 std::function<bool(AnalyticsConfigStore &, QString *)> change)
{
    if (m_path.isEmpty()) {
        if (change) {
            const QString message = tr("Analytics settings cannot be saved: no store is open.");
            emit saveFailed(savedCamera, message);
            emit problem(message);
        }
        return;
    }
    const QString path = m_path;
    auto work = [path, change]() {
        Outcome outcome;
        QString error;
        std::unique_ptr<AnalyticsConfigStore> store = AnalyticsConfigStore::open(path, &error);
        if (!store) {
            outcome.error = error;
            return outcome;
        }
        outcome.changed = change && change(*store, &error);
        if (change && !outcome.changed)
            outcome.error = error;
        QString listError;
        if (const auto configs = store->loadAll(&listError, &outcome.problems)) {
            outcome.configs = *configs;
            outcome.listed = true;
        } else if (outcome.error.isEmpty()) {
            outcome.error = listError;
        }
        return outcome;
    };
    ++m_pending;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, savedCamera] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        --m_pending;
        apply(outcome, savedCamera);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, work));
}

void AnalyticsConfigLibrary::apply(const Outcome &outcome, const QString &savedCamera)
{
    if (outcome.listed) {
        QHash<QString, CameraAnalyticsConfigList> fresh;
        for (const CameraAnalyticsConfig &config : outcome.configs)
            fresh[config.cameraId].append(config);
        QSet<QString> cameras(m_configs.keyBegin(), m_configs.keyEnd());
        for (auto it = fresh.keyBegin(); it != fresh.keyEnd(); ++it)
            cameras.insert(*it);
        const QHash<QString, CameraAnalyticsConfigList> old = std::exchange(m_configs, fresh);
        for (const QString &camera : std::as_const(cameras)) {
            const CameraAnalyticsConfigList now = m_configs.value(camera);
            if (now != old.value(camera) || camera == savedCamera)
                emit configsChanged(camera, now);
        }
    }
    for (const QString &message : outcome.problems)
        emit problem(message);
    if (!outcome.error.isEmpty()) {
        if (!savedCamera.isEmpty())
            emit saveFailed(savedCamera, outcome.error);
        emit problem(outcome.error);
    } else if (outcome.changed) {
        emit saved(savedCamera);
    }
}

} // namespace vigil
