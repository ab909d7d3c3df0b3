#include "store/wallayoutstore.h"

#include "store/database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vigil {

namespace {

bool validName(const QString &what, const QString &name, QString *error)
{
    if (name.trimmed().isEmpty()) {
        *error = QStringLiteral("%1: name is empty").arg(what);
        return false;
    }
    if (name.size() > WallLayoutStore::kMaxNameLength) {
        *error = QStringLiteral("%1 \"%2…\": name is longer than %3 characters")
                     .arg(what, name.left(20))
                     .arg(WallLayoutStore::kMaxNameLength);
        return false;
    }
    return true;
}

bool exec(QSqlQuery &query, const QString &what, QString *error)
{
    if (query.exec())
        return true;
    *error = QStringLiteral("%1: %2").arg(what, query.lastError().text());
    return false;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Runs `body` inside a transaction; rolls back when it fails.
template <typename Body>
bool inTransaction(QSqlDatabase db, const QString &what, QString *error, Body body)
{
    if (!db.transaction()) {
        *error =
            QStringLiteral("%1: cannot begin transaction: %2").arg(what, db.lastError().text());
        return false;
    }
    if (!body() || !db.commit()) {
        if (error->isEmpty())
            *error = QStringLiteral("%1: commit failed: %2").arg(what, db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

} // namespace

std::unique_ptr<WallLayoutStore> WallLayoutStore::open(const QString &dbPath, QString *error)
{
    std::unique_ptr<Database> db = Database::open(dbPath, error);
    if (!db)
        return nullptr;
    return std::make_unique<WallLayoutStore>(std::move(db));
}

WallLayoutStore::WallLayoutStore(std::unique_ptr<Database> database) : m_db(std::move(database)) {}

WallLayoutStore::~WallLayoutStore() = default;

bool WallLayoutStore::validate(const SavedWallLayout &layout, QString *error)
{
    if (!validName(QStringLiteral("saved layout"), layout.name, error))
        return false;
    if (layout.tileCount < 1 || layout.tileCount > kMaxTiles) {
        *error = QStringLiteral("saved layout \"%1\": tile count %2 is outside 1–%3")
                     .arg(layout.name)
                     .arg(layout.tileCount)
                     .arg(kMaxTiles);
        return false;
    }
    if (layout.cameraIds.size() > layout.tileCount) {
        *error = QStringLiteral("saved layout \"%1\": %2 cameras for %3 tiles")
                     .arg(layout.name)
                     .arg(layout.cameraIds.size())
                     .arg(layout.tileCount);
        return false;
    }
    return true;
}

bool WallLayoutStore::validate(const SavedTour &tour, QString *error)
{
    if (!validName(QStringLiteral("tour"), tour.name, error))
        return false;
    if (tour.dwellMs < 100) {
        *error = QStringLiteral("tour \"%1\": dwell time %2 ms is shorter than 100 ms")
                     .arg(tour.name)
                     .arg(tour.dwellMs);
        return false;
    }
    if (tour.cameraIds.isEmpty()) {
        *error = QStringLiteral("tour \"%1\": no cameras").arg(tour.name);
        return false;
    }
    return true;
}

std::optional<QList<SavedWallLayout>> WallLayoutStore::layouts(QString *error)
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral(
        "SELECT l.name, l.tile_count, t.tile, t.camera_id FROM wall_layouts l "
        "LEFT JOIN wall_layout_tiles t ON t.layout_name = l.name ORDER BY l.name, t.tile"));
    if (!exec(query, QStringLiteral("reading saved layouts"), error))
        return std::nullopt;
    QList<SavedWallLayout> result;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (result.isEmpty() || result.last().name != name) {
            SavedWallLayout layout;
            layout.name = name;
            layout.tileCount = query.value(1).toInt();
            result.append(layout);
        }
        if (query.value(2).isNull())
            continue;
        SavedWallLayout &layout = result.last();
        const int tile = query.value(2).toInt();
        if (tile < 0 || tile >= layout.tileCount)
            continue; // a tile beyond the count cannot be shown; keep the rest
        while (layout.cameraIds.size() <= tile)
            layout.cameraIds.append(QString());
        layout.cameraIds[tile] = query.value(3).toString();
    }
    return result;
}

bool WallLayoutStore::saveLayout(const SavedWallLayout &layout, QString *error)
{
    if (!validate(layout, error))
        return false;
    QSqlDatabase db = m_db->connection();
    const QString what = QStringLiteral("saving layout \"%1\"").arg(layout.name);
    return inTransaction(db, what, error, [&] {
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM wall_layouts WHERE name = ?"));
        remove.addBindValue(layout.name);
        if (!exec(remove, what, error))
            return false;
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO wall_layouts (name, tile_count, updated_at) VALUES (?, ?, ?)"));
        insert.addBindValue(layout.name);
        insert.addBindValue(layout.tileCount);
        insert.addBindValue(nowText());
        if (!exec(insert, what, error))
            return false;
        QSqlQuery tile(db);
        tile.prepare(QStringLiteral(
            "INSERT INTO wall_layout_tiles (layout_name, tile, camera_id) VALUES (?, ?, ?)"));
        for (int i = 0; i < layout.cameraIds.size(); ++i) {
            if (layout.cameraIds[i].isEmpty())
                continue;
            tile.bindValue(0, layout.name);
            tile.bindValue(1, i);
            tile.bindValue(2, layout.cameraIds[i]);
            if (!exec(tile, what, error))
                return false;
        }
        return true;
    });
}

bool WallLayoutStore::deleteLayout(const QString &name, QString *error)
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("DELETE FROM wall_layouts WHERE name = ?"));
    query.addBindValue(name);
    if (!exec(query, QStringLiteral("deleting layout \"%1\"").arg(name), error))
        return false;
    if (query.numRowsAffected() == 0) {
        *error = QStringLiteral("deleting layout \"%1\": no such layout").arg(name);
        return false;
    }
    return true;
}

std::optional<QList<SavedTour>> WallLayoutStore::tours(QString *error)
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral(
        "SELECT r.name, r.dwell_ms, s.camera_id FROM wall_tours r "
        "LEFT JOIN wall_tour_steps s ON s.tour_name = r.name ORDER BY r.name, s.position"));
    if (!exec(query, QStringLiteral("reading tours"), error))
        return std::nullopt;
    QList<SavedTour> result;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (result.isEmpty() || result.last().name != name) {
            SavedTour tour;
            tour.name = name;
            tour.dwellMs = query.value(1).toInt();
            result.append(tour);
        }
        if (!query.value(2).isNull())
            result.last().cameraIds.append(query.value(2).toString());
    }
    return result;
}

bool WallLayoutStore::saveTour(const SavedTour &tour, QString *error)
{
    if (!validate(tour, error))
        return false;
    QSqlDatabase db = m_db->connection();
    const QString what = QStringLiteral("saving tour \"%1\"").arg(tour.name);
    return inTransaction(db, what, error, [&] {
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM wall_tours WHERE name = ?"));
        remove.addBindValue(tour.name);
        if (!exec(remove, what, error))
            return false;
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT INTO wall_tours (name, dwell_ms, updated_at) VALUES (?, ?, ?)"));
        insert.addBindValue(tour.name);
        insert.addBindValue(tour.dwellMs);
        insert.addBindValue(nowText());
        if (!exec(insert, what, error))
            return false;
        QSqlQuery step(db);
        step.prepare(QStringLiteral(
            "INSERT INTO wall_tour_steps (tour_name, position, camera_id) VALUES (?, ?, ?)"));
        for (int i = 0; i < tour.cameraIds.size(); ++i) {
            step.bindValue(0, tour.name);
            step.bindValue(1, i);
            step.bindValue(2, tour.cameraIds[i]);
            if (!exec(step, what, error))
                return false;
        }
        return true;
    });
}

bool WallLayoutStore::deleteTour(const QString &name, QString *error)
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("DELETE FROM wall_tours WHERE name = ?"));
    query.addBindValue(name);
    if (!exec(query, QStringLiteral("deleting tour \"%1\"").arg(name), error))
        return false;
    if (query.numRowsAffected() == 0) {
        *error = QStringLiteral("deleting tour \"%1\": no such tour").arg(name);
        return false;
    }
    return true;
}

} // namespace vigil
