#pragma once
// CSV export of alerts (the closed-alert history): RFC 4180 quoting, UTF-8 with a BOM so Excel
// (common in district offices) opens Chinese text correctly, and cells starting with = + - @
// prefixed with ' so a crafted summary cannot run as a spreadsheet formula.
//
// Thread contract: pure function over values; writes to the device it is given, on the
// caller's thread (run it off the GUI thread for large exports).

#include "alerts/alert.h"

#include <QIODevice>
#include <QList>

namespace vigil {

// false + `error` when the device fails.
bool writeAlertsCsv(const QList<Alert> &alerts, QIODevice &device, QString *error);

} // namespace vigil
