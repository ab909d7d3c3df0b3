#include "util/cpumeter.h"

#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

namespace vigil {

namespace {

// utime + stime (fields 14 and 15) of /proc/self/stat, in clock ticks.
std::uint64_t readProcessTicks()
{
    std::ifstream in("/proc/self/stat");
    std::string line;
    if (!std::getline(in, line))
        return 0;
    // The command name (field 2) may contain spaces; fields resume after the last ')'.
    const auto close = line.rfind(')');
    if (close == std::string::npos)
        return 0;
    std::istringstream fields(line.substr(close + 2));
    std::string skip;
    for (int field = 3; field < 14; ++field)
        fields >> skip;
    std::uint64_t utime = 0, stime = 0;
    fields >> utime >> stime;
    return utime + stime;
}

// Sum of every column of the aggregate "cpu" line of /proc/stat (all cores), in clock ticks.
std::uint64_t readMachineTicks()
{
    std::ifstream in("/proc/stat");
    std::string label;
    in >> label;
    if (label != "cpu")
        return 0;
    std::string line;
    std::getline(in, line);
    std::istringstream columns(line);
    std::uint64_t total = 0, value = 0;
    while (columns >> value)
        total += value;
    return total;
}

} // namespace

CpuMeter::CpuMeter() : m_lastOneCore(takeSample()), m_lastMachine(m_lastOneCore) {}

CpuMeter::Sample CpuMeter::takeSample()
{
    Sample sample;
    sample.processTicks = readProcessTicks();
    sample.machineTicks = readMachineTicks();
    sample.wall = std::chrono::steady_clock::now();
    return sample;
}

double CpuMeter::processPercentOfOneCore()
{
    const Sample now = takeSample();
    const double seconds = std::chrono::duration<double>(now.wall - m_lastOneCore.wall).count();
    const double ticksPerSecond = double(sysconf(_SC_CLK_TCK));
    const double used = double(now.processTicks - m_lastOneCore.processTicks) / ticksPerSecond;
    m_lastOneCore = now;
    return seconds > 0 ? 100.0 * used / seconds : 0.0;
}

double CpuMeter::processPercentOfMachine()
{
    const Sample now = takeSample();
    const std::uint64_t machine = now.machineTicks - m_lastMachine.machineTicks;
    const std::uint64_t process = now.processTicks - m_lastMachine.processTicks;
    m_lastMachine = now;
    return machine > 0 ? 100.0 * double(process) / double(machine) : 0.0;
}

} // namespace vigil
