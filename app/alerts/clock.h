#pragma once
// Clock: the one place alert code reads the time, so rules, SLA timers and tests can run on an
// injected clock instead of the wall clock.
//
// Thread contract: now() may be called from any thread. ManualClock's setters are thread-safe.

#include <QDateTime>
#include <QMutex>

namespace vigil {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that only moves when told to (tests, benchmarks, replays).
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(start.toUTC()) {}
    QDateTime now() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_now;
    }
    void set(const QDateTime &time)
    {
        QMutexLocker lock(&m_mutex);
        m_now = time.toUTC();
    }
    void advanceMs(qint64 ms)
    {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addMSecs(ms);
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace vigil
