#pragma once
// TokenBucket: rate limit for the event API — `ratePerSec` sustained, `burst` at once. Time is
// passed in (milliseconds on any monotonic clock), so it is tested without sleeping.
//
// Thread contract: plain object; one thread.

#include <QtGlobal>

#include <algorithm>

namespace vigil {

class TokenBucket
{
public:
    TokenBucket(double ratePerSec, double burst)
        : m_rate(ratePerSec), m_burst(burst), m_tokens(burst)
    {}

    bool take(qint64 nowMs)
    {
        refill(nowMs);
        if (m_tokens < 1.0)
            return false;
        m_tokens -= 1.0;
        return true;
    }
    // Milliseconds until one token is available (for Retry-After).
    qint64 waitMs(qint64 nowMs)
    {
        refill(nowMs);
        return m_tokens >= 1.0 ? 0 : qint64((1.0 - m_tokens) / m_rate * 1000.0) + 1;
    }

private:
    void refill(qint64 nowMs)
    {
        if (m_lastMs >= 0 && nowMs > m_lastMs)
            m_tokens = std::min(m_burst, m_tokens + double(nowMs - m_lastMs) * m_rate / 1000.0);
        m_lastMs = std::max(m_lastMs, nowMs);
    }

    double m_rate;
    double m_burst;
    double m_tokens;
    qint64 m_lastMs = -1;
};

} // namespace vigil
