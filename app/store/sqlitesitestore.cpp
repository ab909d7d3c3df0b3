#include "store/sqlitesitestore.h"

#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace vigil {

using namespace Qt::StringLiterals;

namespace {

// Runs prepared statements and remembers the first failure, so the long insert sequence of
// replaceSite reads as a list of steps rather than a ladder of ifs.
class Statement
{
public:
    Statement(QSqlDatabase db, const QString &sql, const QString &what) : m_query(db), m_what(what)
    {
        m_ok = m_query.prepare(sql);
    }

    bool run(const QVariantList &values, QString *error)
    {
        if (m_ok) {
            for (int i = 0; i < values.size(); ++i)
                m_query.bindValue(i, notNullText(values.at(i)));
            m_ok = m_query.exec();
        }
        // The message names the table and the SQLite reason, never the bound values (passwords).
        if (!m_ok && error)
            *error = QStringLiteral("%1: %2").arg(m_what, m_query.lastError().text());
        return m_ok;
    }

private:
    // A null QString would bind as SQL NULL; text columns are NOT NULL and an unset text field
    // means "empty". Only an untyped QVariant() stands for NULL.
    static QVariant notNullText(const QVariant &value)
    {
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            return QVariant(QString(u""_s));
        return value;
    }

    QSqlQuery m_query;
    QString m_what;
    bool m_ok = false;
};

bool execAll(QSqlDatabase db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool insertSite(QSqlDatabase db, const Site &site, QString *error)
{
    if (!execAll(db,
                 {QStringLiteral("DELETE FROM door_cameras"), QStringLiteral("DELETE FROM doors"),
                  QStringLiteral("DELETE FROM checkpoint_cameras"),
                  QStringLiteral("DELETE FROM checkpoints"),
                  QStringLiteral("DELETE FROM camera_credentials"),
                  QStringLiteral("DELETE FROM cameras"), QStringLiteral("DELETE FROM site_nodes"),
                  QStringLiteral("DELETE FROM site")},
                 error))
        return false;
    if (site.id.isEmpty())
        return true; // replacing with the empty site clears the store

    Statement siteRow(db, QStringLiteral("INSERT INTO site (id, name) VALUES (?, ?)"),
                      QStringLiteral("site"));
    if (!siteRow.run({site.id, site.name}, error))
        return false;

    Statement nodeRow(db,
                      QStringLiteral("INSERT INTO site_nodes (id, site_id, parent_id, level, name, "
                                     "position) VALUES (?, ?, ?, ?, ?, ?)"),
                      QStringLiteral("site node"));
    for (int i = 0; i < site.nodes.size(); ++i) {
        const SiteNode &node = site.nodes.at(i);
        const QVariant parent = node.parentId.isEmpty() ? QVariant() : QVariant(node.parentId);
        if (!nodeRow.run({node.id, site.id, parent, siteLevelKey(node.level), node.name, i}, error))
            return false;
    }

    Statement cameraRow(db,
                        QStringLiteral("INSERT INTO cameras (id, name, site_node_id, type, "
                                       "latitude, longitude, heading_deg, fov_deg, range_m, "
                                       "main_stream, sub_stream, position) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        QStringLiteral("camera"));
    for (int i = 0; i < site.cameras.size(); ++i) {
        const Camera &c = site.cameras.at(i);
        if (!cameraRow.run({c.id, c.name, c.siteNodeId, cameraTypeKey(c.type), c.latitude,
                            c.longitude, c.headingDeg, c.fovDeg, c.rangeM, c.mainStreamUrl,
                            c.subStreamUrl, i},
                           error))
            return false;
    }

    Statement credentialRow(db,
                            QStringLiteral("INSERT INTO camera_credentials (camera_id, username, "
                                           "password) VALUES (?, ?, ?)"),
                            QStringLiteral("camera credential"));
    for (const CameraCredential &cred : site.credentials) {
        if (!credentialRow.run({cred.cameraId, cred.username, cred.password}, error))
            return false;
    }

    Statement checkpointRow(db,
                            QStringLiteral("INSERT INTO checkpoints (id, name, site_node_id, "
                                           "latitude, longitude, ring, lanes, position) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                            QStringLiteral("checkpoint"));
    Statement linkRow(db,
                      QStringLiteral("INSERT INTO checkpoint_cameras (checkpoint_id, camera_id, "
                                     "position) VALUES (?, ?, ?)"),
                      QStringLiteral("checkpoint camera"));
    for (int i = 0; i < site.checkpoints.size(); ++i) {
        const Checkpoint &k = site.checkpoints.at(i);
        if (!checkpointRow.run(
                {k.id, k.name, k.siteNodeId, k.latitude, k.longitude, k.ring, k.lanes, i}, error))
            return false;
        for (int j = 0; j < k.cameraIds.size(); ++j) {
            if (!linkRow.run({k.id, k.cameraIds.at(j), j}, error))
                return false;
        }
    }

    Statement doorRow(db, QStringLiteral("INSERT INTO doors (id, name, position) VALUES (?, ?, ?)"),
                      QStringLiteral("door"));
    Statement doorCameraRow(db,
                            QStringLiteral("INSERT INTO door_cameras (door_id, camera_id, "
                                           "door_zone, position) VALUES (?, ?, ?, ?)"),
                            QStringLiteral("door camera"));
    for (int i = 0; i < site.doors.size(); ++i) {
        const Door &d = site.doors.at(i);
        if (!doorRow.run({d.id, d.name, i}, error))
            return false;
        for (int j = 0; j < d.cameras.size(); ++j) {
            if (!doorCameraRow.run({d.id, d.cameras.at(j).cameraId, d.cameras.at(j).doorZone, j},
                                   error))
                return false;
        }
    }
    return true;
}

bool selectAll(QSqlQuery &query, const QString &sql, QString *error)
{
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        if (error)
            *error = QStringLiteral("cannot read site: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

} // namespace

std::unique_ptr<SqliteSiteStore> SqliteSiteStore::open(const QString &dbPath, QString *error)
{
    std::unique_ptr<Database> db = Database::open(dbPath, error);
    if (!db)
        return nullptr;
    return std::make_unique<SqliteSiteStore>(std::move(db));
}

SqliteSiteStore::SqliteSiteStore(std::unique_ptr<Database> database) : m_db(std::move(database)) {}

SqliteSiteStore::~SqliteSiteStore() = default;

std::optional<bool> SqliteSiteStore::hasSite(QString *error)
{
    QSqlQuery query(m_db->connection());
    if (!selectAll(query, QStringLiteral("SELECT count(*) FROM site"), error) || !query.next())
        return std::nullopt;
    return query.value(0).toInt() > 0;
}

std::optional<Site> SqliteSiteStore::loadSite(QString *error)
{
    QSqlDatabase db = m_db->connection();
    // One read transaction, so a replace committed by another connection midway is not mixed in.
    if (!db.transaction()) {
        if (error)
            *error = QStringLiteral("cannot read site: %1").arg(db.lastError().text());
        return std::nullopt;
    }
    std::optional<Site> result;
    {
        Site site;
        QSqlQuery query(db);
        bool ok = selectAll(query, QStringLiteral("SELECT id, name FROM site"), error);
        if (ok && query.next()) {
            site.id = query.value(0).toString();
            site.name = query.value(1).toString();
        }
        ok = ok && selectAll(query,
                             QStringLiteral("SELECT id, parent_id, level, name FROM site_nodes "
                                            "ORDER BY position, id"),
                             error);
        while (ok && query.next()) {
            SiteNode node;
            node.id = query.value(0).toString();
            node.parentId = query.value(1).toString();
            node.level = siteLevelFromKey(query.value(2).toString()).value_or(SiteLevel::District);
            node.name = query.value(3).toString();
            site.nodes.append(node);
        }
        ok = ok && selectAll(query,
                             QStringLiteral("SELECT id, name, site_node_id, type, latitude, "
                                            "longitude, heading_deg, fov_deg, range_m, "
                                            "main_stream, sub_stream FROM cameras "
                                            "ORDER BY position, id"),
                             error);
        while (ok && query.next()) {
            Camera c;
            c.id = query.value(0).toString();
            c.name = query.value(1).toString();
            c.siteNodeId = query.value(2).toString();
            c.type = cameraTypeFromKey(query.value(3).toString()).value_or(CameraType::Fixed);
            c.latitude = query.value(4).toDouble();
            c.longitude = query.value(5).toDouble();
            c.headingDeg = query.value(6).toDouble();
            c.fovDeg = query.value(7).toDouble();
            c.rangeM = query.value(8).toDouble();
            c.mainStreamUrl = query.value(9).toString();
            c.subStreamUrl = query.value(10).toString();
            site.cameras.append(c);
        }
        ok = ok && selectAll(query,
                             QStringLiteral("SELECT id, name, site_node_id, latitude, longitude, "
                                            "ring, lanes FROM checkpoints ORDER BY position, id"),
                             error);
        while (ok && query.next()) {
            Checkpoint k;
            k.id = query.value(0).toString();
            k.name = query.value(1).toString();
            k.siteNodeId = query.value(2).toString();
            k.latitude = query.value(3).toDouble();
            k.longitude = query.value(4).toDouble();
            k.ring = query.value(5).toString();
            k.lanes = query.value(6).toInt();
            site.checkpoints.append(k);
        }
        ok = ok && selectAll(query,
                             QStringLiteral("SELECT checkpoint_id, camera_id FROM "
                                            "checkpoint_cameras ORDER BY checkpoint_id, position"),
                             error);
        while (ok && query.next()) {
            const QString checkpointId = query.value(0).toString();
            for (Checkpoint &k : site.checkpoints) {
                if (k.id == checkpointId)
                    k.cameraIds.append(query.value(1).toString());
            }
        }
        ok = ok &&
             selectAll(query, QStringLiteral("SELECT id, name FROM doors ORDER BY position, id"),
                       error);
        while (ok && query.next())
            site.doors.append({query.value(0).toString(), query.value(1).toString(), {}});
        ok = ok && selectAll(query,
                             QStringLiteral("SELECT door_id, camera_id, door_zone FROM "
                                            "door_cameras ORDER BY door_id, position"),
                             error);
        while (ok && query.next()) {
            const QString doorId = query.value(0).toString();
            for (Door &d : site.doors) {
                if (d.id == doorId)
                    d.cameras.append({query.value(1).toString(), query.value(2).toString()});
            }
        }
        // Credentials follow camera order so that a load → export is stable.
        ok = ok && selectAll(query,
                             QStringLiteral("SELECT cc.camera_id, cc.username, cc.password FROM "
                                            "camera_credentials cc JOIN cameras c ON "
                                            "c.id = cc.camera_id ORDER BY c.position"),
                             error);
        while (ok && query.next())
            site.credentials.append(
                {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
        if (ok)
            result = std::move(site);
    }
    db.commit();
    return result;
}

bool SqliteSiteStore::replaceSite(const Site &site, QString *error)
{
    QSqlDatabase db = m_db->connection();
    if (!db.transaction()) {
        if (error)
            *error = QStringLiteral("cannot begin transaction: %1").arg(db.lastError().text());
        return false;
    }
    QString reason;
    if (!insertSite(db, site, &reason)) {
        db.rollback();
        if (error)
            *error = QStringLiteral("site not stored (nothing changed): %1").arg(reason);
        return false;
    }
    // Deferred foreign keys (node parents) are checked here, so commit can fail too.
    if (!db.commit()) {
        reason = db.lastError().text();
        db.rollback();
        if (error)
            *error = QStringLiteral("site not stored (nothing changed): %1").arg(reason);
        return false;
    }
    return true;
}

std::optional<CameraCredential> SqliteSiteStore::credentialFor(const QString &cameraId)
{
    QSqlQuery query(m_db->connection());
    query.prepare(
        QStringLiteral("SELECT username, password FROM camera_credentials WHERE camera_id = ?"));
    query.addBindValue(cameraId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return CameraCredential{cameraId, query.value(0).toString(), query.value(1).toString()};
}

bool SqliteSiteStore::updateCameraPlacement(const QString &cameraId, double latitude,
                                            double longitude, double headingDeg, double fovDeg,
                                            double rangeM, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = QStringLiteral("camera \"%1\" not moved: %2").arg(cameraId, reason);
        return false;
    };
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180))
        return fail(
            QStringLiteral("latitude/longitude %1, %2 out of range").arg(latitude).arg(longitude));
    if (!(headingDeg >= 0 && headingDeg < 360))
        return fail(QStringLiteral("heading_deg %1 is out of range [0, 360)").arg(headingDeg));
    if (!(fovDeg > 0 && fovDeg <= 360))
        return fail(QStringLiteral("fov_deg %1 is out of range (0, 360]").arg(fovDeg));
    if (!(rangeM > 0) || !std::isfinite(rangeM))
        return fail(QStringLiteral("range_m %1 must be greater than 0").arg(rangeM));
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("UPDATE cameras SET latitude = ?, longitude = ?, heading_deg = ?, "
                                 "fov_deg = ?, range_m = ? WHERE id = ?"));
    for (const QVariant &value : {QVariant(latitude), QVariant(longitude), QVariant(headingDeg),
                                  QVariant(fovDeg), QVariant(rangeM), QVariant(cameraId)})
        query.addBindValue(value);
    if (!query.exec())
        return fail(query.lastError().text());
    if (query.numRowsAffected() != 1)
        return fail(QStringLiteral("no such camera in the store"));
    return true;
}

} // namespace vigil
