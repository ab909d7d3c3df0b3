#include "recording/motionindex.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vigil {

void MotionIndex::add(const QString &cameraId, qint64 timeMs, const MotionCells &cells)
{
    m_pending.append(Pending{cameraId, timeMs, cells.toBlob()});
}

bool MotionIndex::flush(QString *error)
{
    if (m_pending.isEmpty())
        return true;
    const auto fail = [&](const QString &what, const QSqlError &sqlError) {
        if (error)
            *error = QStringLiteral("motion index: %1: %2").arg(what, sqlError.text());
        return false;
    };
    if (!m_db.transaction())
        return fail(QStringLiteral("cannot begin a transaction"), m_db.lastError());
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO motion_index (camera_id, time_ms, cells) VALUES (?, ?, ?)"));
    for (const Pending &row : std::as_const(m_pending)) {
        query.addBindValue(row.cameraId);
        query.addBindValue(row.timeMs);
        query.addBindValue(row.cells);
        if (!query.exec()) {
            const QSqlError sqlError = query.lastError();
            m_db.rollback();
            // The rows stay pending: the next flush tries again (a locked store is transient).
            return fail(QStringLiteral("cannot store the sample of %1 at %2")
                            .arg(row.cameraId)
                            .arg(row.timeMs),
                        sqlError);
        }
    }
    if (!m_db.commit()) {
        const QSqlError sqlError = m_db.lastError();
        m_db.rollback();
        return fail(QStringLiteral("cannot commit %1 samples").arg(m_pending.size()), sqlError);
    }
    m_pending.clear();
    return true;
}

QList<MotionSample> MotionIndex::samples(const QString &cameraId, qint64 fromMs, qint64 toMs,
                                         QString *error) const
{
    QList<MotionSample> result;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT time_ms, cells FROM motion_index WHERE camera_id = ? "
                                 "AND time_ms >= ? AND time_ms < ? ORDER BY time_ms"));
    query.addBindValue(cameraId);
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    if (!query.exec()) {
        if (error)
            *error = QStringLiteral("motion index: cannot read %1: %2")
                         .arg(cameraId, query.lastError().text());
        return result;
    }
    int malformed = 0;
    qint64 firstMalformedMs = 0;
    while (query.next()) {
        const qint64 timeMs = query.value(0).toLongLong();
        const std::optional<MotionCells> cells =
            MotionCells::fromBlob(query.value(1).toByteArray());
        if (!cells) {
            if (malformed++ == 0)
                firstMalformedMs = timeMs;
            continue;
        }
        result.append(MotionSample{timeMs, *cells});
    }
    if (malformed > 0 && error)
        *error = QStringLiteral("motion index: %1 malformed rows of %2 skipped (first at %3 ms)")
                     .arg(malformed)
                     .arg(cameraId)
                     .arg(firstMalformedMs);
    return result;
}

bool MotionIndex::deleteRange(const QString &cameraId, qint64 fromMs, qint64 toMs, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "DELETE FROM motion_index WHERE camera_id = ? AND time_ms >= ? AND time_ms < ?"));
    query.addBindValue(cameraId);
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    if (!query.exec()) {
        if (error)
            *error = QStringLiteral("motion index: cannot delete %1 [%2, %3): %4")
                         .arg(cameraId)
                         .arg(fromMs)
                         .arg(toMs)
                         .arg(query.lastError().text());
        return false;
    }
    return true;
}

QList<MotionHit> findMotion(const QList<MotionSample> &samples, const MotionCells &region,
                            int minCells, qint64 mergeGapMs, qint64 maxSampleMs)
{
    QList<MotionHit> hits;
    qint64 previousMs = -1;
    for (const MotionSample &sample : samples) {
        const qint64 startMs = previousMs >= 0 && sample.timeMs - previousMs <= maxSampleMs
                                   ? previousMs
                                   : sample.timeMs - 1000;
        previousMs = sample.timeMs;
        const int overlap = sample.cells.overlapCount(region);
        if (overlap < qMax(1, minCells))
            continue;
        if (!hits.isEmpty() && startMs - hits.last().endMs <= mergeGapMs) {
            hits.last().endMs = qMax(hits.last().endMs, sample.timeMs);
            hits.last().peakCells = qMax(hits.last().peakCells, overlap);
        } else {
            hits.append(MotionHit{startMs, sample.timeMs, overlap});
        }
    }
    return hits;
}

} // namespace vigil
