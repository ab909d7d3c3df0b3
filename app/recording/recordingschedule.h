#pragma once
// RecordingSchedule: weekly periods of one camera's recording (days + from/to local time, a
// period may run over midnight into the next day) with the mode inside each; outside every period
// the camera follows its default mode. The first listed period that covers a time wins.
//
// Thread contract: plain data and pure functions.

#include "recording/recordingtypes.h"

#include <QDateTime>
#include <QList>

namespace vigil {

struct SchedulePeriod
{
    quint8 days = 0x7f;  // bit 0 = Monday … bit 6 = Sunday (the day the period starts)
    int fromMinute = 0;  // 0…1439 after local midnight
    int toMinute = 1440; // 1…1440; smaller than fromMinute = ends the next day
    RecordingMode mode = RecordingMode::Continuous;

    bool coversDay(int dayOfWeek) const { return days & (1u << (dayOfWeek - 1)); } // 1 = Monday
    bool overMidnight() const { return toMinute < fromMinute; }
};

struct RecordingSchedule
{
    QList<SchedulePeriod> periods;

    bool isEmpty() const { return periods.isEmpty(); }
    // Mode at local time `at`; `fallback` outside every period.
    RecordingMode modeAt(const QDateTime &at, RecordingMode fallback) const;
    // The first period start or end after `at` at which modeAt() differs from modeAt(at); null when
    // the mode does not change in the next eight days.
    QDateTime nextChange(const QDateTime &at, RecordingMode fallback) const;
    // Whether any period or the fallback records (a camera that never records needs no ingest).
    bool everRecords(RecordingMode fallback) const;
};

// "HH:MM" (00:00…24:00) → minutes; -1 when malformed.
int parseClockMinutes(const QString &text);

} // namespace vigil
