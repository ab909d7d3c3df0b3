#include "storetestsupport.h"

#include "store/database.h"
#include "store/migrations.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <atomic>
#include <thread>
#include <vector>

using namespace vigil;

namespace {

QStringList tableNames(QSqlDatabase db)
{
    QStringList names = db.tables();
    names.sort();
    return names;
}

QString pragmaValue(QSqlDatabase db, const QString &pragma)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(pragma));
    REQUIRE(query.next());
    return query.value(0).toString();
}

// Sets user_version on a file through a plain connection, bypassing the migrations.
void forceUserVersion(const QString &path, int version)
{
    const QString name = QStringLiteral("force-version");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("database: migrations create the schema on an empty file", "[store][database]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = databasePathIn(dir.filePath(QStringLiteral("nested/data")));
    QString error;
    auto db = Database::open(path, &error);
    REQUIRE(db);
    CHECK(error.isEmpty());
    CHECK(QFile::exists(path));
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() >= 1);

    const QStringList tables = tableNames(db->connection());
    for (const char *table : {"site", "site_nodes", "cameras", "camera_credentials", "checkpoints",
                              "checkpoint_cameras", "users", "events", "alerts"})
        CHECK(tables.contains(QString::fromLatin1(table)));

    CHECK(pragmaValue(db->connection(), QStringLiteral("PRAGMA journal_mode")) ==
          QStringLiteral("wal"));
    CHECK(pragmaValue(db->connection(), QStringLiteral("PRAGMA foreign_keys")) ==
          QStringLiteral("1"));
    CHECK(pragmaValue(db->connection(), QStringLiteral("PRAGMA synchronous")) ==
          QStringLiteral("2")); // FULL
}

TEST_CASE("database: reopening is idempotent and keeps data", "[store][database]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = databasePathIn(dir.path());
    QString error;
    {
        auto db = Database::open(path, &error);
        REQUIRE(db);
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(QStringLiteral("INSERT INTO users (login, display_name, role, "
                                          "created_at) VALUES ('op1', '值班员', 'operator', "
                                          "'2024-01-01T00:00:00Z')")));
    }
    for (int round = 0; round < 2; ++round) {
        auto db = Database::open(path, &error);
        REQUIRE(db);
        CHECK(db->schemaVersion() == Database::latestSchemaVersion());
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(QStringLiteral("SELECT display_name FROM users")));
        REQUIRE(query.next());
        CHECK(query.value(0).toString() == QStringLiteral("值班员"));
        CHECK_FALSE(query.next());
    }
}

TEST_CASE("database: two open connections to one file coexist", "[store][database]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    auto first = Database::open(databasePathIn(dir.path()), &error);
    auto second = Database::open(databasePathIn(dir.path()), &error);
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->connection().connectionName() != second->connection().connectionName());
}

TEST_CASE("database: several threads opening a new file at once all get the full schema",
          "[store][database]")
{
    for (int round = 0; round < 5; ++round) {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString path = databasePathIn(dir.path());
        std::atomic<int> opened{0};
        std::vector<QString> errors(4);
        std::vector<std::thread> threads;
        for (int i = 0; i < 4; ++i) {
            threads.emplace_back([&, i] {
                auto db = Database::open(path, &errors[i]);
                if (db && db->schemaVersion() == Database::latestSchemaVersion())
                    ++opened;
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        for (const QString &error : errors)
            CHECK(error.isEmpty());
        CHECK(opened == 4);
    }
}

TEST_CASE("database: migrations are applied in version order, gaps allowed", "[store][database]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString name = QStringLiteral("order-test");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dir.filePath(QStringLiteral("order.db")));
        REQUIRE(db.open());
        // Listed out of order with a gap: v4 needs v1's table, so order matters.
        const QList<Migration> migrations = {
            {4, QStringLiteral("add column"), {QStringLiteral("ALTER TABLE t ADD COLUMN b")}},
            {1, QStringLiteral("create"), {QStringLiteral("CREATE TABLE t (a)")}}};
        QString error;
        CHECK(applyMigrations(db, migrations, &error));
        CHECK(error.isEmpty());
        CHECK(readSchemaVersion(db, &error) == 4);
        CHECK(applyMigrations(db, migrations, &error)); // again: nothing to do
        QSqlQuery query(db);
        CHECK(query.exec(QStringLiteral("INSERT INTO t (a, b) VALUES (1, 2)")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_CASE("database: a newer schema version is refused", "[store][database]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = databasePathIn(dir.path());
    QString error;
    REQUIRE(Database::open(path, &error));
    forceUserVersion(path, Database::latestSchemaVersion() + 5);

    auto db = Database::open(path, &error);
    CHECK_FALSE(db);
    CHECK(error.contains(QStringLiteral("newer")));
    CHECK(error.contains(QString::number(Database::latestSchemaVersion() + 5)));
}

TEST_CASE("database: a failing migration is rolled back as a whole", "[store][database]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    auto db = Database::open(databasePathIn(dir.path()), &error);
    REQUIRE(db);
    const int before = db->schemaVersion();

    QList<Migration> migrations = schemaMigrations();
    migrations.append({before + 1,
                       QStringLiteral("broken test migration"),
                       {QStringLiteral("CREATE TABLE half_done (id INTEGER)"),
                        QStringLiteral("THIS IS NOT SQL")}});
    QSqlDatabase connection = db->connection();
    CHECK_FALSE(applyMigrations(connection, migrations, &error));
    CHECK(error.contains(QStringLiteral("broken test migration")));
    CHECK(db->schemaVersion() == before);
    CHECK_FALSE(connection.tables().contains(QStringLiteral("half_done")));

    // Re-applying the real list is a no-op.
    CHECK(applyMigrations(connection, schemaMigrations(), &error));
    CHECK(db->schemaVersion() == before);
}

TEST_CASE("database: unusable data directories give a clear error", "[store][database]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString blocker = dir.filePath(QStringLiteral("plain-file"));
    {
        QFile file(blocker);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    QString error;
    CHECK_FALSE(Database::open(databasePathIn(blocker), &error));
    CHECK(error.contains(QStringLiteral("plain-file")));

    error.clear();
    CHECK_FALSE(ensureDataDir(blocker + QStringLiteral("/below"), &error));
    CHECK(error.contains(QStringLiteral("cannot create data directory")));

    // A file that is not SQLite at all.
    const QString junk = dir.filePath(QStringLiteral("junk.db"));
    {
        QFile file(junk);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    error.clear();
    CHECK_FALSE(Database::open(junk, &error));
    CHECK(error.contains(QStringLiteral("junk.db")));
}

TEST_CASE("database: default data dir and db path", "[store][database]")
{
    CHECK_FALSE(defaultDataDir().isEmpty());
    CHECK(databasePathIn(QStringLiteral("/some/dir")) == QStringLiteral("/some/dir/vigil.db"));
}
