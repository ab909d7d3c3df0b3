#pragma once
// Opens the site database and loads the site, importing the bundled demo district first when
// asked and the store is empty.
//
// Thread contract: SiteLoader::loadBlocking() does disk I/O and must run on a worker thread (it is
// made for QtConcurrent::run); the store it opens lives and dies inside that call, on that thread.

#include "model/site.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace vigil {

class SiteStore;

struct SiteLoadOutcome
{
    std::optional<Site> site; // set on success (may be an empty site: nothing imported yet)
    QString error;            // names the file and what went wrong; never carries credentials
    QString databasePath;
    bool importedDemo = false;
};

class SiteLoader
{
    Q_DECLARE_TR_FUNCTIONS(SiteLoader)
public:
    // `demoResource` is the Qt resource path of the demo district (":/demo/district.json").
    static SiteLoadOutcome loadBlocking(const QString &dataDir, bool importDemoIfEmpty,
                                        const QString &demoResource);

private:
    static QString importDemo(SiteStore &store, const QString &demoResource);
};

} // namespace vigil
