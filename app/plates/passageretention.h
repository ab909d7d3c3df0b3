#pragma once
// Passage retention: how long passage records and their images are kept (recording.json
// "passages": {"retentionDays", "imageRetentionDays"}), the store request for one pruning step
// and the removal of the image files a step released. The steps themselves run on the passage
// writer's thread (PassageWriter::prune), interleaved with its inserts.
//
// Thread contract: value types and functions; removeImageFiles(), imageDayFolders() and
// removeOrphanImages() do disk I/O (call them on the writer thread, never the GUI thread).

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
    int orphansRemoved = 0;   // image files no passage named (removeOrphanImages)
    QStringList errors;       // each names the file or the store operation
};

// Deletes `files` (already unreferenced by the store) and then their day folders that became
// empty. A file already gone counts as removed. Returns how many were removed.
int removeImageFiles(const QStringList &files, QStringList *errors);

// Orphan images: files in the image root's day folders (<data dir>/passages/yyyyMMdd) that no
// passage names — written by the writer, then the process died before the insert committed, or
// their records were dropped from a full queue. The sweep checks them one day folder at a time.
struct ImageDayFolder
{
    QString path;
    qint64 dayStartMs = 0; // 00:00 UTC of the folder's day: its files belong to passages of
                           // [dayStartMs, dayStartMs + 24 h)
};

// The day folders under `imageDir` (names yyyyMMdd; anything else is left alone) whose folder
// changed (a file added or removed) at or after `changedSinceMs` (ms since the epoch; 0 = all),
// oldest day first.
QList<ImageDayFolder> imageDayFolders(const QString &imageDir, qint64 changedSinceMs);

// Deletes the files directly in `folder` whose name is not in `keepNames` and that were last
// modified before `olderThanMs` (ms since the epoch), then the folder if that emptied it.
// Returns how many were removed; a file that cannot be deleted is named in `errors`.
int removeOrphanImages(const QString &folder, const QSet<QString> &keepNames, qint64 olderThanMs,
                       QStringList *errors);

} // namespace vigil

Q_DECLARE_METATYPE(vigil::PassagePruneTotals)
Q_DECLARE_METATYPE(vigil::PassageRetention)
