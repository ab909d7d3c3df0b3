#include "wall/startupreport.h"

#include <QtGlobal>

#include <cstdio>
#include <ctime>

namespace vigil {

namespace {

struct ReportState
{
    bool enabled = qEnvironmentVariableIntValue("VIGIL_REPORT_FIRST_FRAME") == 1;
    bool done = false;
    double mainMs = -1;
};

ReportState &state()
{
    static ReportState instance;
    return instance;
}

} // namespace

double monotonicMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) * 1000.0 + static_cast<double>(ts.tv_nsec) / 1e6;
}

void noteMainEntered()
{
    state().mainMs = monotonicMs();
}

bool firstLivePictureReportPending()
{
    const ReportState &s = state();
    return s.enabled && !s.done;
}

void reportFirstLivePicture(const StreamStats &stats)
{
    ReportState &s = state();
    if (!s.enabled || s.done)
        return;
    s.done = true;
    std::printf("vigil-first-frame main_ms=%.1f painted_ms=%.1f open_ms=%.0f probe_ms=%.0f "
                "keyframe_ms=%.0f decoded_ms=%.0f\n",
                s.mainMs, monotonicMs(), stats.openMs, stats.probeMs, stats.firstKeyframeMs,
                stats.firstFrameMs);
    std::fflush(stdout);
}

} // namespace vigil
