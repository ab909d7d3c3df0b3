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

// Vigil's migrations (versions 1, 2, ...; areas reserve numbers, so a version may be skipped).
const QList<Migration> &schemaMigrations();

// Reads PRAGMA user_version; -1 + `error` on failure.
int readSchemaVersion(QSqlDatabase &db, QString *error);

// Applies the migrations newer than the database's version in version order (the list need not
// be sorted; gaps are fine), each in its own BEGIN IMMEDIATE transaction that re-reads the
// version first, so concurrent openers of a new file never apply one migration twice. Refuses a
// database whose version is newer than the newest migration given.
bool applyMigrations(QSqlDatabase &db, const QList<Migration> &migrations, QString *error);

} // namespace vigil
