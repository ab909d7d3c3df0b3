#include "privacy/privacymasklibrary.h"

#include "privacy/privacymaskstore.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace vigil {

PrivacyMaskLibrary::PrivacyMaskLibrary(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1); // store calls stay in order
}

PrivacyMaskLibrary::~PrivacyMaskLibrary()
{
    m_pool.waitForDone();
}

void PrivacyMaskLibrary::setDatabasePath(const QString &path)
{
    m_path = path;
    reload();
}

void PrivacyMaskLibrary::reload()
{
    run({}, {});
}

void PrivacyMaskLibrary::saveCamera(const QString &cameraId, const PrivacyMaskList &masks)
{
    run(cameraId, [cameraId, masks](PrivacyMaskStore &store, QString *error) {
        return store.replaceCamera(cameraId, masks, error);
    });
}

void PrivacyMaskLibrary::run(const QString &savedCamera,
                             std::function<bool(PrivacyMaskStore &, QString *)> change)
{
    if (m_path.isEmpty()) {
        if (change) {
            const QString message = tr("Privacy masks cannot be saved: no store is open.");
            emit saveFailed(savedCamera, message);
            emit problem(message);
        }
        return;
    }
    ++m_pending;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, savedCamera] {
        watcher->deleteLater();
        --m_pending;
        const Outcome outcome = watcher->result();
        for (const QString &problem : outcome.problems)
            emit this->problem(problem);
        if (outcome.loaded) {
            m_masks = outcome.masks;
            emit masksChanged();
        }
        if (!savedCamera.isEmpty()) {
            if (outcome.error.isEmpty())
                emit saved(savedCamera);
            else
                emit saveFailed(savedCamera, outcome.error);
        } else if (!outcome.error.isEmpty()) {
            emit problem(outcome.error);
        }
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [path = m_path, change] {
        Outcome outcome;
        std::unique_ptr<PrivacyMaskStore> store = PrivacyMaskStore::open(path, &outcome.error);
        if (!store)
            return outcome;
        if (change && !change(*store, &outcome.error))
            return outcome;
        QString loadError;
        if (auto all = store->loadAll(&loadError, &outcome.problems)) {
            outcome.masks = *all;
            outcome.loaded = true;
        } else if (outcome.error.isEmpty()) {
            outcome.error = loadError;
        }
        return outcome;
    }));
}

} // namespace vigil
