#pragma once
// CpuMeter: CPU use of this process, from /proc/self/stat and /proc/stat (Linux).
// Each query returns the average since the previous call of THE SAME query (first call: since
// construction), so the two queries can be polled independently.
//
// Thread contract: not thread-safe; use one instance per polling thread (typically the GUI
// thread's status bar, or a benchmark's main thread).

#include <chrono>
#include <cstdint>

namespace vigil {

class CpuMeter
{
public:
    CpuMeter();
    // 100 = one core fully busy; can exceed 100 on several cores.
    double processPercentOfOneCore();
    // 100 = every core of the machine fully busy with this process.
    double processPercentOfMachine();

private:
    struct Sample
    {
        std::uint64_t processTicks = 0;
        std::uint64_t machineTicks = 0;
        std::chrono::steady_clock::time_point wall;
    };
    static Sample takeSample();

    Sample m_lastOneCore;
    Sample m_lastMachine;
};

} // namespace vigil
