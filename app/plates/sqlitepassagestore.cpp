#include "plates/sqlitepassagestore.h"

#include "plates/platepattern.h"
#include "recording/auditlog.h"
#include "store/database.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace vigil {

namespace {

constexpr int kPlateCacheLimit = 100000;

const QString kPassageColumns = QStringLiteral(
    "p.id, pl.plate, p.plate_display, p.kind, p.flag, p.valid, p.confidence, p.time_ms, "
    "p.checkpoint_id, p.camera_id, p.lane, p.direction, p.crop_path, p.snapshot_path, p.source");

QVariant text(const QString &value)
{
    return QVariant(value.isNull() ? QStringLiteral("") : value);
}

bool fail(const QSqlQuery &query, const char *what, QString *error)
{
    if (error)
        *error = QStringLiteral("passage store: %1: %2")
                     .arg(QLatin1String(what), query.lastError().text());
    return false;
}

PassageRecord recordFrom(const QSqlQuery &q)
{
    PassageRecord r;
    r.id = q.value(0).toLongLong();
    r.plate = q.value(1).toString();
    r.plateDisplay = q.value(2).toString();
    r.kind = q.value(3).toString();
    r.flag = q.value(4).toString();
    r.valid = q.value(5).toInt() != 0;
    r.confidence = q.value(6).toDouble();
    r.time = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    r.checkpointId = q.value(8).toString();
    r.cameraId = q.value(9).toString();
    r.lane = q.value(10).toString();
    r.direction = q.value(11).toString();
    r.cropPath = q.value(12).toString();
    r.snapshotPath = q.value(13).toString();
    r.source = q.value(14).toString();
    return r;
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

// " AND ..." for the query's time range and checkpoints; binds appended in order.
QString filterSql(const PassageQuery &query, QList<QVariant> *binds)
{
    QString sql;
    if (query.from.isValid()) {
        sql += QStringLiteral(" AND p.time_ms >= ?");
        binds->append(query.from.toMSecsSinceEpoch());
    }
    if (query.to.isValid()) {
        sql += QStringLiteral(" AND p.time_ms <= ?");
        binds->append(query.to.toMSecsSinceEpoch());
    }
    if (!query.checkpointIds.isEmpty()) {
        QStringList marks;
        for (const QString &id : query.checkpointIds) {
            marks.append(QStringLiteral("?"));
            binds->append(id);
        }
        sql += QStringLiteral(" AND p.checkpoint_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    return sql;
}

} // namespace

std::unique_ptr<SqlitePassageStore> SqlitePassageStore::open(const QString &dbPath, QString *error)
{
    auto database = Database::open(dbPath, error);
    if (!database)
        return nullptr;
    QSqlQuery pragma(database->connection());
    // Ingest touches three indexes of a table that may hold millions of rows: a larger page
    // cache keeps their upper levels in memory (64 MiB; the default is 2 MiB).
    pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    return std::unique_ptr<SqlitePassageStore>(new SqlitePassageStore(std::move(database)));
}

PassageStoreFactory SqlitePassageStore::factory(const QString &dbPath)
{
    return [dbPath](QString *error) -> std::unique_ptr<PassageStore> {
        return SqlitePassageStore::open(dbPath, error);
    };
}

SqlitePassageStore::SqlitePassageStore(std::unique_ptr<Database> db) : m_db(std::move(db)) {}

SqlitePassageStore::~SqlitePassageStore() = default;

std::optional<qint64> SqlitePassageStore::plateId(const QString &plate, bool create, QString *error)
{
    if (const auto cached = m_plateCache.constFind(plate); create && cached != m_plateCache.cend())
        return *cached;
    QSqlDatabase db = m_db->connection();
    QSqlQuery select(db);
    select.prepare(QStringLiteral("SELECT id FROM plates WHERE plate = ?"));
    select.addBindValue(plate);
    if (!select.exec()) {
        fail(select, "plate lookup", error);
        return std::nullopt;
    }
    qint64 id = 0;
    if (select.next()) {
        id = select.value(0).toLongLong();
    } else {
        if (!create)
            return qint64(0);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO plates (plate) VALUES (?)"));
        insert.addBindValue(plate);
        if (!insert.exec()) {
            fail(insert, "new plate", error);
            return std::nullopt;
        }
        id = insert.lastInsertId().toLongLong();
        QSqlQuery grams(db);
        grams.prepare(QStringLiteral("INSERT INTO plate_grams (rowid, grams) VALUES (?, ?)"));
        grams.addBindValue(id);
        grams.addBindValue(plateIndexTokens(plate).join(QLatin1Char(' ')));
        if (!grams.exec()) {
            fail(grams, "plate index", error);
            return std::nullopt;
        }
    }
    if (!create)
        return id; // a search: not cached (see m_plateCache)
    if (m_plateCache.size() >= kPlateCacheLimit)
        m_plateCache.clear();
    m_plateCache.insert(plate, id);
    return id;
}

bool SqlitePassageStore::addPassages(QList<PassageRecord> &records, QString *error)
{
    QSqlDatabase db = m_db->connection();
    if (!db.transaction()) {
        if (error)
            *error = QStringLiteral("passage store: begin: %1").arg(db.lastError().text());
        return false;
    }
    // A rolled-back transaction may have created plates the cache now names: forget them.
    const auto rollback = [&] {
        db.rollback();
        m_plateCache.clear();
        return false;
    };
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO passages (plate_id, plate_display, kind, flag, valid, confidence, time_ms, "
        "checkpoint_id, camera_id, lane, direction, crop_path, snapshot_path, source) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (PassageRecord &r : records) {
        const auto id = plateId(r.plate, true, error);
        if (!id)
            return rollback();
        insert.addBindValue(*id);
        insert.addBindValue(text(r.plateDisplay.isEmpty() ? r.plate : r.plateDisplay));
        insert.addBindValue(text(r.kind));
        insert.addBindValue(text(r.flag));
        insert.addBindValue(r.valid ? 1 : 0);
        insert.addBindValue(r.confidence);
        insert.addBindValue(r.time.toMSecsSinceEpoch());
        insert.addBindValue(text(r.checkpointId));
        insert.addBindValue(text(r.cameraId));
        insert.addBindValue(text(r.lane));
        insert.addBindValue(text(r.direction));
        insert.addBindValue(text(r.cropPath));
        insert.addBindValue(text(r.snapshotPath));
        insert.addBindValue(text(r.source));
        if (!insert.exec()) {
            fail(insert, "insert passage", error);
            return rollback();
        }
        r.id = insert.lastInsertId().toLongLong();
    }
    if (!db.commit()) {
        if (error)
            *error = QStringLiteral("passage store: commit: %1").arg(db.lastError().text());
        return rollback();
    }
    return true;
}

std::optional<QList<qint64>> SqlitePassageStore::matchingPlateIds(const QString &pattern,
                                                                  QString *error)
{
    const QStringList tokens = patternIndexTokens(pattern);
    if (tokens.isEmpty())
        return std::nullopt;
    QSqlDatabase db = m_db->connection();
    QSqlQuery candidates(db);
    candidates.prepare(
        QStringLiteral("SELECT rowid FROM plate_grams WHERE plate_grams MATCH ? LIMIT ?"));
    candidates.addBindValue(tokens.join(QLatin1Char(' ')));
    candidates.addBindValue(kMaxCandidatePlates + 1);
    if (!candidates.exec()) {
        fail(candidates, "plate index search", error);
        return QList<qint64>();
    }
    QList<qint64> ids;
    while (candidates.next())
        ids.append(candidates.value(0).toLongLong());
    if (ids.size() > kMaxCandidatePlates)
        return std::nullopt;
    if (ids.isEmpty())
        return ids;
    QSqlQuery plates(db);
    if (!plates.exec(
            QStringLiteral("SELECT id, plate FROM plates WHERE id IN (%1)").arg(idList(ids)))) {
        fail(plates, "candidate plates", error);
        return QList<qint64>();
    }
    QList<qint64> matched;
    while (plates.next())
        if (plateMatches(plates.value(1).toString(), pattern))
            matched.append(plates.value(0).toLongLong());
    return matched;
}

std::optional<PassagePage> SqlitePassageStore::runPage(const QString &sql,
                                                       const QList<QVariant> &binds,
                                                       const PassageQuery &query, QString strategy,
                                                       QString *error)
{
    QSqlQuery select(m_db->connection());
    select.setForwardOnly(true);
    select.prepare(sql +
                   QStringLiteral(" ORDER BY p.time_ms %1, p.id %1 LIMIT ? OFFSET ?")
                       .arg(query.oldestFirst ? QStringLiteral("ASC") : QStringLiteral("DESC")));
    for (const QVariant &bind : binds)
        select.addBindValue(bind);
    const int limit = std::max(1, query.limit);
    select.addBindValue(limit + 1); // one more row tells whether a next page exists
    select.addBindValue(std::max(0, query.offset));
    if (!select.exec()) {
        fail(select, "search", error);
        return std::nullopt;
    }
    PassagePage page;
    page.strategy = std::move(strategy);
    while (select.next())
        page.rows.append(recordFrom(select));
    if (page.rows.size() > limit) {
        page.hasMore = true;
        page.rows.resize(limit);
    }
    return page;
}

std::optional<PassagePage> SqlitePassageStore::search(const PassageQuery &query, QString *error)
{
    const QString plate = normalizePlate(query.plate);
    QList<QVariant> binds;
    const QString select = QStringLiteral("SELECT %1 FROM passages p %2 "
                                          "JOIN plates pl ON pl.id = p.plate_id WHERE 1");
    if (plate.isEmpty()) {
        const QString filters = filterSql(query, &binds);
        return runPage(select.arg(kPassageColumns, QString()) + filters, binds, query,
                       QStringLiteral("time"), error);
    }
    if (!hasWildcard(plate)) {
        const auto id = plateId(plate, false, error);
        if (!id)
            return std::nullopt;
        if (*id == 0)
            return PassagePage{{}, false, QStringLiteral("exact")};
        binds.append(*id);
        const QString filters = filterSql(query, &binds);
        return runPage(
            select.arg(kPassageColumns, QStringLiteral("INDEXED BY passages_plate_time")) +
                QStringLiteral(" AND p.plate_id = ?") + filters,
            binds, query, QStringLiteral("exact"), error);
    }
    QString indexError;
    const auto ids = matchingPlateIds(plate, &indexError);
    if (!indexError.isEmpty()) {
        if (error)
            *error = indexError;
        return std::nullopt;
    }
    if (ids) {
        if (ids->isEmpty())
            return PassagePage{{}, false, QStringLiteral("index")};
        const QString filters = filterSql(query, &binds);
        return runPage(
            select.arg(kPassageColumns, QStringLiteral("INDEXED BY passages_plate_time")) +
                QStringLiteral(" AND p.plate_id IN (%1)").arg(idList(*ids)) + filters,
            binds, query, QStringLiteral("index"), error);
    }
    binds.append(plate);
    const QString filters = filterSql(query, &binds);
    return runPage(select.arg(kPassageColumns, QStringLiteral("INDEXED BY passages_time")) +
                       QStringLiteral(" AND pl.plate GLOB ?") + filters,
                   binds, query, QStringLiteral("scan"), error);
}

std::optional<QList<PassageRecord>> SqlitePassageStore::track(const QString &plate,
                                                              const QDateTime &from,
                                                              const QDateTime &to, int limit,
                                                              QString *error)
{
    PassageQuery query;
    query.plate = normalizePlate(plate);
    if (hasWildcard(query.plate)) {
        if (error)
            *error = QStringLiteral("a track needs one plate, not a pattern");
        return std::nullopt;
    }
    query.from = from;
    query.to = to;
    query.limit = limit;
    query.oldestFirst = true;
    const auto page = search(query, error);
    if (!page)
        return std::nullopt;
    return page->rows;
}

std::optional<QList<HotlistEntry>> SqlitePassageStore::hotlist(QString *error)
{
    QSqlQuery select(m_db->connection());
    if (!select.exec(QStringLiteral("SELECT id, pattern, reason, priority, valid_until_ms, "
                                    "added_by, added_at_ms FROM hotlist ORDER BY id"))) {
        fail(select, "hotlist", error);
        return std::nullopt;
    }
    QList<HotlistEntry> entries;
    while (select.next()) {
        HotlistEntry e;
        e.id = select.value(0).toLongLong();
        e.pattern = select.value(1).toString();
        e.reason = select.value(2).toString();
        e.priority = select.value(3).toInt();
        if (!select.value(4).isNull())
            e.validUntil = QDateTime::fromMSecsSinceEpoch(select.value(4).toLongLong(), Qt::UTC);
        e.addedBy = select.value(5).toString();
        e.addedAt = QDateTime::fromMSecsSinceEpoch(select.value(6).toLongLong(), Qt::UTC);
        entries.append(e);
    }
    return entries;
}

std::optional<qint64> SqlitePassageStore::saveHotlistEntry(const HotlistEntry &entry,
                                                           const QString &operatorLogin,
                                                           QString *error)
{
    QSqlDatabase db = m_db->connection();
    if (!db.transaction()) {
        if (error)
            *error = QStringLiteral("passage store: begin: %1").arg(db.lastError().text());
        return std::nullopt;
    }
    QSqlQuery write(db);
    const bool insert = entry.id == 0;
    if (insert)
        write.prepare(QStringLiteral(
            "INSERT INTO hotlist (pattern, reason, priority, valid_until_ms, added_by, "
            "added_at_ms) VALUES (?,?,?,?,?,?)"));
    else
        write.prepare(QStringLiteral("UPDATE hotlist SET pattern = ?, reason = ?, priority = ?, "
                                     "valid_until_ms = ?, added_by = ?, added_at_ms = ? "
                                     "WHERE id = ?"));
    write.addBindValue(entry.pattern);
    write.addBindValue(text(entry.reason));
    write.addBindValue(entry.priority);
    write.addBindValue(entry.validUntil.isValid() ? QVariant(entry.validUntil.toMSecsSinceEpoch())
                                                  : QVariant(QMetaType(QMetaType::LongLong)));
    write.addBindValue(text(entry.addedBy));
    write.addBindValue(entry.addedAt.toMSecsSinceEpoch());
    if (!insert)
        write.addBindValue(entry.id);
    if (!write.exec()) {
        fail(write, "save hotlist entry", error);
        db.rollback();
        return std::nullopt;
    }
    if (!insert && write.numRowsAffected() == 0) {
        if (error)
            *error = QStringLiteral("hotlist entry %1 does not exist").arg(entry.id);
        db.rollback();
        return std::nullopt;
    }
    const qint64 id = insert ? write.lastInsertId().toLongLong() : entry.id;
    const QJsonObject details{
        {QStringLiteral("pattern"), entry.pattern},
        {QStringLiteral("reason"), entry.reason},
        {QStringLiteral("priority"), QStringLiteral("P%1").arg(entry.priority)},
        {QStringLiteral("validUntil"),
         entry.validUntil.isValid() ? entry.validUntil.toUTC().toString(Qt::ISODate) : QString()}};
    if (!appendAuditEntry(db, operatorLogin,
                          insert ? QStringLiteral("hotlist_add") : QStringLiteral("hotlist_edit"),
                          QStringLiteral("hotlist:%1").arg(id), details, error)) {
        db.rollback();
        return std::nullopt;
    }
    if (!db.commit()) {
        if (error)
            *error = QStringLiteral("passage store: commit: %1").arg(db.lastError().text());
        db.rollback();
        return std::nullopt;
    }
    return id;
}

bool SqlitePassageStore::removeHotlistEntry(qint64 id, const QString &operatorLogin, QString *error)
{
    QSqlDatabase db = m_db->connection();
    if (!db.transaction()) {
        if (error)
            *error = QStringLiteral("passage store: begin: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery select(db);
    select.prepare(QStringLiteral("SELECT pattern, reason FROM hotlist WHERE id = ?"));
    select.addBindValue(id);
    if (!select.exec() || !select.next()) {
        if (error)
            *error = QStringLiteral("hotlist entry %1 does not exist").arg(id);
        db.rollback();
        return false;
    }
    const QJsonObject details{{QStringLiteral("pattern"), select.value(0).toString()},
                              {QStringLiteral("reason"), select.value(1).toString()}};
    select.finish();
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM hotlist WHERE id = ?"));
    remove.addBindValue(id);
    if (!remove.exec()) {
        fail(remove, "remove hotlist entry", error);
        db.rollback();
        return false;
    }
    if (!appendAuditEntry(db, operatorLogin, QStringLiteral("hotlist_remove"),
                          QStringLiteral("hotlist:%1").arg(id), details, error) ||
        !db.commit()) {
        db.rollback();
        return false;
    }
    return true;
}

} // namespace vigil
