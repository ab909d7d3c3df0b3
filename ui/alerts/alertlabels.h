#pragma once
// Translated display names and colours for alert keys (types, states, priorities, resolutions).
// Keys stay stable in the core and the store; only the UI turns them into words.
//
// Thread contract: GUI thread (uses the installed translators).

#include "alerts/alert.h"

#include <QColor>
#include <QString>

namespace vigil {

QString alertTypeLabel(const QString &typeKey); // "intrusion" → "Intrusion" / 区域入侵
QString alertStateLabel(AlertState state);
QString priorityLabel(Priority priority);
QString resolutionLabel(Resolution resolution);
QString alertActionLabel(AlertAction action);
QColor priorityColor(Priority priority); // background accent per priority
QStringList knownAlertTypes();

} // namespace vigil
