#include "util/cpumeter.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include <time.h>

namespace {
double processCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

void burnCpu(std::chrono::milliseconds duration)
{
    volatile double sink = 0;
    const auto end = std::chrono::steady_clock::now() + duration;
    while (std::chrono::steady_clock::now() < end) {
        for (int i = 0; i < 10000; ++i)
            sink = sink + i * 0.5;
    }
}
} // namespace

TEST_CASE("CpuMeter sees a busy loop and an idle sleep", "[media][cpu]")
{
    vigil::CpuMeter meter;
    const auto wallStart = std::chrono::steady_clock::now();
    const double cpuStart = processCpuSeconds();
    burnCpu(std::chrono::milliseconds(500));
    const double busy = meter.processPercentOfOneCore();
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart).count();
    // The machine is shared, so the loop may get only part of a core: compare with the kernel's
    // own per-process CPU clock over the same interval (10 ms tick granularity allowed for).
    const double expected = 100.0 * (processCpuSeconds() - cpuStart) / wall;
    CHECK(busy == Approx(expected).margin(8.0));
    CHECK(busy > 5.0);
    CHECK(busy < 110.0); // a single busy thread cannot use more than one core

    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    const double idle = meter.processPercentOfOneCore();
    CHECK(idle < 15.0);
}

TEST_CASE("CpuMeter machine share is the one-core share divided by the core count", "[media][cpu]")
{
    vigil::CpuMeter meter;
    burnCpu(std::chrono::milliseconds(400));
    const double oneCore = meter.processPercentOfOneCore();
    const double machine = meter.processPercentOfMachine();
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    CHECK(machine > 0.0);
    CHECK(machine <= 100.0);
    CHECK(machine == Approx(oneCore / cores).epsilon(0.5));
}
