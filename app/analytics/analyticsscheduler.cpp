#include "analytics/analyticsscheduler.h"

#include <algorithm>

namespace vigil {

namespace {
constexpr double kBucketSeconds = 0.5;
constexpr double kRateSlack = 0.9;
} // namespace

AnalyticsScheduler::AnalyticsScheduler(double budgetCores)
    : m_budgetCores(std::max(0.05, budgetCores)), m_tokensMs(m_budgetCores * kBucketSeconds * 1000)
{}

void AnalyticsScheduler::setBudgetCores(double cores)
{
    m_budgetCores = std::max(0.05, cores);
    m_tokensMs = std::min(m_tokensMs, m_budgetCores * kBucketSeconds * 1000);
}

void AnalyticsScheduler::setAgentFrameRate(int agentId, double framesPerSecond)
{
    AgentState &state = m_agents[agentId];
    state.minIntervalUs = framesPerSecond > 0 ? kRateSlack * 1e6 / framesPerSecond : 0;
}

void AnalyticsScheduler::removeAgent(int agentId)
{
    m_agents.remove(agentId);
}

void AnalyticsScheduler::refill(qint64 nowMs)
{
    if (m_lastRefillMs >= 0 && nowMs > m_lastRefillMs) {
        m_tokensMs = std::min(m_budgetCores * kBucketSeconds * 1000,
                              m_tokensMs + double(nowMs - m_lastRefillMs) * m_budgetCores);
    }
    m_lastRefillMs = std::max(m_lastRefillMs, nowMs);
}

AnalyticsScheduler::Decision AnalyticsScheduler::offer(int agentId, qint64 frameTimestampUs,
                                                       qint64 nowMs)
{
    AgentState &state = m_agents[agentId];
    // A timestamp that goes backwards is a restarted stream: start the rate over.
    if (state.hasLast && frameTimestampUs >= state.lastTimestampUs &&
        double(frameTimestampUs - state.lastTimestampUs) < state.minIntervalUs)
        return Decision::DropRate;
    refill(nowMs);
    if (m_tokensMs <= 0)
        return Decision::DropBudget;
    state.lastTimestampUs = frameTimestampUs;
    state.hasLast = true;
    return Decision::Run;
}

void AnalyticsScheduler::charge(double cpuMs)
{
    m_tokensMs -= std::max(0.0, cpuMs);
}

} // namespace vigil
