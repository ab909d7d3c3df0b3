#pragma once
// ScheduleRunner: applies recording schedules live. Knows each camera's schedule and default
// mode, evaluates them now, emits modeChanged() for every camera whose mode differs from the
// last one emitted, and arms a single-shot timer for the next period boundary (re-checked at
// least hourly, so a clock jump is caught). The clock is injectable for tests; evaluate() can be
// called at any time (it re-arms the timer).
//
// Thread contract: a QObject of the thread that creates it (the GUI thread in the app); the
// evaluation is pure computation, no I/O.

#include "recording/recordingschedule.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace vigil {

class ScheduleRunner : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit ScheduleRunner(QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setSchedule(const QString &cameraId, const RecordingSchedule &schedule,
                     RecordingMode fallback);
    // The mode last emitted (or the current one before the first evaluate()).
    RecordingMode modeOf(const QString &cameraId) const;
    // When the timer fires next (null when no camera has periods).
    QDateTime nextEvaluation() const { return m_next; }

public slots:
    void evaluate();

signals:
    void modeChanged(const QString &cameraId, vigil::RecordingMode mode);

private:
    struct Entry
    {
        RecordingSchedule schedule;
        RecordingMode fallback = RecordingMode::Continuous;
        std::optional<RecordingMode> emitted;
    };
    QHash<QString, Entry> m_entries;
    Clock m_clock;
    QTimer m_timer;
    QDateTime m_next;
};

} // namespace vigil
