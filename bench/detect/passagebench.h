#pragma once
// Passage store stage of bench/detect: builds a SQLite file of `rows` synthetic passages
// (Chinese plates, ~8 passes per distinct plate, 20 checkpoints, 30 days) in `dir`, then
// measures exact plate search, wildcard search ("鄂C*12?5" shape and patterns without a fixed
// prefix) and ingest through PassageWriter (batched, synchronous=FULL).

#include <QString>

namespace vigil::bench {

struct PassageBenchResult
{
    bool ok = false;
    QString error;
    double buildSeconds = 0;
    double fileMiB = 0;
    double exactMs = 0; // median
    double exactP95Ms = 0;
    double wildcardMs = 0; // median, "鄂C*12?5" shape
    double wildcardP95Ms = 0;
    double wildcardNoPrefixMs = 0; // median, "*1234*" / "?C*45" shapes
    double wildcardNoPrefixP95Ms = 0;
    double ingestPerS = 0;
};

// `keepFile`: reuse/keep `dir`/passages-<rows>.db instead of a fresh temporary file.
PassageBenchResult runPassageBench(qint64 rows, const QString &dir, bool keepFile);

} // namespace vigil::bench
