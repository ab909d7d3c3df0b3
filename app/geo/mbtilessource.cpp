#include "geo/mbtilessource.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>

namespace vigil::geo {

namespace {

QString uniquePrefix()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("vigil-mbtiles-%1-").arg(counter.fetchAndAddRelaxed(1));
}

bool openReadOnly(const QString &connectionName, const QString &path, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        if (error)
            *error =
                QStringLiteral("%1: cannot open MBTiles file: %2").arg(path, db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return false;
    }
    return true;
}

void closeConnection(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

} // namespace

bool readMbTilesMetadata(const QString &connectionName, const QString &path, MbTilesMetadata *meta,
                         QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    const QStringList tables = db.tables(QSql::AllTables);
    for (const QString &required : {QStringLiteral("tiles"), QStringLiteral("metadata")}) {
        if (!tables.contains(required)) {
            if (error)
                *error = QStringLiteral("%1: not an MBTiles file: table '%2' is missing")
                             .arg(path, required);
            return false;
        }
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name, value FROM metadata"))) {
        if (error)
            *error =
                QStringLiteral("%1: cannot read metadata: %2").arg(path, query.lastError().text());
        return false;
    }
    auto badValue = [&](const QString &key, const QString &value, const QString &why) {
        if (error)
            *error = QStringLiteral("%1: metadata '%2' = '%3': %4").arg(path, key, value, why);
        return false;
    };
    while (query.next()) {
        const QString key = query.value(0).toString().trimmed();
        const QString value = query.value(1).toString().trimmed();
        bool ok = true;
        if (key == u"name") {
            meta->name = value;
        } else if (key == u"format") {
            meta->format = value.toLower();
        } else if (key == u"attribution") {
            meta->attribution = value;
        } else if (key == u"minzoom") {
            meta->minZoom = value.toInt(&ok);
            if (!ok || meta->minZoom < 0 || meta->minZoom > 24)
                return badValue(key, value, QStringLiteral("expected an integer 0..24"));
        } else if (key == u"maxzoom") {
            meta->maxZoom = value.toInt(&ok);
            if (!ok || meta->maxZoom < 0 || meta->maxZoom > 24)
                return badValue(key, value, QStringLiteral("expected an integer 0..24"));
        } else if (key == u"bounds") {
            const QStringList parts = value.split(QLatin1Char(','));
            double v[4] = {};
            for (int i = 0; ok && i < 4 && parts.size() == 4; ++i)
                v[i] = parts[i].trimmed().toDouble(&ok);
            if (parts.size() != 4 || !ok || v[0] >= v[2] || v[1] >= v[3])
                return badValue(key, value,
                                QStringLiteral("expected 'west,south,east,north' in degrees"));
            meta->west = v[0];
            meta->south = v[1];
            meta->east = v[2];
            meta->north = v[3];
            meta->hasBounds = true;
        } else if (key == u"datum") {
            const auto datum = datumFromKey(value);
            if (!datum)
                return badValue(key, value, QStringLiteral("expected wgs84, gcj02 or bd09"));
            meta->datum = *datum;
        }
    }
    if (meta->minZoom > meta->maxZoom) {
        if (error)
            *error = QStringLiteral("%1: metadata minzoom %2 is greater than maxzoom %3")
                         .arg(path)
                         .arg(meta->minZoom)
                         .arg(meta->maxZoom);
        return false;
    }
    if (!meta->format.isEmpty() && meta->format != u"png" && meta->format != u"jpg" &&
        meta->format != u"jpeg" && meta->format != u"webp") {
        return badValue(QStringLiteral("format"), meta->format,
                        QStringLiteral("only raster png/jpg/webp tiles are supported"));
    }
    if (meta->name.isEmpty())
        meta->name = QFileInfo(path).completeBaseName();
    return true;
}

std::unique_ptr<MbTilesSource> MbTilesSource::open(const QString &path, QString *error)
{
    if (!QFileInfo(path).isFile()) {
        if (error)
            *error = QStringLiteral("%1: MBTiles file does not exist").arg(path);
        return nullptr;
    }
    const QString probe = uniquePrefix() + QStringLiteral("probe");
    if (!openReadOnly(probe, path, error))
        return nullptr;
    MbTilesMetadata meta;
    const bool ok = readMbTilesMetadata(probe, path, &meta, error);
    closeConnection(probe);
    if (!ok)
        return nullptr;
    return std::unique_ptr<MbTilesSource>(new MbTilesSource(path, meta));
}

MbTilesSource::MbTilesSource(QString path, MbTilesMetadata meta)
    : m_path(std::move(path)), m_meta(std::move(meta)), m_connectionPrefix(uniquePrefix())
{}

MbTilesSource::~MbTilesSource()
{
    // Connections of threads that did not release them: removing them from here is safe once
    // those threads have stopped using the source (a precondition of destruction).
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connections))
        closeConnection(name);
}

QString MbTilesSource::connectionForThisThread(QString *error)
{
    const Qt::HANDLE thread = QThread::currentThreadId();
    QMutexLocker lock(&m_mutex);
    const auto it = m_connections.constFind(thread);
    if (it != m_connections.constEnd())
        return *it;
    const QString name = m_connectionPrefix + QString::number(quintptr(thread), 16);
    if (!openReadOnly(name, m_path, error))
        return {};
    m_connections.insert(thread, name);
    return name;
}

TileResult MbTilesSource::loadTile(const TileId &tile)
{
    TileResult result;
    if (!tile.isValid() || tile.z < m_meta.minZoom || tile.z > m_meta.maxZoom)
        return result; // Missing
    QString error;
    const QString connection = connectionForThisThread(&error);
    if (connection.isEmpty()) {
        result.status = TileResult::Status::Failed;
        result.error = error;
        return result;
    }
    QSqlQuery query(QSqlDatabase::database(connection, false));
    query.prepare(QStringLiteral("SELECT tile_data FROM tiles WHERE zoom_level = ? AND "
                                 "tile_column = ? AND tile_row = ?"));
    query.addBindValue(tile.z);
    query.addBindValue(tile.x);
    query.addBindValue(flipRow(tile.z, tile.y));
    if (!query.exec()) {
        result.status = TileResult::Status::Failed;
        result.error = QStringLiteral("%1: tile %2/%3/%4: %5")
                           .arg(m_path)
                           .arg(tile.z)
                           .arg(tile.x)
                           .arg(tile.y)
                           .arg(query.lastError().text());
        return result;
    }
    if (!query.next())
        return result; // Missing
    const QByteArray data = query.value(0).toByteArray();
    if (!result.image.loadFromData(data)) {
        result.status = TileResult::Status::Failed;
        result.error = QStringLiteral("%1: tile %2/%3/%4: cannot decode %5 bytes of image data")
                           .arg(m_path)
                           .arg(tile.z)
                           .arg(tile.x)
                           .arg(tile.y)
                           .arg(data.size());
        return result;
    }
    result.status = TileResult::Status::Loaded;
    return result;
}

void MbTilesSource::releaseThreadResources()
{
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        name = m_connections.take(QThread::currentThreadId());
    }
    if (!name.isEmpty())
        closeConnection(name);
}

} // namespace vigil::geo
