// SqlitePassageStore: retention (pruneBatch) and the passages alerts keep as evidence. Kept
// apart from the search code in sqlitepassagestore.cpp.
#include "plates/platepattern.h"
#include "plates/sqlitepassagestore.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace vigil {

namespace {

bool failed(const QSqlQuery &query, const char *what, QString *error)
{
    if (error)
        *error = QStringLiteral("passage store: %1: %2")
                     .arg(QLatin1String(what), query.lastError().text());
    return false;
}

QString joinIds(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

// " AND p.id NOT IN (…)" for the evidence passages (a few; ids are integers from the store).
QString keepSql(const QSet<qint64> &keep)
{
    if (keep.isEmpty())
        return {};
    return QStringLiteral(" AND p.id NOT IN (%1)")
        .arg(joinIds(QList<qint64>(keep.begin(), keep.end())));
}

void addFile(const QString &path, QStringList *files)
{
    if (!path.isEmpty())
        files->append(path);
}

} // namespace

std::optional<PassagePruneBatch> SqlitePassageStore::pruneBatch(const PassagePruneRequest &request,
                                                                QString *error)
{
    QSqlDatabase db = m_db->connection();
    if (!db.transaction()) {
        if (error)
            *error = QStringLiteral("passage store: begin: %1").arg(db.lastError().text());
        return std::nullopt;
    }
    PassagePruneBatch batch;
    if (!pruneOldPassages(request, &batch, error) || !pruneOldImages(request, &batch, error)) {
        db.rollback();
        m_plateCache.clear(); // deleted plates may still be named there
        return std::nullopt;
    }
    if (!db.commit()) {
        if (error)
            *error = QStringLiteral("passage store: commit: %1").arg(db.lastError().text());
        db.rollback();
        m_plateCache.clear();
        return std::nullopt;
    }
    return batch;
}

bool SqlitePassageStore::pruneOldPassages(const PassagePruneRequest &request,
                                          PassagePruneBatch *batch, QString *error)
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery select(db);
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT p.id, p.plate_id, p.crop_path, p.snapshot_path "
                                  "FROM passages p INDEXED BY passages_time WHERE p.time_ms < ?") +
                   keepSql(request.keep) + QStringLiteral(" ORDER BY p.time_ms LIMIT ?"));
    select.addBindValue(request.passagesBeforeMs);
    select.addBindValue(std::max(1, request.batchSize));
    if (!select.exec())
        return failed(select, "retention: old passages", error);
    QList<qint64> ids;
    QList<qint64> plateIds;
    QStringList files;
    while (select.next()) {
        ids.append(select.value(0).toLongLong());
        if (!plateIds.contains(select.value(1).toLongLong()))
            plateIds.append(select.value(1).toLongLong());
        addFile(select.value(2).toString(), &files);
        addFile(select.value(3).toString(), &files);
    }
    select.finish();
    if (ids.isEmpty())
        return true;
    QSqlQuery remove(db);
    if (!remove.exec(QStringLiteral("DELETE FROM passages WHERE id IN (%1)").arg(joinIds(ids))))
        return failed(remove, "retention: delete passages", error);

    // Plates no passage names any more leave the plate table and the wildcard index. The FTS5
    // table is contentless: a row is deleted by giving it back the tokens it was indexed with.
    QSqlQuery orphan(db);
    orphan.prepare(QStringLiteral("SELECT plate FROM plates WHERE id = ? AND NOT EXISTS "
                                  "(SELECT 1 FROM passages WHERE plate_id = ?)"));
    QSqlQuery unindex(db);
    unindex.prepare(QStringLiteral(
        "INSERT INTO plate_grams (plate_grams, rowid, grams) VALUES ('delete', ?, ?)"));
    QSqlQuery dropPlate(db);
    dropPlate.prepare(QStringLiteral("DELETE FROM plates WHERE id = ?"));
    for (const qint64 plateId : std::as_const(plateIds)) {
        orphan.addBindValue(plateId);
        orphan.addBindValue(plateId);
        if (!orphan.exec())
            return failed(orphan, "retention: unused plates", error);
        const bool unused = orphan.next();
        const QString plate = unused ? orphan.value(0).toString() : QString();
        orphan.finish();
        if (!unused)
            continue;
        unindex.addBindValue(plateId);
        unindex.addBindValue(plateIndexTokens(plate).join(QLatin1Char(' ')));
        if (!unindex.exec())
            return failed(unindex, "retention: plate index", error);
        dropPlate.addBindValue(plateId);
        if (!dropPlate.exec())
            return failed(dropPlate, "retention: delete plate", error);
        m_plateCache.remove(plate);
        ++batch->platesDeleted;
    }
    batch->passagesDeleted += int(ids.size());
    batch->imageFiles += files;
    batch->more = batch->more || ids.size() >= std::max(1, request.batchSize);
    return true;
}

bool SqlitePassageStore::pruneOldImages(const PassagePruneRequest &request,
                                        PassagePruneBatch *batch, QString *error)
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery select(db);
    select.setForwardOnly(true);
    // The WHERE repeats the partial index's condition word for word: SQLite uses a partial
    // index only when the query implies it.
    select.prepare(QStringLiteral("SELECT p.id, p.crop_path, p.snapshot_path FROM passages p "
                                  "INDEXED BY passages_with_images "
                                  "WHERE (crop_path != '' OR snapshot_path != '') "
                                  "AND p.time_ms < ?") +
                   keepSql(request.keep) + QStringLiteral(" ORDER BY p.time_ms LIMIT ?"));
    select.addBindValue(request.imagesBeforeMs);
    select.addBindValue(std::max(1, request.batchSize));
    if (!select.exec())
        return failed(select, "retention: old images", error);
    QList<qint64> ids;
    QStringList files;
    while (select.next()) {
        ids.append(select.value(0).toLongLong());
        addFile(select.value(1).toString(), &files);
        addFile(select.value(2).toString(), &files);
    }
    select.finish();
    if (ids.isEmpty())
        return true;
    QSqlQuery clear(db);
    if (!clear.exec(QStringLiteral("UPDATE passages SET crop_path = '', snapshot_path = '' "
                                   "WHERE id IN (%1)")
                        .arg(joinIds(ids))))
        return failed(clear, "retention: clear image paths", error);
    batch->imagesCleared += int(ids.size());
    batch->imageFiles += files;
    batch->more = batch->more || ids.size() >= std::max(1, request.batchSize);
    return true;
}

std::optional<QSet<qint64>> SqlitePassageStore::evidencePassageIds(QString *error)
{
    QSqlQuery select(m_db->connection());
    select.setForwardOnly(true);
    // Alert clips are evidence locks with reason "alert:<id>" (recording/alertclip.h).
    if (!select.exec(
            QStringLiteral("SELECT a.details FROM alerts a WHERE a.type = 'hotlist_hit' AND "
                           "(a.state != 'resolved' OR EXISTS (SELECT 1 FROM evidence_locks l "
                           "WHERE l.reason = 'alert:' || a.id))"))) {
        failed(select, "evidence passages", error);
        return std::nullopt;
    }
    QSet<qint64> ids;
    const auto add = [&ids](const QJsonValue &value) {
        const qint64 id = qint64(value.toDouble(0));
        if (id > 0)
            ids.insert(id);
    };
    while (select.next()) {
        const QJsonObject details =
            QJsonDocument::fromJson(select.value(0).toString().toUtf8()).object();
        add(details.value(QStringLiteral("passageId")));
        for (const QJsonValue &stop : details.value(QStringLiteral("track")).toArray())
            add(stop.toObject().value(QStringLiteral("passageId")));
    }
    return ids;
}

std::optional<QStringList> SqlitePassageStore::imagePaths(qint64 fromMs, qint64 toMs,
                                                          QString *error)
{
    QSqlQuery select(m_db->connection());
    select.setForwardOnly(true);
    // The partial index's condition word for word, as in pruneOldImages.
    select.prepare(QStringLiteral("SELECT crop_path, snapshot_path FROM passages "
                                  "INDEXED BY passages_with_images "
                                  "WHERE (crop_path != '' OR snapshot_path != '') "
                                  "AND time_ms >= ? AND time_ms < ?"));
    select.addBindValue(fromMs);
    select.addBindValue(toMs);
    if (!select.exec()) {
        failed(select, "retention: image paths", error);
        return std::nullopt;
    }
    QStringList paths;
    while (select.next()) {
        addFile(select.value(0).toString(), &paths);
        addFile(select.value(1).toString(), &paths);
    }
    return paths;
}

} // namespace vigil
