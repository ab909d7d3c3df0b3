#pragma once
// Passage records (one vehicle passing a checkpoint, read by a plate reader or posted by an
// external checkpoint system), the queries run over them and hotlist (布控) entries.
//
// Thread contract: plain value types; copy them freely between threads.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>

namespace vigil {

struct PassageRecord
{
    qint64 id = 0;         // assigned when stored
    QString plate;         // normalised: upper case, no separators ("鄂C12345")
    QString plateDisplay;  // as shown ("鄂C·12345"); defaults to `plate`
    QString kind;          // plate colour/kind: "blue", "green", "yellow", ...
    QString flag;          // "", "police", "military", "embassy"
    bool valid = true;     // the plate matched a known format
    double confidence = 0; // 0..1
    QDateTime time;        // UTC
    QString checkpointId;  // may be empty when the camera belongs to no checkpoint
    QString cameraId;
    QString lane;
    QString direction; // "in", "out" or ""
    QString cropPath;  // files under <data dir>/passages; empty when none
    QString snapshotPath;
    QString source;      // "analytics" or "external"
    QRectF vehicleBox;   // normalised box of the vehicle in the snapshot (not stored)
    QByteArray cropJpeg; // image bytes waiting to be saved by the writer (not stored)
    QByteArray snapshotJpeg;
    bool operator==(const PassageRecord &) const = default;
};

// Search over passages. `plate` is exact unless it contains '*' (any run, also empty) or '?'
// (exactly one character); empty = any plate.
struct PassageQuery
{
    QString plate;
    QDateTime from;            // inclusive; invalid = open
    QDateTime to;              // inclusive; invalid = open
    QStringList checkpointIds; // empty = every checkpoint (ring filters are resolved to ids)
    int offset = 0;
    int limit = 100;
    bool oldestFirst = false;
};

struct PassagePage
{
    QList<PassageRecord> rows;
    bool hasMore = false;
    QString strategy; // how the store answered (exact, index, scan): for benches and tests
};

// A hotlist entry: a plate or pattern to watch for, valid until `validUntil` (invalid = no end).
struct HotlistEntry
{
    qint64 id = 0;
    QString pattern; // normalised plate or wildcard pattern
    QString reason;
    int priority = 2; // 1 (P1, most urgent) .. 4
    QDateTime validUntil;
    QString addedBy;
    QDateTime addedAt;
    bool operator==(const HotlistEntry &) const = default;
    bool isValidAt(const QDateTime &time) const
    {
        return !validUntil.isValid() || time < validUntil;
    }
};

// One bounded step of passage retention (PassageStore::pruneBatch): passages older than
// `passagesBeforeMs` are deleted (with the plates no passage names any more), and passages older
// than `imagesBeforeMs` lose their plate crop and vehicle snapshot. `keep`: passages an alert
// still needs as evidence, never touched.
struct PassagePruneRequest
{
    qint64 passagesBeforeMs = 0;
    qint64 imagesBeforeMs = 0;
    int batchSize = 500; // rows per kind and step: one short transaction
    QSet<qint64> keep;
};

struct PassagePruneBatch
{
    int passagesDeleted = 0;
    int imagesCleared = 0;  // passages whose image paths were cleared (not counting deletions)
    int platesDeleted = 0;  // distinct plates no passage names any more
    QStringList imageFiles; // files the store no longer references: the caller deletes them
    bool more = false;      // a step hit `batchSize`: call again
};

} // namespace vigil

Q_DECLARE_METATYPE(vigil::PassageRecord)
Q_DECLARE_METATYPE(vigil::PassagePage)
Q_DECLARE_METATYPE(vigil::HotlistEntry)
