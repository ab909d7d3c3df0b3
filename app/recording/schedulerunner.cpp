#include "recording/schedulerunner.h"

namespace vigil {

namespace {
constexpr qint64 kMaxWaitMs = 3600 * 1000; // re-check hourly (clock jumps, DST)
} // namespace

ScheduleRunner::ScheduleRunner(QObject *parent)
    : QObject(parent), m_clock([] { return QDateTime::currentDateTime(); })
{
    qRegisterMetaType<vigil::RecordingMode>();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ScheduleRunner::evaluate);
}

void ScheduleRunner::setSchedule(const QString &cameraId, const RecordingSchedule &schedule,
                                 RecordingMode fallback)
{
    Entry &entry = m_entries[cameraId];
    entry.schedule = schedule;
    entry.fallback = fallback;
}

RecordingMode ScheduleRunner::modeOf(const QString &cameraId) const
{
    const auto it = m_entries.constFind(cameraId);
    if (it == m_entries.cend())
        return RecordingMode::Off;
    return it->emitted ? *it->emitted : it->schedule.modeAt(m_clock(), it->fallback);
}

void ScheduleRunner::evaluate()
{
    const QDateTime now = m_clock();
    QDateTime next;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        const RecordingMode mode = it->schedule.modeAt(now, it->fallback);
        if (it->emitted != mode) {
            it->emitted = mode;
            emit modeChanged(it.key(), mode);
        }
        const QDateTime change = it->schedule.nextChange(now, it->fallback);
        if (change.isValid() && (!next.isValid() || change < next))
            next = change;
    }
    m_next = next;
    if (!next.isValid()) {
        m_timer.stop();
        return;
    }
    // +1 s: fire just after the boundary, not a hair before it.
    const qint64 waitMs = qBound<qint64>(1000, now.msecsTo(next) + 1000, kMaxWaitMs);
    m_timer.start(int(waitMs));
}

} // namespace vigil
