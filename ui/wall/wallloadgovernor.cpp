#include "wall/wallloadgovernor.h"

namespace vigil {

WallLoadGovernor::WallLoadGovernor(std::function<double()> readCpuPercent, QObject *parent)
    : QObject(parent), m_readCpu(std::move(readCpuPercent))
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_readCpu)
            sample(m_readCpu());
    });
}

void WallLoadGovernor::setThresholds(double low, double high)
{
    m_low = low;
    m_high = high;
}

void WallLoadGovernor::start(int intervalMs)
{
    if (m_readCpu)
        m_readCpu(); // starts the meter's window
    m_timer.start(intervalMs);
}

int WallLoadGovernor::sample(double cpuPercent)
{
    m_lastCpu = cpuPercent;
    int stride = m_stride;
    if (cpuPercent > m_high)
        stride = qMin(m_stride + 1, kMaxStride);
    else if (cpuPercent < m_low)
        stride = qMax(m_stride - 1, 1);
    if (stride != m_stride) {
        m_stride = stride;
        emit smallTileStrideChanged(stride);
    }
    return m_stride;
}

} // namespace vigil
