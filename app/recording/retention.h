#pragma once
// RetentionSweeper: deletes recorded footage automatically — per camera, segments older than its
// retention days; per storage folder, the oldest segments of any camera while free space is below
// the reserve. Segments overlapping an evidence lock are never deleted. Clock and free-space
// probe are injectable for tests. The motion index samples of deleted footage are deleted too.
//
// Thread contract: sweep() runs on the thread that owns the SegmentIndex's connection (never the
// GUI thread: it deletes files). Not shared between threads.

#include "recording/recordingtypes.h"

#include <QHash>
#include <QStringList>

#include <functional>

namespace vigil {

class SegmentIndex;

struct RetentionResult
{
    int deletedSegments = 0;
    qint64 freedBytes = 0;
    QStringList errors; // each names the file
};

class RetentionSweeper
{
public:
    using Clock = std::function<qint64()>;                       // ms since epoch
    using FreeSpace = std::function<qint64(const QString &dir)>; // bytes available, -1 unknown

    explicit RetentionSweeper(SegmentIndex &index);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setFreeSpaceProbe(FreeSpace probe) { m_freeSpace = std::move(probe); }
    void setRetentionDays(const QString &cameraId, int days) { m_retentionDays[cameraId] = days; }
    // Keep at least `bytes` free in `storageDir` (deleting oldest unlocked footage first).
    void setReserve(const QString &storageDir, qint64 bytes) { m_reserves[storageDir] = bytes; }

    RetentionResult sweep();

private:
    bool remove(const SegmentRecord &segment, RetentionResult &result);

    SegmentIndex &m_index;
    Clock m_clock;
    FreeSpace m_freeSpace;
    QHash<QString, int> m_retentionDays;
    QHash<QString, qint64> m_reserves;
};

} // namespace vigil
