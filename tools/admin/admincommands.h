#pragma once
// The vigil-admin sub-commands. Each returns the process exit code: 0 success, 1 failure of
// the store or the environment, 2 bad input (usage errors, invalid site files).
//
// Thread contract: run on the main thread of the vigil-admin process, one at a time.

#include <QString>

namespace vigil::admin {

enum ExitCode
{
    Ok = 0,
    Failure = 1,
    BadInput = 2
};

int importSiteCommand(const QString &dataDir, const QString &source, bool replace);
int exportSiteCommand(const QString &dataDir, bool includeCredentials, const QString &outFile);
int checkStoreCommand(const QString &dataDir);
int listCamerasCommand(const QString &dataDir);

} // namespace vigil::admin
