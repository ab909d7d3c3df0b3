#pragma once
// Phase `first` of vigil-bench-wall: time from launch to the first live frame painted on the demo
// wall. Two variants:
//  - whole application: starts the `vigil` executable (--demo --layout 9, a fresh data dir and a
//    fresh settings dir) against a simulator serving the demo district, and takes the time from
//    just before the process is started to the first live picture painted by a wall tile, as
//    reported by vigil itself (VIGIL_REPORT_FIRST_FRAME, ui/wall/startupreport.h; both clocks
//    are CLOCK_MONOTONIC). Process creation, library loading, QApplication, the store, every
//    session of the demo and the stream start-up are all inside the figure.
//  - in process (phase `first-inprocess`): AppBootstrap inside the bench; process exec and
//    library loading are not included (the bench's own QApplication set-up is).
//
// Thread contract: main (GUI) thread only; both run the event loop while they wait.

#include "wallbench.h"

#include <QString>

#include <optional>

namespace vigil::bench {

struct FirstFrameSetup
{
    bool runningDemoSimulator = false; // the demo simulator already serves `demoPort`
    int demoPort = 8554;               // other than 8554: the site is imported before the clock
    QString renderer;                  // passed to vigil as --renderer (whole application)
    qint64 appInitMs = 0;              // in process: the bench's main() to its QApplication
};

struct FirstFrameResult
{
    double firstFrameMs = -1; // launch (or main()) to the first painted live frame
    double toMainMs = -1;     // whole application: launch to vigil's main() (exec + loading)
    // The first stream's start-up phases, ms since its connection attempt.
    double openMs = -1;
    double probeMs = -1;
    double keyframeMs = -1;
    double decodedMs = -1;
};

std::optional<FirstFrameResult>
measureWholeAppFirstFrame(const BenchConfig &config, const FirstFrameSetup &setup, QString *error);
std::optional<FirstFrameResult>
measureInProcessFirstFrame(const BenchConfig &config, const FirstFrameSetup &setup, QString *error);

} // namespace vigil::bench
