#include "mbtileswriter.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mapgen {

MbTilesWriter::MbTilesWriter(QString path)
    : m_path(std::move(path)), m_partial(m_path + QStringLiteral(".partial")),
      m_connection(QStringLiteral("vigil-mapgen-writer"))
{}

MbTilesWriter::~MbTilesWriter()
{
    if (m_open) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.rollback();
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
        QFile::remove(m_partial);
    }
}

bool MbTilesWriter::open(const QList<std::pair<QString, QString>> &metadata, QString *error)
{
    QFile::remove(m_partial);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_partial);
    if (!db.open()) {
        *error = QStringLiteral("%1: cannot create: %2").arg(m_partial, db.lastError().text());
        return false;
    }
    m_open = true;
    QSqlQuery q(db);
    const QStringList schema = {
        QStringLiteral("PRAGMA journal_mode = OFF"),
        QStringLiteral("PRAGMA synchronous = OFF"),
        QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)"),
        QStringLiteral(
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
            "tile_data BLOB)"),
        QStringLiteral(
            "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)"),
        QStringLiteral("CREATE UNIQUE INDEX name ON metadata (name)")};
    for (const QString &statement : schema) {
        if (!q.exec(statement)) {
            *error = QStringLiteral("%1: %2: %3").arg(m_partial, statement, q.lastError().text());
            return false;
        }
    }
    db.transaction();
    for (const auto &[name, value] : metadata) {
        q.prepare(QStringLiteral("INSERT INTO metadata (name, value) VALUES (?, ?)"));
        q.addBindValue(name);
        q.addBindValue(value);
        if (!q.exec()) {
            *error =
                QStringLiteral("%1: metadata '%2': %3").arg(m_partial, name, q.lastError().text());
            return false;
        }
    }
    return true;
}

bool MbTilesWriter::addTile(const vigil::geo::TileId &tile, const QByteArray &png, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "INSERT INTO tiles (zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?)"));
    q.addBindValue(tile.z);
    q.addBindValue(tile.x);
    q.addBindValue(vigil::geo::flipRow(tile.z, tile.y)); // MBTiles rows are TMS
    q.addBindValue(png);
    if (!q.exec()) {
        *error = QStringLiteral("%1: tile %2/%3/%4: %5")
                     .arg(m_partial)
                     .arg(tile.z)
                     .arg(tile.x)
                     .arg(tile.y)
                     .arg(q.lastError().text());
        return false;
    }
    return true;
}

bool MbTilesWriter::commit(QString *error)
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (!db.commit()) {
            *error = QStringLiteral("%1: commit failed: %2").arg(m_partial, db.lastError().text());
            return false;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_open = false;
    QFile::remove(m_path);
    if (!QFile::rename(m_partial, m_path)) {
        *error = QStringLiteral("cannot rename %1 to %2").arg(m_partial, m_path);
        return false;
    }
    return true;
}

} // namespace mapgen
