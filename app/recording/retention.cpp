#include "recording/retention.h"

#include "recording/motionindex.h"
#include "recording/segmentindex.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

namespace vigil {

namespace {
constexpr int kBatch = 64;
constexpr qint64 kDayMs = 24ll * 3600 * 1000;
} // namespace

RetentionSweeper::RetentionSweeper(SegmentIndex &index)
    : m_index(index), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }),
      m_freeSpace([](const QString &dir) {
          QStorageInfo storage(dir);
          return storage.isValid() ? storage.bytesAvailable() : qint64(-1);
      })
{}

bool RetentionSweeper::remove(const SegmentRecord &segment, RetentionResult &result)
{
    QFile file(segment.path);
    if (file.exists() && !file.remove()) {
        result.errors.append(QStringLiteral("cannot delete %1: %2")
                                 .arg(QDir::toNativeSeparators(segment.path), file.errorString()));
        return false;
    }
    QString error;
    if (!m_index.deleteSegment(segment.id, &error)) {
        result.errors.append(error);
        return false;
    }
    // The motion samples of that footage go with it (a sample at the end belongs to the next).
    if (!MotionIndex(m_index.database())
             .deleteRange(segment.cameraId, segment.startMs, segment.endMs, &error))
        result.errors.append(error);
    // Drop the day folder once empty (rmdir refuses non-empty folders).
    QDir().rmdir(QFileInfo(segment.path).absolutePath());
    ++result.deletedSegments;
    result.freedBytes += segment.bytes;
    return true;
}

RetentionResult RetentionSweeper::sweep()
{
    RetentionResult result;
    const qint64 now = m_clock();
    for (auto it = m_retentionDays.cbegin(); it != m_retentionDays.cend(); ++it) {
        if (it.value() <= 0)
            continue;
        const qint64 cutoff = now - qint64(it.value()) * kDayMs;
        for (;;) {
            const QList<SegmentRecord> expired = m_index.expiredSegments(it.key(), cutoff, kBatch);
            int removed = 0;
            for (const SegmentRecord &segment : expired)
                removed += remove(segment, result) ? 1 : 0;
            if (expired.size() < kBatch || removed == 0)
                break;
        }
    }
    for (auto it = m_reserves.cbegin(); it != m_reserves.cend(); ++it) {
        qint64 freeBytes = m_freeSpace(it.key());
        while (freeBytes >= 0 && freeBytes < it.value()) {
            const QList<SegmentRecord> oldest = m_index.oldestDeletable(it.key(), 1);
            if (oldest.isEmpty()) {
                result.errors.append(
                    QStringLiteral("%1: free space below the reserve and nothing left that may be "
                                   "deleted (the rest is evidence-locked or being written)")
                        .arg(QDir::toNativeSeparators(it.key())));
                break;
            }
            if (!remove(oldest.first(), result))
                break;
            freeBytes = m_freeSpace(it.key());
        }
    }
    return result;
}

} // namespace vigil
