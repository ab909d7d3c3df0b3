#include "analytics/analyticsconfigstore.h"

#include "store/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vigil {

namespace {

bool exec(QSqlQuery &query, const QString &what, QString *error)
{
    if (query.exec())
        return true;
    *error = QStringLiteral("%1: %2").arg(what, query.lastError().text());
    return false;
}

QString describe(const QString &cameraId, const QString &pluginId)
{
    return QStringLiteral("analytics of camera \"%1\", plugin \"%2\"").arg(cameraId, pluginId);
}

} // namespace

std::unique_ptr<AnalyticsConfigStore> AnalyticsConfigStore::open(const QString &dbPath,
                                                                 QString *error)
{
    std::unique_ptr<Database> db = Database::open(dbPath, error);
    if (!db)
        return nullptr;
    return std::make_unique<AnalyticsConfigStore>(std::move(db));
}

AnalyticsConfigStore::AnalyticsConfigStore(std::unique_ptr<Database> database)
    : m_db(std::move(database))
{}

AnalyticsConfigStore::~AnalyticsConfigStore() = default;

bool AnalyticsConfigStore::validate(const CameraAnalyticsConfig &config, QString *error)
{
    if (config.cameraId.trimmed().isEmpty()) {
        *error = QStringLiteral("analytics configuration (plugin \"%1\"): cameraId is empty")
                     .arg(config.pluginId);
        return false;
    }
    if (config.pluginId.trimmed().isEmpty()) {
        *error = QStringLiteral("analytics configuration of camera \"%1\": pluginId is empty")
                     .arg(config.cameraId);
        return false;
    }
    return true;
}

std::optional<CameraAnalyticsConfigList> AnalyticsConfigStore::loadAll(QString *error,
                                                                       QStringList *problems)
{
    return load(nullptr, error, problems);
}

std::optional<CameraAnalyticsConfigList>
AnalyticsConfigStore::loadCamera(const QString &cameraId, QString *error, QStringList *problems)
{
    return load(&cameraId, error, problems);
}

std::optional<CameraAnalyticsConfigList>
AnalyticsConfigStore::load(const QString *cameraId, QString *error, QStringList *problems)
{
    QSqlQuery query(m_db->connection());
    QString sql = QStringLiteral("SELECT camera_id, plugin_id, enabled, settings_json "
                                 "FROM camera_analytics");
    if (cameraId)
        sql += QStringLiteral(" WHERE camera_id = ?");
    query.prepare(sql + QStringLiteral(" ORDER BY camera_id, plugin_id"));
    if (cameraId)
        query.addBindValue(*cameraId);
    if (!exec(query, QStringLiteral("reading analytics configuration"), error))
        return std::nullopt;
    CameraAnalyticsConfigList result;
    while (query.next()) {
        CameraAnalyticsConfig config;
        config.cameraId = query.value(0).toString();
        config.pluginId = query.value(1).toString();
        config.enabled = query.value(2).toInt() != 0;
        QJsonParseError parseError;
        const QJsonDocument document =
            QJsonDocument::fromJson(query.value(3).toString().toUtf8(), &parseError);
        if (!document.isObject()) {
            if (problems) {
                const QString reason = parseError.error != QJsonParseError::NoError
                                           ? QStringLiteral("%1 at offset %2")
                                                 .arg(parseError.errorString())
                                                 .arg(parseError.offset)
                                           : QStringLiteral("not a JSON object");
                problems->append(QStringLiteral("%1: settings_json is unreadable (%2); left out")
                                     .arg(describe(config.cameraId, config.pluginId), reason));
            }
            continue;
        }
        config.settings = document.object();
        result.append(config);
    }
    return result;
}

bool AnalyticsConfigStore::write(const CameraAnalyticsConfig &config, QString *error)
{
    if (!validate(config, error))
        return false;
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO camera_analytics "
        "(camera_id, plugin_id, enabled, settings_json, updated_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(config.cameraId);
    query.addBindValue(config.pluginId);
    query.addBindValue(config.enabled ? 1 : 0);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(config.settings).toJson(QJsonDocument::Compact)));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return exec(query, QStringLiteral("saving %1").arg(describe(config.cameraId, config.pluginId)),
                error);
}

bool AnalyticsConfigStore::save(const CameraAnalyticsConfig &config, QString *error)
{
    return write(config, error);
}

bool AnalyticsConfigStore::replaceCamera(const QString &cameraId,
                                         const CameraAnalyticsConfigList &configs, QString *error)
{
    const QString what = QStringLiteral("saving analytics of camera \"%1\"").arg(cameraId);
    if (cameraId.trimmed().isEmpty()) {
        *error = QStringLiteral("%1: cameraId is empty").arg(what);
        return false;
    }
    for (int i = 0; i < configs.size(); ++i) {
        if (configs[i].cameraId != cameraId) {
            *error = QStringLiteral("%1: entry %2 (plugin \"%3\") belongs to camera \"%4\"")
                         .arg(what)
                         .arg(i)
                         .arg(configs[i].pluginId, configs[i].cameraId);
            return false;
        }
    }
    QSqlDatabase db = m_db->connection();
    if (!db.transaction()) {
        *error =
            QStringLiteral("%1: cannot begin transaction: %2").arg(what, db.lastError().text());
        return false;
    }
    auto fail = [&db] {
        db.rollback();
        return false;
    };
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM camera_analytics WHERE camera_id = ?"));
    remove.addBindValue(cameraId);
    if (!exec(remove, what, error))
        return fail();
    for (const CameraAnalyticsConfig &config : configs) {
        if (!write(config, error))
            return fail();
    }
    if (!db.commit()) {
        *error = QStringLiteral("%1: commit failed: %2").arg(what, db.lastError().text());
        return fail();
    }
    return true;
}

bool AnalyticsConfigStore::remove(const QString &cameraId, const QString &pluginId, QString *error)
{
    QSqlQuery query(m_db->connection());
    query.prepare(
        QStringLiteral("DELETE FROM camera_analytics WHERE camera_id = ? AND plugin_id = ?"));
    query.addBindValue(cameraId);
    query.addBindValue(pluginId);
    const QString what = QStringLiteral("deleting %1").arg(describe(cameraId, pluginId));
    if (!exec(query, what, error))
        return false;
    if (query.numRowsAffected() == 0) {
        *error = QStringLiteral("%1: no such configuration").arg(what);
        return false;
    }
    return true;
}

} // namespace vigil
