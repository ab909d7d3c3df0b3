#pragma once
// PrivacyMaskLibrary: the GUI's view of every camera's static privacy masks (PrivacyMaskStore).
// Store calls run in order on a private one-thread pool (each opens its own connection); results
// come back through queued QFutureWatcher signals, update the cache and are announced with
// masksChanged.
//
// Thread contract: GUI thread only; the store work happens on the pool.

#include "privacy/privacymask.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <functional>

namespace vigil {

class PrivacyMaskStore;

class PrivacyMaskLibrary : public QObject
{
    Q_OBJECT
public:
    explicit PrivacyMaskLibrary(QObject *parent = nullptr);
    ~PrivacyMaskLibrary() override; // waits for the store work in flight

    // The SQLite file to use; loads every camera's masks.
    void setDatabasePath(const QString &path);
    QString databasePath() const { return m_path; }

    const QHash<QString, PrivacyMaskList> &masks() const { return m_masks; }
    PrivacyMaskList masksOf(const QString &cameraId) const { return m_masks.value(cameraId); }

    void reload();
    // Makes `masks` the camera's whole mask list; emits masksChanged + saved, or saveFailed.
    void saveCamera(const QString &cameraId, const PrivacyMaskList &masks);

    bool isBusy() const { return m_pending > 0; } // tests wait for it

signals:
    void masksChanged();
    void saved(const QString &cameraId);
    void saveFailed(const QString &cameraId, const QString &message);
    void problem(const QString &message);

private:
    struct Outcome
    {
        QHash<QString, PrivacyMaskList> masks;
        QString error;
        QStringList problems;
        bool loaded = false;
    };
    void run(const QString &savedCamera, std::function<bool(PrivacyMaskStore &, QString *)> change);

    QThreadPool m_pool;
    QString m_path;
    QHash<QString, PrivacyMaskList> m_masks;
    int m_pending = 0;
};

} // namespace vigil
