#pragma once
// Tunables of the analytics supervisor and its worker process. Defaults suit the app; tests
// shorten the timeouts and backoff.
//
// Thread contract: plain value type.

#include <QString>
#include <QStringList>

namespace vigil {

struct AnalyticsSupervisorOptions
{
    QString workerPath;            // empty: vigil-analyticsd next to the running executable
    QStringList extraPluginDirs;   // searched by the worker before the default directories
    int workerThreads = 0;         // 0: the worker's default (one per core)
    double cpuBudgetCores = 1.0;   // global CPU budget of all plugin calls, in cores
    int startTimeoutMs = 10000;    // launch → hello
    int heartbeatTimeoutMs = 3000; // no message from the worker this long → hung
    int callTimeoutMs = 5000;      // one plugin call running this long → hung
    int backoffInitialMs = 1000;   // restart delay after the first failure, doubled per failure
    int backoffMaxMs = 30000;
    int healthyResetMs = 30000; // a worker running this long resets the backoff
    int maxStrikes = 3;         // failures blamed on one (camera, plugin) before it is disabled
    int ringSlots = 4;          // frame slots per camera ring
    int maxAnalysisWidth = 640; // frames are scaled down to at most this width for analytics
};

} // namespace vigil
