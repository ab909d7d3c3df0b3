#include "recording/segmentindex.h"

#include <QDateTime>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace vigil {

namespace {

const QString kSegmentColumns =
    QStringLiteral("id, camera_id, start_ms, end_ms, path, bytes, codec, trigger, state");

// Segment overlaps no lock of its camera.
const QString kNotLocked =
    QStringLiteral("NOT EXISTS (SELECT 1 FROM evidence_locks l WHERE l.camera_id = s.camera_id "
                   "AND l.start_ms < s.end_ms AND l.end_ms > s.start_ms)");

bool fail(const QSqlQuery &query, const QString &what, QString *error)
{
    if (error)
        *error = QStringLiteral("%1: %2").arg(what, query.lastError().text());
    return false;
}

// QtSql binds a null QString as SQL NULL; the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

bool run(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace

qint64 SegmentIndex::insertSegment(const SegmentRecord &segment, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO recording_segments (camera_id, start_ms, end_ms, "
                                 "path, bytes, codec, trigger, state) VALUES (?,?,?,?,?,?,?,?)"));
    const QString trigger = segment.trigger == SegmentTrigger::Event ? QStringLiteral("event")
                                                                     : QStringLiteral("continuous");
    if (!run(query, {segment.cameraId, segment.startMs, std::max(segment.endMs, segment.startMs),
                     text(segment.path), segment.bytes, text(segment.codec), trigger,
                     segment.open ? QStringLiteral("open") : QStringLiteral("closed")})) {
        fail(query, QStringLiteral("cannot index segment %1").arg(segment.path), error);
        return -1;
    }
    return query.lastInsertId().toLongLong();
}

bool SegmentIndex::updateSegment(qint64 id, qint64 endMs, qint64 bytes, bool open, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE recording_segments SET end_ms = MAX(start_ms, ?), "
                                 "bytes = ?, state = ? WHERE id = ?"));
    if (!run(query, {endMs, bytes, open ? QStringLiteral("open") : QStringLiteral("closed"), id}))
        return fail(query, QStringLiteral("cannot update segment %1").arg(id), error);
    return true;
}

bool SegmentIndex::deleteSegment(qint64 id, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM recording_segments WHERE id = ?"));
    if (!run(query, {id}))
        return fail(query, QStringLiteral("cannot delete segment %1").arg(id), error);
    return true;
}

QList<SegmentRecord> SegmentIndex::selectSegments(const QString &where,
                                                  const QVariantList &values) const
{
    QList<SegmentRecord> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM recording_segments s WHERE %2").arg(kSegmentColumns, where));
    if (!run(query, values)) {
        qWarning("recording index query failed: %s", qPrintable(query.lastError().text()));
        return result;
    }
    while (query.next()) {
        SegmentRecord segment;
        segment.id = query.value(0).toLongLong();
        segment.cameraId = query.value(1).toString();
        segment.startMs = query.value(2).toLongLong();
        segment.endMs = query.value(3).toLongLong();
        segment.path = query.value(4).toString();
        segment.bytes = query.value(5).toLongLong();
        segment.codec = query.value(6).toString();
        segment.trigger = query.value(7).toString() == QStringLiteral("event")
                              ? SegmentTrigger::Event
                              : SegmentTrigger::Continuous;
        segment.open = query.value(8).toString() == QStringLiteral("open");
        result.append(segment);
    }
    return result;
}

QList<SegmentRecord> SegmentIndex::segments(const QString &cameraId, qint64 fromMs,
                                            qint64 toMs) const
{
    return selectSegments(QStringLiteral("camera_id = ? AND start_ms < ? AND end_ms > ? "
                                         "ORDER BY start_ms, id"),
                          {cameraId, toMs, fromMs});
}

QList<SegmentRecord> SegmentIndex::openSegments() const
{
    return selectSegments(QStringLiteral("state = 'open' ORDER BY id"), {});
}

QList<QString> SegmentIndex::cameraIds() const
{
    QList<QString> ids;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral(
            "SELECT DISTINCT camera_id FROM recording_segments ORDER BY camera_id"))) {
        while (query.next())
            ids.append(query.value(0).toString());
    }
    return ids;
}

qint64 SegmentIndex::maxSegmentId() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM recording_segments")) &&
        query.next())
        return query.value(0).toLongLong();
    return 0;
}

bool SegmentIndex::recordGap(const GapRecord &gap, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO recording_gaps (camera_id, start_ms, end_ms, reason) VALUES (?,?,?,?)"));
    if (!run(query,
             {gap.cameraId, gap.startMs, std::max(gap.startMs, gap.endMs), text(gap.reason)}))
        return fail(query, QStringLiteral("cannot record gap of %1").arg(gap.cameraId), error);
    return true;
}

QList<GapRecord> SegmentIndex::gaps(const QString &cameraId, qint64 fromMs, qint64 toMs,
                                    qint64 toleranceMs) const
{
    QList<GapRecord> uncovered;
    qint64 cursor = fromMs;
    auto addGap = [&](qint64 start, qint64 end) {
        if (end - start > toleranceMs)
            uncovered.append(GapRecord{cameraId, start, end, QStringLiteral("no_recording")});
    };
    for (const SegmentRecord &segment : segments(cameraId, fromMs, toMs)) {
        if (segment.startMs > cursor)
            addGap(cursor, segment.startMs);
        cursor = std::max(cursor, segment.endMs);
    }
    if (toMs > cursor)
        addGap(cursor, toMs);
    if (uncovered.isEmpty())
        return uncovered;

    // Name each gap after the recorded cause that overlaps it most.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT start_ms, end_ms, reason FROM recording_gaps "
                                 "WHERE camera_id = ? AND start_ms < ? AND end_ms > ?"));
    if (!run(query, {cameraId, toMs, fromMs}))
        return uncovered;
    struct Known
    {
        qint64 start, end;
        QString reason;
    };
    QList<Known> known;
    while (query.next())
        known.append(
            {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString()});
    for (GapRecord &gap : uncovered) {
        qint64 best = 0;
        for (const Known &k : std::as_const(known)) {
            const qint64 overlap = std::min(gap.endMs, k.end) - std::max(gap.startMs, k.start);
            if (overlap > best) {
                best = overlap;
                gap.reason = k.reason;
            }
        }
    }
    return uncovered;
}

QList<SegmentRecord> SegmentIndex::expiredSegments(const QString &cameraId, qint64 cutoffMs,
                                                   int limit) const
{
    return selectSegments(QStringLiteral("camera_id = ? AND state = 'closed' AND end_ms < ? "
                                         "AND %1 ORDER BY start_ms LIMIT ?")
                              .arg(kNotLocked),
                          {cameraId, cutoffMs, limit});
}

QList<SegmentRecord> SegmentIndex::oldestDeletable(const QString &storageDir, int limit) const
{
    QString prefix = QDir::cleanPath(storageDir);
    if (!prefix.endsWith(QLatin1Char('/')))
        prefix += QLatin1Char('/');
    // substr instead of LIKE: folder names may contain % or _.
    return selectSegments(QStringLiteral("state = 'closed' AND substr(path, 1, ?) = ? AND %1 "
                                         "ORDER BY start_ms LIMIT ?")
                              .arg(kNotLocked),
                          {prefix.size(), prefix, limit});
}

qint64 SegmentIndex::addLock(const EvidenceLock &lock, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO evidence_locks (camera_id, start_ms, end_ms, source, "
                                 "reason, created_at) VALUES (?,?,?,?,?,?)"));
    if (!run(query,
             {lock.cameraId, lock.startMs, std::max(lock.startMs, lock.endMs), text(lock.source),
              text(lock.reason), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)})) {
        fail(query, QStringLiteral("cannot lock evidence of %1").arg(lock.cameraId), error);
        return -1;
    }
    return query.lastInsertId().toLongLong();
}

QList<EvidenceLock> SegmentIndex::locks(const QString &cameraId, qint64 fromMs, qint64 toMs) const
{
    QList<EvidenceLock> result;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, start_ms, end_ms, source, reason FROM evidence_locks "
                                 "WHERE camera_id = ? AND start_ms < ? AND end_ms > ? "
                                 "ORDER BY start_ms"));
    if (!run(query, {cameraId, toMs, fromMs}))
        return result;
    while (query.next())
        result.append(EvidenceLock{query.value(0).toLongLong(), cameraId,
                                   query.value(1).toLongLong(), query.value(2).toLongLong(),
                                   query.value(3).toString(), query.value(4).toString()});
    return result;
}

bool SegmentIndex::isLocked(const QString &cameraId, qint64 fromMs, qint64 toMs) const
{
    return !locks(cameraId, fromMs, toMs).isEmpty();
}

bool SegmentIndex::saveSettings(const CameraRecordingConfig &config, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO recording_settings (camera_id, mode, retention_days, pre_event_seconds, "
        "post_event_seconds, storage_dir) VALUES (?,?,?,?,?,?) ON CONFLICT(camera_id) DO UPDATE "
        "SET mode = excluded.mode, retention_days = excluded.retention_days, "
        "pre_event_seconds = excluded.pre_event_seconds, "
        "post_event_seconds = excluded.post_event_seconds, storage_dir = excluded.storage_dir"));
    if (!run(query, {config.cameraId, recordingModeKey(config.mode), config.retentionDays,
                     config.preEventSeconds, config.postEventSeconds, text(config.storageDir)}))
        return fail(query,
                    QStringLiteral("cannot save recording settings of %1").arg(config.cameraId),
                    error);
    return true;
}

std::optional<CameraRecordingConfig> SegmentIndex::loadSettings(const QString &cameraId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT mode, retention_days, pre_event_seconds, "
                                 "post_event_seconds, storage_dir FROM recording_settings "
                                 "WHERE camera_id = ?"));
    if (!run(query, {cameraId}) || !query.next())
        return std::nullopt;
    CameraRecordingConfig config;
    config.cameraId = cameraId;
    config.mode = recordingModeFromKey(query.value(0).toString());
    config.retentionDays = query.value(1).toInt();
    config.preEventSeconds = query.value(2).toInt();
    config.postEventSeconds = query.value(3).toInt();
    config.storageDir = query.value(4).toString();
    return config;
}

} // namespace vigil
