#pragma once
// The display text of an alert's fields, shared by the alert tables (AlertQueueModel for the open
// queue, AlertHistoryModel for closed alerts) so both show a field the same way. Each model
// maps its columns to fields; anything only one table has (the queue's countdown) stays there.
//
// Thread contract: GUI thread (labels use the installed translators).

#include "alerts/alert.h"

#include <QVariant>

namespace vigil {

enum class AlertField
{
    Priority,
    State,
    Type,
    Camera, // the camera, or the checkpoint for checkpoint events
    Summary,
    EventCount,
    RaisedTime,     // HH:mm:ss, local (the queue: today's alerts)
    RaisedDateTime, // yyyy-MM-dd HH:mm:ss, local (the history)
    Resolution,
    ResolvedDateTime,
    Unit,
    Operator
};

QVariant alertFieldDisplay(const Alert &alert, AlertField field);
// Local time; an invalid time is an empty cell.
QString alertTimeText(const QDateTime &time, bool withDate);

} // namespace vigil
