#include "privacy/privacymaskstore.h"

#include "store/database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vigil {

std::unique_ptr<PrivacyMaskStore> PrivacyMaskStore::open(const QString &dbPath, QString *error)
{
    std::unique_ptr<Database> db = Database::open(dbPath, error);
    if (!db)
        return nullptr;
    return std::make_unique<PrivacyMaskStore>(std::move(db));
}

PrivacyMaskStore::PrivacyMaskStore(std::unique_ptr<Database> database) : m_db(std::move(database))
{}

PrivacyMaskStore::~PrivacyMaskStore() = default;

std::optional<QHash<QString, PrivacyMaskList>> PrivacyMaskStore::loadAll(QString *error,
                                                                         QStringList *problems)
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("SELECT camera_id, position, name, points_json "
                                   "FROM camera_privacy_masks ORDER BY camera_id, position"))) {
        *error = QStringLiteral("reading camera_privacy_masks: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QHash<QString, PrivacyMaskList> masks;
    while (query.next()) {
        const QString cameraId = query.value(0).toString();
        const int position = query.value(1).toInt();
        PrivacyMask mask;
        mask.name = query.value(2).toString();
        QString detail;
        const bool ok =
            privacyPointsFromJson(query.value(3).toByteArray(), &mask.polygon, &detail) &&
            validatePrivacyMask(cameraId, position, mask, &detail);
        if (!ok) {
            if (problems)
                problems->append(QStringLiteral("camera_privacy_masks, camera \"%1\", mask %2: %3")
                                     .arg(cameraId)
                                     .arg(position + 1)
                                     .arg(detail));
            continue;
        }
        masks[cameraId].append(mask);
    }
    return masks;
}

bool PrivacyMaskStore::replaceCamera(const QString &cameraId, const PrivacyMaskList &masks,
                                     QString *error)
{
    if (cameraId.trimmed().isEmpty()) {
        *error = QStringLiteral("privacy masks: cameraId is empty");
        return false;
    }
    for (int i = 0; i < masks.size(); ++i)
        if (!validatePrivacyMask(cameraId, i, masks[i], error))
            return false;

    QSqlDatabase db = m_db->connection();
    if (!db.transaction()) {
        *error = QStringLiteral("privacy masks of camera \"%1\": %2")
                     .arg(cameraId, db.lastError().text());
        return false;
    }
    const auto rollback = [&](const QSqlQuery &failed) {
        *error = QStringLiteral("privacy masks of camera \"%1\": %2")
                     .arg(cameraId, failed.lastError().text());
        db.rollback();
        return false;
    };
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM camera_privacy_masks WHERE camera_id = ?"));
    remove.addBindValue(cameraId);
    if (!remove.exec())
        return rollback(remove);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (int i = 0; i < masks.size(); ++i) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO camera_privacy_masks "
                                      "(camera_id, position, name, points_json, updated_at) "
                                      "VALUES (?, ?, ?, ?, ?)"));
        insert.addBindValue(cameraId);
        insert.addBindValue(i);
        // A null QString binds as SQL NULL; the column wants '' for "no name".
        insert.addBindValue(masks[i].name.isNull() ? QStringLiteral("") : masks[i].name);
        insert.addBindValue(QString::fromUtf8(privacyPointsToJson(masks[i].polygon)));
        insert.addBindValue(now);
        if (!insert.exec())
            return rollback(insert);
    }
    if (!db.commit()) {
        *error = QStringLiteral("privacy masks of camera \"%1\": %2")
                     .arg(cameraId, db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

} // namespace vigil
