#pragma once
// Database: one open SQLite file with Vigil's schema, migrated to the version this build knows.
//
// Thread contract: QtSql connections belong to the thread that created them. A Database must be
// opened, used and destroyed on one thread; calls must not overlap. Every open() uses its own
// uniquely named connection, so several Database objects (on one or several threads) may point
// at the same file at once; SQLite's WAL journal and the busy timeout arbitrate between them.

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace vigil {

// Directory holding the store when no --data-dir is given: QStandardPaths::AppDataLocation
// (depends on the QCoreApplication organization/application names, "Vigil"/"vigil").
QString defaultDataDir();
// The database file inside a data directory ("<dir>/vigil.db").
QString databasePathIn(const QString &dataDir);
// Creates `dataDir` if missing and checks that it is writable.
bool ensureDataDir(const QString &dataDir, QString *error);

class Database
{
public:
    // Opens (creating if missing) the SQLite file at `path`, creates its directory if needed,
    // sets WAL / synchronous=FULL / foreign_keys=ON / busy timeout and applies pending
    // migrations. Refuses a file whose schema is newer than this build. nullptr + `error` on
    // failure.
    static std::unique_ptr<Database> open(const QString &path, QString *error);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;        // PRAGMA user_version of the open file
    static int latestSchemaVersion(); // the version this build migrates to

private:
    Database(QString connectionName, QString path);
    QString m_connectionName;
    QString m_path;
};

} // namespace vigil
