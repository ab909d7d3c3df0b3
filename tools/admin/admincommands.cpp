#include "admincommands.h"

#include "store/database.h"
#include "store/siteexport.h"
#include "store/siteimport.h"
#include "store/sqlitesitestore.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextStream>

#include <memory>

namespace vigil::admin {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

std::unique_ptr<SqliteSiteStore> openStore(const QString &dataDir)
{
    QString error;
    auto store = SqliteSiteStore::open(databasePathIn(dataDir), &error);
    if (!store)
        err() << "vigil-admin: " << error << Qt::endl;
    return store;
}

QString siteSummary(const Site &site)
{
    return QStringLiteral("%1 (%2): %3 nodes, %4 cameras, %5 checkpoints, %6 credentials")
        .arg(site.id, site.name)
        .arg(site.nodes.size())
        .arg(site.cameras.size())
        .arg(site.checkpoints.size())
        .arg(site.credentials.size());
}

// Runs a check pragma; every row it returns is a problem. -1 when the pragma itself failed.
int runCheck(QSqlDatabase db, const QString &pragma, const QString &okRow, QStringList *problems)
{
    QSqlQuery query(db);
    if (!query.exec(pragma)) {
        problems->append(QStringLiteral("%1 failed: %2").arg(pragma, query.lastError().text()));
        return -1;
    }
    int count = 0;
    while (query.next()) {
        QStringList columns;
        for (int i = 0; i < query.record().count(); ++i)
            columns.append(query.value(i).toString());
        const QString row = columns.join(QStringLiteral(" "));
        if (!okRow.isEmpty() && row == okRow)
            continue;
        problems->append(row);
        ++count;
    }
    return count;
}

qint64 countRows(QSqlDatabase db, const QString &table)
{
    QSqlQuery query(db);
    // Table names come from the fixed list in checkStoreCommand, never from input.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

int importSiteCommand(const QString &dataDir, const QString &source, bool replace)
{
    const SiteImportResult result = importSite(source);
    if (!result.ok()) {
        for (const ImportError &e : result.errors)
            err() << e.toString() << Qt::endl;
        err() << "vigil-admin: " << result.errors.size()
              << " error(s) in the site file; nothing was imported" << Qt::endl;
        return BadInput;
    }
    auto store = openStore(dataDir);
    if (!store)
        return Failure;
    QString error;
    const std::optional<bool> exists = store->hasSite(&error);
    if (!exists) {
        err() << "vigil-admin: " << error << Qt::endl;
        return Failure;
    }
    if (*exists && !replace) {
        err() << "vigil-admin: a site is already stored; use --replace to overwrite it" << Qt::endl;
        return Failure;
    }
    if (!store->replaceSite(*result.site, &error)) {
        err() << "vigil-admin: " << error << Qt::endl;
        return Failure;
    }
    out() << "imported site " << siteSummary(*result.site) << Qt::endl;
    return Ok;
}

int exportSiteCommand(const QString &dataDir, bool includeCredentials, const QString &outFile)
{
    auto store = openStore(dataDir);
    if (!store)
        return Failure;
    QString error;
    const std::optional<Site> site = store->loadSite(&error);
    if (!site) {
        err() << "vigil-admin: " << error << Qt::endl;
        return Failure;
    }
    if (site->id.isEmpty()) {
        err() << "vigil-admin: no site stored yet (import one with import-site)" << Qt::endl;
        return Failure;
    }
    const QByteArray json = exportSiteJson(*site, includeCredentials);
    if (outFile.isEmpty() || outFile == u"-") {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) ||
            stdoutFile.write(json) != json.size()) {
            err() << "vigil-admin: cannot write to standard output" << Qt::endl;
            return Failure;
        }
        return Ok;
    }
    QSaveFile file(outFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size()) {
        err() << "vigil-admin: cannot write " << QDir::toNativeSeparators(outFile) << ": "
              << file.errorString() << Qt::endl;
        return Failure;
    }
    // A file with passwords should be readable by its owner only.
    if (includeCredentials)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.commit()) {
        err() << "vigil-admin: cannot write " << QDir::toNativeSeparators(outFile) << ": "
              << file.errorString() << Qt::endl;
        return Failure;
    }
    return Ok;
}

int checkStoreCommand(const QString &dataDir)
{
    auto store = openStore(dataDir);
    if (!store)
        return Failure;
    Database &database = store->database();
    QSqlDatabase db = database.connection();
    out() << "database: " << QDir::toNativeSeparators(database.path()) << Qt::endl;
    const int version = database.schemaVersion();
    const bool current = version == Database::latestSchemaVersion();
    out() << "schema version: " << version << (current ? " (current)" : " (NOT current)")
          << Qt::endl;

    QStringList integrityProblems;
    const int integrity = runCheck(db, QStringLiteral("PRAGMA integrity_check"),
                                   QStringLiteral("ok"), &integrityProblems);
    out() << "integrity_check: "
          << (integrity == 0 ? QStringLiteral("ok") : QStringLiteral("FAILED")) << Qt::endl;
    for (const QString &problem : std::as_const(integrityProblems))
        out() << "  " << problem << Qt::endl;

    QStringList keyProblems;
    const int foreignKeys =
        runCheck(db, QStringLiteral("PRAGMA foreign_key_check"), {}, &keyProblems);
    out() << "foreign_key_check: "
          << (foreignKeys == 0 ? QStringLiteral("ok") : QStringLiteral("FAILED")) << Qt::endl;
    for (const QString &problem : std::as_const(keyProblems))
        out() << "  " << problem << Qt::endl;

    QString error;
    const std::optional<Site> site = store->loadSite(&error);
    if (!site)
        out() << "site: cannot load: " << error << Qt::endl;
    else if (site->id.isEmpty())
        out() << "site: none stored" << Qt::endl;
    else
        out() << "site: " << siteSummary(*site) << Qt::endl;
    const QStringList tables = {QStringLiteral("users"), QStringLiteral("events"),
                                QStringLiteral("alerts")};
    for (const QString &table : tables)
        out() << table << ": " << countRows(db, table) << Qt::endl;

    const bool ok = current && integrity == 0 && foreignKeys == 0 && site.has_value();
    out() << (ok ? "store ok" : "store has problems") << Qt::endl;
    return ok ? Ok : Failure;
}

int listCamerasCommand(const QString &dataDir)
{
    auto store = openStore(dataDir);
    if (!store)
        return Failure;
    QString error;
    const std::optional<Site> site = store->loadSite(&error);
    if (!site) {
        err() << "vigil-admin: " << error << Qt::endl;
        return Failure;
    }
    QHash<QString, QString> nodeNames;
    for (const SiteNode &node : site->nodes)
        nodeNames.insert(node.id, node.name);
    out() << "id\tname\ttype\tsite node" << Qt::endl;
    for (const Camera &camera : site->cameras) {
        out() << camera.id << '\t' << camera.name << '\t' << cameraTypeKey(camera.type) << '\t'
              << nodeNames.value(camera.siteNodeId) << " (" << camera.siteNodeId << ")" << Qt::endl;
    }
    return Ok;
}

} // namespace vigil::admin
