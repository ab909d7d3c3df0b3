#include "recording/recordingschedule.h"

#include <QRegularExpression>

#include <algorithm>

namespace vigil {

RecordingMode RecordingSchedule::modeAt(const QDateTime &at, RecordingMode fallback) const
{
    const QDateTime local = at.toLocalTime();
    const int day = local.date().dayOfWeek();
    const int previousDay = day == 1 ? 7 : day - 1;
    const int minute = local.time().hour() * 60 + local.time().minute();
    for (const SchedulePeriod &period : periods) {
        bool active = false;
        if (period.overMidnight())
            active = (period.coversDay(day) && minute >= period.fromMinute) ||
                     (period.coversDay(previousDay) && minute < period.toMinute);
        else
            active =
                period.coversDay(day) && minute >= period.fromMinute && minute < period.toMinute;
        if (active)
            return period.mode;
    }
    return fallback;
}

QDateTime RecordingSchedule::nextChange(const QDateTime &at, RecordingMode fallback) const
{
    if (periods.isEmpty())
        return {};
    const RecordingMode current = modeAt(at, fallback);
    const QDateTime local = at.toLocalTime();
    // Candidates: every period start and end in the coming eight days, in time order.
    QList<QDateTime> boundaries;
    for (int dayOffset = -1; dayOffset <= 8; ++dayOffset) {
        const QDate date = local.date().addDays(dayOffset);
        for (const SchedulePeriod &period : periods) {
            if (!period.coversDay(date.dayOfWeek()))
                continue;
            const QDate endDate = period.overMidnight() ? date.addDays(1) : date;
            boundaries << QDateTime(date, QTime(0, 0)).addSecs(qint64(period.fromMinute) * 60)
                       << QDateTime(endDate, QTime(0, 0)).addSecs(qint64(period.toMinute) * 60);
        }
    }
    std::sort(boundaries.begin(), boundaries.end());
    for (const QDateTime &boundary : std::as_const(boundaries)) {
        if (boundary > local && modeAt(boundary, fallback) != current)
            return boundary;
    }
    return {};
}

bool RecordingSchedule::everRecords(RecordingMode fallback) const
{
    if (fallback != RecordingMode::Off)
        return true;
    for (const SchedulePeriod &period : periods) {
        if (period.mode != RecordingMode::Off && period.days != 0)
            return true;
    }
    return false;
}

int parseClockMinutes(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,2}):([0-9]{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return -1;
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).toInt();
    if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0))
        return -1;
    return hours * 60 + minutes;
}

} // namespace vigil
