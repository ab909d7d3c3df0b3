#pragma once
// MotionIndex: the motion metadata of recorded footage (store table motion_index, schema v10):
// per camera and sample time the MotionCells that saw motion since the previous sample. The
// recorder add()s samples and flush()es them in one transaction every few seconds; retention
// deletes them with the footage; smart search reads a time range and keeps the samples whose
// cells meet a region (findMotion()).
//
// Thread contract: like SegmentIndex, only on the thread that opened the connection.

#include "recording/motioncells.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace vigil {

struct MotionSample
{
    qint64 timeMs = 0; // the keyframe that ended the sample (wall clock, ms since epoch)
    MotionCells cells;
};

struct MotionHit
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    int peakCells = 0; // most region cells with motion in one sample of the hit
};

class MotionIndex
{
public:
    explicit MotionIndex(QSqlDatabase db) : m_db(std::move(db)) {}

    // Buffered; written by flush(). Empty cells are stored too (they tell "no motion" from "no
    // data" on the timeline).
    void add(const QString &cameraId, qint64 timeMs, const MotionCells &cells);
    int pending() const { return int(m_pending.size()); }
    bool flush(QString *error = nullptr);

    // Samples of one camera in [fromMs, toMs), oldest first. Rows with a malformed blob are
    // skipped and named in `error` (the others are returned).
    QList<MotionSample> samples(const QString &cameraId, qint64 fromMs, qint64 toMs,
                                QString *error = nullptr) const;
    // Deletes the samples of one camera in [fromMs, toMs) (the footage there was deleted).
    bool deleteRange(const QString &cameraId, qint64 fromMs, qint64 toMs, QString *error = nullptr);

private:
    struct Pending
    {
        QString cameraId;
        qint64 timeMs;
        QByteArray cells;
    };
    QSqlDatabase m_db;
    QList<Pending> m_pending;
};

// Spans of `samples` (oldest first) where at least `minCells` cells of `region` had motion. A
// sample covers the time since the previous one (at most `maxSampleMs`); hits closer than
// `mergeGapMs` are merged into one.
QList<MotionHit> findMotion(const QList<MotionSample> &samples, const MotionCells &region,
                            int minCells = 1, qint64 mergeGapMs = 3000, qint64 maxSampleMs = 2000);

} // namespace vigil
