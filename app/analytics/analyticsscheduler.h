#pragma once
// AnalyticsScheduler: decides, for every frame offered to an agent, whether the agent runs it.
// Two limits, both enforced by dropping frames (nothing is ever queued):
// - each agent's frame rate from its manifest, judged by frame timestamps (a frame closer than
//   1/frameRate to the agent's previous one is skipped; 10 % slack absorbs jitter);
// - a global CPU budget in cores: a token bucket refilled at `budgetCores` CPU-seconds per
//   wall-clock second (capacity half a second of budget). Every call spends the thread CPU time
//   it actually took; while the bucket is empty, frames are dropped.
//
// Thread contract: not thread-safe; owned and called by one thread (the worker's control thread).

#include <QHash>
#include <QtGlobal>

namespace vigil {

class AnalyticsScheduler
{
public:
    enum class Decision
    {
        Run,
        DropRate,   // too soon after the agent's previous frame
        DropBudget, // the CPU budget is spent
    };

    explicit AnalyticsScheduler(double budgetCores = 1.0);

    void setBudgetCores(double cores);
    double budgetCores() const { return m_budgetCores; }
    void setAgentFrameRate(int agentId, double framesPerSecond);
    void removeAgent(int agentId);

    // `nowMs`: a monotonic wall clock. Run means the caller will call the agent and later report
    // the CPU it used with charge().
    Decision offer(int agentId, qint64 frameTimestampUs, qint64 nowMs);
    void charge(double cpuMs);

    double tokensMs() const { return m_tokensMs; }

private:
    void refill(qint64 nowMs);

    struct AgentState
    {
        double minIntervalUs = 0;
        qint64 lastTimestampUs = 0;
        bool hasLast = false;
    };
    QHash<int, AgentState> m_agents;
    double m_budgetCores;
    double m_tokensMs;
    qint64 m_lastRefillMs = -1;
};

} // namespace vigil
