#pragma once
// Start-up report for benchmarks (vigil-bench-wall --phases first). With VIGIL_REPORT_FIRST_FRAME=1
// in the environment the application prints one line to stdout when a wall tile has painted its
// first live picture (a frame of a camera stream, not a still):
//
//   vigil-first-frame main_ms=M painted_ms=P open_ms=… probe_ms=… keyframe_ms=… decoded_ms=…
//
// M (main() entered) and P (picture painted) are CLOCK_MONOTONIC milliseconds, so the process
// that launched vigil subtracts its own clock reading taken before the launch; the other fields
// are that stream's start-up phases (StreamStats, ms since its connection attempt). Without the
// variable nothing is printed and the per-paint cost is one flag test.
//
// Thread contract: GUI thread only.

#include "media/streamtypes.h"

namespace vigil {

// CLOCK_MONOTONIC in milliseconds (the clock of the report's fields).
double monotonicMs();

// Call first thing in main().
void noteMainEntered();
// True until the first live picture has been reported (false when reporting is off).
bool firstLivePictureReportPending();
// Prints the line once (no-op when not pending).
void reportFirstLivePicture(const StreamStats &stats);

} // namespace vigil
