#pragma once
// Versioned schema migrations. The schema version lives in PRAGMA user_version; migration N
// brings a database from version N-1 to N. Each migration runs in its own transaction together
// with the version bump, so a failing migration leaves the database at the previous version.
//
// Thread contract: operates on a connection passed in, on that connection's thread.

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace vigil {

struct Migration
{
    int version = 0; // the version the database has after this migration
    QString description;
    QStringList statements;
};

// Vigil's migrations, in order (versions 1, 2, ...).
const QList<Migration> &schemaMigrations();

// Reads PRAGMA user_version; -1 + `error` on failure.
int readSchemaVersion(QSqlDatabase &db, QString *error);

// Applies the migrations newer than the database's version, in order. Refuses a database
// whose version is newer than the last migration given.
bool applyMigrations(QSqlDatabase &db, const QList<Migration> &migrations, QString *error);

} // namespace vigil
