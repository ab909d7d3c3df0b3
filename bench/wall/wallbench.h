#pragma once
// Measured phases of vigil-bench-wall: a wall of real VideoTiles fed by the stream engine from a
// simulator started for the phase, and the raw-FFmpeg reference on the same URLs.
//
// Thread contract: main (GUI) thread only; each call runs the event loop while it measures.

#include "media/streamtypes.h"

#include <QString>

#include <optional>

namespace vigil::bench {

struct BenchConfig
{
    int seconds = 20;
    QString clipDir;
    QString camsim;           // path of vigil-camsim
    QString demoCamsimConfig; // resources/demo/camsim.json
};

struct TilesResult
{
    int tiles = 0;
    double fpsMin = 0; // painted frames per second of the slowest tile
    double fpsAvg = 0;
    double cpuPercent = 0;    // whole process, % of one core
    double guiCpuPercent = 0; // GUI thread only: painting (the display path after conversion)
    // Ingest threads preparing pictures for display: swscale (+filter) with the raster
    // renderer, only taking a reference to the decoded planes with the gl renderer.
    double prepareCpuPercent = 0;
    double rssMiB = 0;
    quint64 framesPainted = 0;
    double referenceCpuPercent = 0;
    quint64 referenceFrames = 0;
    int referenceFailed = 0;
    double ratio = 0; // Vigil CPU per painted frame / FFmpeg CPU per decoded frame
};

struct LatencyResult
{
    int samples = 0;
    double p50Ms = 0;
    double p95Ms = 0;
    double maxMs = 0;
};

std::optional<TilesResult> measureTiles(const BenchConfig &config, int tiles, StreamProfile profile,
                                        QString *error);
std::optional<LatencyResult> measureLatency(const BenchConfig &config, QString *error);

} // namespace vigil::bench
