#pragma once
// SqliteSiteStore: the SiteStore kept in the local SQLite file (see database.h for the schema).
//
// Thread contract: bound to the thread that called open(); every call must come from that
// thread and calls must not overlap (QtSql connections are per thread). The GUI thread should
// not call it directly: open one on a worker (e.g. inside QtConcurrent::run) and hand results
// back by signal. Several stores may be opened on the same file from different threads.

#include "store/sitestore.h"

#include <QString>

#include <memory>

namespace vigil {

class Database;

class SqliteSiteStore : public SiteStore
{
public:
    // Opens (and migrates) the database at `dbPath`; nullptr + `error` on failure.
    static std::unique_ptr<SqliteSiteStore> open(const QString &dbPath, QString *error);
    explicit SqliteSiteStore(std::unique_ptr<Database> database);
    ~SqliteSiteStore() override;

    // Also fills Site::credentials (needed to open protected streams; never log them).
    std::optional<Site> loadSite(QString *error) override;
    // One transaction; on any failure the previously stored site is left untouched.
    bool replaceSite(const Site &site, QString *error) override;
    std::optional<CameraCredential> credentialFor(const QString &cameraId) override;
    bool updateCameraPlacement(const QString &cameraId, double latitude, double longitude,
                               double headingDeg, double fovDeg, double rangeM,
                               QString *error) override;

    // True when a site was imported (cheap check, no full load). nullopt + `error` on failure.
    std::optional<bool> hasSite(QString *error);
    Database &database() { return *m_db; }

private:
    std::unique_ptr<Database> m_db;
};

} // namespace vigil
