#include "recording/recordingsearch.h"

#include "recording/segmentindex.h"
#include "recording/segmentreader.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vigil {

namespace {

// The events table stores UTC ISO 8601 with milliseconds (the alert store's format), so string
// order is time order.
QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

MotionSearchResult searchMotion(QSqlDatabase db, const MotionSearchQuery &query)
{
    MotionSearchResult result;
    const MotionCells region = MotionCells::fromRegion(query.region);
    if (region.isEmpty()) {
        result.error = QStringLiteral("the search region is empty");
        return result;
    }
    const QList<MotionSample> samples =
        MotionIndex(db).samples(query.cameraId, query.fromMs, query.toMs, &result.error);
    result.samples = int(samples.size());
    result.hits = findMotion(samples, region, query.minCells);
    if (result.hits.size() > query.maxHits) {
        result.hits.resize(query.maxHits);
        result.truncated = true;
    }
    return result;
}

QList<EventHit> searchEvents(QSqlDatabase db, const EventSearchQuery &query, QString *error)
{
    QList<EventHit> hits;
    QString sql =
        QStringLiteral("SELECT id, time, type, COALESCE(camera_id, ''), summary, snapshot "
                       "FROM events WHERE time >= ? AND time < ?");
    QVariantList values{isoTime(query.fromMs), isoTime(query.toMs)};
    if (!query.type.isEmpty()) {
        sql += QStringLiteral(" AND type = ?");
        values << query.type;
    }
    if (!query.cameraId.isEmpty()) {
        sql += QStringLiteral(" AND camera_id = ?");
        values << query.cameraId;
    }
    sql += QStringLiteral(" ORDER BY time DESC LIMIT ?");
    values << query.limit;
    QSqlQuery select(db);
    select.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        select.addBindValue(value);
    if (!select.exec()) {
        if (error)
            *error = QStringLiteral("event search: %1").arg(select.lastError().text());
        return hits;
    }
    while (select.next()) {
        EventHit hit;
        hit.eventId = select.value(0).toLongLong();
        const QDateTime time = QDateTime::fromString(select.value(1).toString(), Qt::ISODateWithMs);
        if (!time.isValid())
            continue; // not a time this store writes
        hit.timeMs = time.toMSecsSinceEpoch();
        hit.type = select.value(2).toString();
        hit.cameraId = select.value(3).toString();
        hit.summary = select.value(4).toString();
        hit.snapshotPath = select.value(5).toString();
        hits << hit;
    }
    return hits;
}

QStringList eventTypes(QSqlDatabase db)
{
    QStringList types;
    QSqlQuery select(db);
    if (select.exec(
            QStringLiteral("SELECT DISTINCT type FROM events WHERE type <> '' ORDER BY type"))) {
        while (select.next())
            types << select.value(0).toString();
    }
    return types;
}

QImage recordedFrameAt(const SegmentIndex &index, const QString &cameraId, qint64 timeMs,
                       QSize maxSize, QString *error)
{
    const QList<SegmentRecord> segments = index.segments(cameraId, timeMs, timeMs + 1);
    if (segments.isEmpty()) {
        if (error)
            *error = QStringLiteral("nothing recorded of %1 at %2")
                         .arg(cameraId, QDateTime::fromMSecsSinceEpoch(timeMs).toString(
                                            QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        return {};
    }
    const SegmentRecord &segment = segments.constFirst();
    SegmentReader reader;
    QString readError;
    if (!reader.open(segment.path, &readError)) {
        if (error)
            *error = readError;
        return {};
    }
    qint64 frameOffset = 0;
    QImage image = reader.imageAt(qMax<qint64>(0, timeMs - segment.startMs), maxSize, &frameOffset,
                                  &readError);
    if (image.isNull() && error)
        *error = readError;
    return image;
}

QImage eventThumbnail(const SegmentIndex &index, const EventHit &event, QSize maxSize,
                      QString *error)
{
    if (!event.snapshotPath.isEmpty() && QFileInfo::exists(event.snapshotPath)) {
        QImageReader reader(event.snapshotPath);
        QImage image = reader.read();
        if (!image.isNull())
            return image.scaled(maxSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return recordedFrameAt(index, event.cameraId, event.timeMs, maxSize, error);
}

} // namespace vigil
