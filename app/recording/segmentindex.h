#pragma once
// SegmentIndex: the recording tables of the store — segments, recorded gaps, evidence locks and
// per-camera recording settings — over one SQLite connection.
//
// Thread contract: like the QSqlDatabase it wraps, use it only on the thread that opened that
// connection. Writers on other threads use their own Database/SegmentIndex (WAL arbitrates).

#include "recording/recordingtypes.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace vigil {

class SegmentIndex
{
public:
    explicit SegmentIndex(QSqlDatabase db) : m_db(std::move(db)) {}
    QSqlDatabase database() const { return m_db; }

    // Segments. insertSegment() returns the new id, or -1 with `error`.
    qint64 insertSegment(const SegmentRecord &segment, QString *error = nullptr);
    bool updateSegment(qint64 id, qint64 endMs, qint64 bytes, bool open, QString *error = nullptr);
    bool deleteSegment(qint64 id, QString *error = nullptr);
    // Segments of one camera overlapping [fromMs, toMs), oldest first.
    QList<SegmentRecord> segments(const QString &cameraId, qint64 fromMs, qint64 toMs) const;
    QList<SegmentRecord> openSegments() const; // left open by a writer that did not finish
    QList<QString> cameraIds() const;          // cameras that have segments
    qint64 maxSegmentId() const;               // 0 when empty

    // Gaps. recordGap() stores a known interruption with its cause; gaps() computes every span
    // of [fromMs, toMs) not covered by a segment (pieces shorter than `toleranceMs` ignored) and
    // names the cause from the recorded gaps ("no_recording" when none is known).
    bool recordGap(const GapRecord &gap, QString *error = nullptr);
    QList<GapRecord> gaps(const QString &cameraId, qint64 fromMs, qint64 toMs,
                          qint64 toleranceMs = 1500) const;

    // Retention candidates: closed segments not overlapping any evidence lock.
    // Of one camera, ending before `cutoffMs`, oldest first.
    QList<SegmentRecord> expiredSegments(const QString &cameraId, qint64 cutoffMs, int limit) const;
    // Of any camera whose file lies under `storageDir`, oldest first.
    QList<SegmentRecord> oldestDeletable(const QString &storageDir, int limit) const;

    // Evidence locks: ranges retention never deletes.
    qint64 addLock(const EvidenceLock &lock, QString *error = nullptr);
    QList<EvidenceLock> locks(const QString &cameraId, qint64 fromMs, qint64 toMs) const;
    bool isLocked(const QString &cameraId, qint64 fromMs, qint64 toMs) const;

    // Per-camera settings (mode, retention, pre/post event, storage folder).
    bool saveSettings(const CameraRecordingConfig &config, QString *error = nullptr);
    std::optional<CameraRecordingConfig> loadSettings(const QString &cameraId) const;

private:
    QList<SegmentRecord> selectSegments(const QString &where, const QVariantList &values) const;
    QSqlDatabase m_db;
};

} // namespace vigil
