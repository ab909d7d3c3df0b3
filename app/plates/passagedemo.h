#pragma once
// Demo checkpoint data for `vigil --demo`: a few hotlist entries and some hours of passages
// through the site's checkpoints, so the passages dock, the hotlist and the track view are not
// empty. Everything is marked as demo data (source "demo", reasons start with "演示").
//
// Thread contract: pure functions; any thread.

#include "model/site.h"
#include "plates/passagerecord.h"

namespace vigil {

QList<HotlistEntry> demoHotlist(const QDateTime &now);
// Passages over the `hours` before `now` through the site's checkpoints (oldest first),
// including several reads of each hotlist plate on different checkpoints.
QList<PassageRecord> demoPassages(const Site &site, const QDateTime &now, int hours = 6);

} // namespace vigil
