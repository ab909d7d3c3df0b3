#pragma once
// Passage retention: how long passage records and their images are kept (recording.json
// "passages": {"retentionDays", "imageRetentionDays"}), the store request for one pruning step
// and the removal of the image files a step released. The steps themselves run on the passage
// writer's thread (PassageWriter::prune), interleaved with its inserts.
//
// Thread contract: value types and functions; removeImageFiles() does disk I/O (call it on the
// writer thread, never the GUI thread).

#include "plates/passagerecord.h"

#include <QMetaType>

namespace vigil {

struct PassageRetention
{
    int passageDays = 180; // records (rows) are deleted after this many days
    int imageDays = 30;    // plate crops and vehicle snapshots after this many
    int batchSize = 500;   // rows per step and kind: each step is one short transaction
};

// The step request for "now" (UTC): cut-offs `passageDays` / `imageDays` before it. The
// evidence passages (`keep`) are filled in by the writer from the store.
PassagePruneRequest pruneRequestFor(const PassageRetention &retention, const QDateTime &now);

// What one sweep (all steps until nothing is due) did.
struct PassagePruneTotals
{
    int passagesDeleted = 0;
    int imagesCleared = 0;
    int platesDeleted = 0;
    int filesRemoved = 0;
    int steps = 0;
    int evidencePassages = 0; // kept because an alert needs them
    QStringList errors;       // each names the file or the store operation
};

// Deletes `files` (already unreferenced by the store) and then their day folders that became
// empty. A file already gone counts as removed. Returns how many were removed.
int removeImageFiles(const QStringList &files, QStringList *errors);

} // namespace vigil

Q_DECLARE_METATYPE(vigil::PassagePruneTotals)
Q_DECLARE_METATYPE(vigil::PassageRetention)
