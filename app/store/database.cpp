#include "store/database.h"

#include "store/migrations.h"

#include <algorithm>

#include <QAtomicInteger>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThread>

namespace vigil {

namespace {

constexpr int kBusyTimeoutMs = 5000;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("vigil-store-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

bool execPragma(QSqlDatabase &db, const QString &pragma, QString *error, QString *result = nullptr)
{
    QSqlQuery query(db);
    if (!query.exec(pragma)) {
        if (error)
            *error = QStringLiteral("%1 failed: %2").arg(pragma, query.lastError().text());
        return false;
    }
    if (result && query.next())
        *result = query.value(0).toString();
    return true;
}

// Switching a brand-new file to WAL needs an exclusive lock. When another connection is opening
// the same new file at that moment, SQLite may answer "database is locked" at once instead of
// waiting (its deadlock avoidance skips the busy handler), so this pragma retries itself for as
// long as the busy timeout would have waited.
bool switchToWal(QSqlDatabase &db, QString *error, QString *journalMode)
{
    QElapsedTimer waited;
    waited.start();
    while (true) {
        if (execPragma(db, QStringLiteral("PRAGMA journal_mode = WAL"), error, journalMode))
            return true;
        if (!error->contains(QStringLiteral("locked")) || waited.elapsed() >= kBusyTimeoutMs)
            return false;
        QThread::msleep(10);
    }
}

} // namespace

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString databasePathIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("vigil.db"));
}

bool ensureDataDir(const QString &dataDir, QString *error)
{
    if (dataDir.isEmpty()) {
        if (error)
            *error = QStringLiteral("no data directory given");
        return false;
    }
    QFileInfo info(dataDir);
    if (info.exists() && !info.isDir()) {
        if (error)
            *error = QStringLiteral("data directory %1 exists but is not a directory")
                         .arg(QDir::toNativeSeparators(dataDir));
        return false;
    }
    if (!info.exists() && !QDir().mkpath(dataDir)) {
        if (error)
            *error = QStringLiteral("cannot create data directory %1")
                         .arg(QDir::toNativeSeparators(dataDir));
        return false;
    }
    // isWritable() only reads permission bits; a probe file also catches read-only mounts.
    QTemporaryFile probe(QDir(dataDir).filePath(QStringLiteral(".write-probe-XXXXXX")));
    if (!probe.open()) {
        if (error)
            *error = QStringLiteral("data directory %1 is not writable: %2")
                         .arg(QDir::toNativeSeparators(dataDir), probe.errorString());
        return false;
    }
    return true;
}

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!ensureDataDir(dir, error))
        return nullptr;
    if (QFileInfo(path).isDir()) {
        if (error)
            *error = QStringLiteral("%1 is a directory, not a database file")
                         .arg(QDir::toNativeSeparators(path));
        return nullptr;
    }

    // From here on the Database owns the connection name and removes it on every exit path.
    std::unique_ptr<Database> database(new Database(nextConnectionName(), path));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open()) {
        if (error)
            *error = QStringLiteral("cannot open database %1: %2")
                         .arg(QDir::toNativeSeparators(path), db.lastError().text());
        return nullptr;
    }

    QString detail;
    QString journalMode;
    // The busy timeout comes first: switching a new file to WAL takes a lock that another
    // connection opening the same file may hold for a moment. A file that is not SQLite fails
    // on its first read, which is the journal_mode pragma.
    if (!execPragma(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs), &detail) ||
        !switchToWal(db, &detail, &journalMode) ||
        !execPragma(db, QStringLiteral("PRAGMA synchronous = FULL"), &detail) ||
        !execPragma(db, QStringLiteral("PRAGMA foreign_keys = ON"), &detail)) {
        if (error)
            *error = QStringLiteral("cannot set up database %1: %2")
                         .arg(QDir::toNativeSeparators(path), detail);
        return nullptr;
    }
    if (journalMode.compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0) {
        if (error)
            *error = QStringLiteral("database %1 cannot use the WAL journal (got \"%2\")")
                         .arg(QDir::toNativeSeparators(path), journalMode);
        return nullptr;
    }
    if (!applyMigrations(db, schemaMigrations(), &detail)) {
        if (error)
            *error = QStringLiteral("database %1: %2").arg(QDir::toNativeSeparators(path), detail);
        return nullptr;
    }
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    return readSchemaVersion(db, nullptr);
}

int Database::latestSchemaVersion()
{
    int latest = 0;
    for (const Migration &migration : schemaMigrations())
        latest = std::max(latest, migration.version);
    return latest;
}

} // namespace vigil
