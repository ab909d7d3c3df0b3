#include "app/siteloader.h"

#include "store/database.h"
#include "store/siteimport.h"
#include "store/sqlitesitestore.h"

#include <QCoreApplication>
#include <QFile>

namespace vigil {

QString SiteLoader::importDemo(SiteStore &store, const QString &demoResource)
{
    QFile file(demoResource);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read the demo district %1: %2").arg(demoResource, file.errorString());
    const SiteImportResult imported = importSiteJsonData(file.readAll(), demoResource);
    if (!imported.errors.isEmpty() || !imported.site) {
        QStringList messages;
        for (const ImportError &error : imported.errors)
            messages.append(error.toString());
        return tr("The demo district %1 is invalid:\n%2")
            .arg(demoResource, messages.join(QLatin1Char('\n')));
    }
    QString error;
    if (!store.replaceSite(*imported.site, &error))
        return tr("Cannot store the demo district: %1").arg(error);
    return {};
}

SiteLoadOutcome SiteLoader::loadBlocking(const QString &dataDir, bool importDemoIfEmpty,
                                         const QString &demoResource)
{
    SiteLoadOutcome outcome;
    const QString dir = dataDir.isEmpty() ? defaultDataDir() : dataDir;
    outcome.databasePath = databasePathIn(dir);
    QString error;
    if (!ensureDataDir(dir, &error)) {
        outcome.error = tr("Cannot use the data directory %1: %2").arg(dir, error);
        return outcome;
    }
    std::unique_ptr<SqliteSiteStore> store = SqliteSiteStore::open(outcome.databasePath, &error);
    if (!store) {
        outcome.error = tr("Cannot open the site database %1: %2").arg(outcome.databasePath, error);
        return outcome;
    }
    std::optional<Site> site = store->loadSite(&error);
    if (!site) {
        outcome.error = tr("Cannot load the site from %1: %2").arg(outcome.databasePath, error);
        return outcome;
    }
    if (site->id.isEmpty() && importDemoIfEmpty) {
        if (const QString importError = importDemo(*store, demoResource); !importError.isEmpty()) {
            outcome.error = importError;
            return outcome;
        }
        outcome.importedDemo = true;
        site = store->loadSite(&error); // read back, with credentials, as every start does
        if (!site) {
            outcome.error = tr("Cannot load the site from %1: %2").arg(outcome.databasePath, error);
            return outcome;
        }
    }
    outcome.site = std::move(site);
    return outcome;
}

} // namespace vigil
