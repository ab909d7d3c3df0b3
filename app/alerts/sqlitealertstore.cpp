#include "alerts/sqlitealertstore.h"

#include "store/database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace vigil {

namespace {

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs))
                          : QVariant(QMetaType(QMetaType::QString));
}

// QVariant(QString()) binds as SQL NULL; NOT NULL text columns need a non-null empty string.
QVariant text(const QString &value)
{
    return QVariant(value.isNull() ? QStringLiteral("") : value);
}

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.toUTC();
}

QString boxText(const QRectF &box)
{
    if (box.isNull())
        return {};
    return QStringLiteral("%1,%2,%3,%4")
        .arg(box.x())
        .arg(box.y())
        .arg(box.width())
        .arg(box.height());
}

QRectF boxFrom(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return {};
    return QRectF(parts[0].toDouble(), parts[1].toDouble(), parts[2].toDouble(),
                  parts[3].toDouble());
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool exec(QSqlQuery &query, const char *what, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(QLatin1String(what), query.lastError().text());
    return false;
}

const QString kAlertColumns = QStringLiteral(
    "id, event_id, type, source, camera_id, checkpoint_id, area, summary, priority, "
    "base_priority, state, resolution, created_at, updated_at, last_event_at, event_count, "
    "acknowledged_at, dispatched_at, on_scene_at, resolved_at, sla_started_at, assigned_login, "
    "unit, escalations, snapshot, box, details");

QString upsertAlertSql()
{
    QStringList marks;
    QStringList updates;
    for (const QString &column : kAlertColumns.split(QStringLiteral(", "))) {
        marks << QStringLiteral("?");
        if (column != QLatin1String("id"))
            updates << column + QStringLiteral(" = excluded.") + column;
    }
    return QStringLiteral("INSERT INTO alerts (%1) VALUES (%2) ON CONFLICT(id) DO UPDATE SET %3")
        .arg(kAlertColumns, marks.join(QLatin1Char(',')), updates.join(QStringLiteral(", ")));
}

const QString kUpsertAlert = upsertAlertSql();

Alert alertFrom(const QSqlQuery &query)
{
    Alert alert;
    int c = 0;
    alert.id = query.value(c++).toLongLong();
    alert.eventId = query.value(c++).toLongLong();
    alert.type = query.value(c++).toString();
    alert.source = query.value(c++).toString();
    alert.cameraId = query.value(c++).toString();
    alert.checkpointId = query.value(c++).toString();
    alert.area = query.value(c++).toString();
    alert.summary = query.value(c++).toString();
    alert.priority = priorityFromInt(query.value(c++).toInt()).value_or(Priority::P4);
    alert.basePriority = priorityFromInt(query.value(c++).toInt()).value_or(Priority::P4);
    alert.state = alertStateFromKey(query.value(c++).toString()).value_or(AlertState::New);
    alert.resolution = resolutionFromKey(query.value(c++).toString()).value_or(Resolution::None);
    alert.createdAt = timeFrom(query.value(c++));
    alert.updatedAt = timeFrom(query.value(c++));
    alert.lastEventAt = timeFrom(query.value(c++));
    alert.eventCount = query.value(c++).toInt();
    alert.acknowledgedAt = timeFrom(query.value(c++));
    alert.dispatchedAt = timeFrom(query.value(c++));
    alert.onSceneAt = timeFrom(query.value(c++));
    alert.resolvedAt = timeFrom(query.value(c++));
    alert.slaStartedAt = timeFrom(query.value(c++));
    alert.assignedTo = query.value(c++).toString();
    alert.unit = query.value(c++).toString();
    alert.escalations = query.value(c++).toInt();
    alert.snapshotPath = query.value(c++).toString();
    alert.detectionBox = boxFrom(query.value(c++).toString());
    alert.details = QJsonDocument::fromJson(query.value(c++).toString().toUtf8()).object();
    return alert;
}

} // namespace

std::unique_ptr<SqliteAlertStore> SqliteAlertStore::open(const QString &dbPath, QString *error)
{
    auto database = Database::open(dbPath, error);
    if (!database)
        return nullptr;
    return std::make_unique<SqliteAlertStore>(std::move(database));
}

SqliteAlertStore::SqliteAlertStore(std::unique_ptr<Database> database) : m_db(std::move(database))
{}

SqliteAlertStore::~SqliteAlertStore() = default;

bool SqliteAlertStore::applyBatch(const QList<AlertWrite> &writes, QString *error)
{
    QSqlDatabase db = m_db->connection();
    if (!db.transaction()) {
        if (error)
            *error = QStringLiteral("cannot begin transaction: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery insertEvent(db);
    insertEvent.prepare(QStringLiteral(
        "INSERT INTO events (id, time, type, source, camera_id, severity, details, checkpoint_id, "
        "area, snapshot, box, clip_ref, summary) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    QSqlQuery upsertAlert(db);
    // An upsert, not INSERT OR REPLACE: REPLACE deletes the row first, and the delete would
    // cascade to the alert's action log.
    upsertAlert.prepare(kUpsertAlert);
    QSqlQuery insertAction(db);
    insertAction.prepare(QStringLiteral(
        "INSERT INTO alert_actions (alert_id, time, operator, action, from_state, to_state, "
        "detail) VALUES (?,?,?,?,?,?,?)"));

    bool ok = true;
    for (const AlertWrite &write : writes) {
        if (ok && write.event) {
            const Event &e = *write.event;
            for (const QVariant &value :
                 {QVariant(e.id), timeValue(e.time), text(e.type), text(eventSourceKey(e.source)),
                  e.cameraId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                       : QVariant(e.cameraId),
                  QVariant(e.severity), text(jsonText(e.details)),
                  e.checkpointId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                           : QVariant(e.checkpointId),
                  text(e.area), text(e.snapshotPath), text(boxText(e.detectionBox)),
                  text(e.clipRef), text(e.summary)})
                insertEvent.addBindValue(value);
            ok = exec(insertEvent, "storing event", error);
        }
        if (ok && write.alert) {
            const Alert &a = *write.alert;
            for (const QVariant &value :
                 {QVariant(a.id),
                  a.eventId ? QVariant(a.eventId) : QVariant(QMetaType(QMetaType::LongLong)),
                  text(a.type),
                  text(a.source),
                  text(a.cameraId),
                  text(a.checkpointId),
                  text(a.area),
                  text(a.summary),
                  QVariant(int(a.priority)),
                  QVariant(int(a.basePriority)),
                  text(alertStateKey(a.state)),
                  text(resolutionKey(a.resolution)),
                  timeValue(a.createdAt),
                  timeValue(a.updatedAt),
                  timeValue(a.lastEventAt),
                  QVariant(a.eventCount),
                  timeValue(a.acknowledgedAt),
                  timeValue(a.dispatchedAt),
                  timeValue(a.onSceneAt),
                  timeValue(a.resolvedAt),
                  timeValue(a.slaStartedAt),
                  text(a.assignedTo),
                  text(a.unit),
                  QVariant(a.escalations),
                  text(a.snapshotPath),
                  text(boxText(a.detectionBox)),
                  text(jsonText(a.details))})
                upsertAlert.addBindValue(value);
            ok = exec(upsertAlert, "storing alert", error);
        }
        if (ok && write.action) {
            const ActionLogEntry &entry = *write.action;
            for (const QVariant &value :
                 {QVariant(entry.alertId), timeValue(entry.time), text(entry.operatorLogin),
                  text(alertActionKey(entry.action)), text(alertStateKey(entry.fromState)),
                  text(alertStateKey(entry.toState)), text(entry.detail)})
                insertAction.addBindValue(value);
            ok = exec(insertAction, "logging action", error);
        }
        if (!ok)
            break;
    }
    insertEvent.finish();
    upsertAlert.finish();
    insertAction.finish();
    if (ok && db.commit())
        return true;
    if (ok && error)
        *error = QStringLiteral("commit failed: %1").arg(db.lastError().text());
    db.rollback();
    return false;
}

std::optional<QList<Alert>> SqliteAlertStore::loadAlerts(const AlertQuery &query, QString *error)
{
    QStringList where;
    QVariantList values;
    if (query.openOnly)
        where << QStringLiteral("state <> 'resolved'");
    if (!query.states.isEmpty()) {
        QStringList marks;
        for (AlertState state : query.states) {
            marks << QStringLiteral("?");
            values << alertStateKey(state);
        }
        where << QStringLiteral("state IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (query.priority) {
        where << QStringLiteral("priority = ?");
        values << int(*query.priority);
    }
    const std::pair<const char *, QString> exact[] = {
        {"type = ?", query.type}, {"camera_id = ?", query.cameraId}, {"area = ?", query.area}};
    for (const auto &[clause, value] : exact) {
        if (!value.isEmpty()) {
            where << QLatin1String(clause);
            values << value;
        }
    }
    if (query.resolution) {
        where << QStringLiteral("resolution = ?");
        values << resolutionKey(*query.resolution);
    }
    if (query.from.isValid()) {
        where << QStringLiteral("created_at >= ?");
        values << timeValue(query.from);
    }
    if (query.until.isValid()) {
        where << QStringLiteral("created_at < ?");
        values << timeValue(query.until);
    }
    if (!query.text.isEmpty()) {
        where << QStringLiteral("(instr(summary, ?) > 0 OR instr(type, ?) > 0 OR "
                                "instr(camera_id, ?) > 0 OR instr(unit, ?) > 0)");
        for (int i = 0; i < 4; ++i)
            values << query.text;
    }
    QString sql = QStringLiteral("SELECT ") + kAlertColumns + QStringLiteral(" FROM alerts");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += query.newestFirst ? QStringLiteral(" ORDER BY created_at DESC, id DESC")
                             : QStringLiteral(" ORDER BY priority, created_at");
    sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(std::max(0, query.offset));

    QSqlQuery select(m_db->connection());
    select.setForwardOnly(true);
    select.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        select.addBindValue(value);
    if (!exec(select, "loading alerts", error))
        return std::nullopt;
    QList<Alert> alerts;
    while (select.next())
        alerts.append(alertFrom(select));
    return alerts;
}

std::optional<QList<ActionLogEntry>> SqliteAlertStore::loadActions(qint64 alertId, QString *error)
{
    QSqlQuery select(m_db->connection());
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT id, alert_id, time, operator, action, from_state, "
                                  "to_state, detail FROM alert_actions WHERE alert_id = ? "
                                  "ORDER BY id"));
    select.addBindValue(alertId);
    if (!exec(select, "loading action log", error))
        return std::nullopt;
    QList<ActionLogEntry> entries;
    while (select.next()) {
        ActionLogEntry entry;
        entry.id = select.value(0).toLongLong();
        entry.alertId = select.value(1).toLongLong();
        entry.time = timeFrom(select.value(2));
        entry.operatorLogin = select.value(3).toString();
        entry.action = alertActionFromKey(select.value(4).toString()).value_or(AlertAction::Note);
        entry.fromState = alertStateFromKey(select.value(5).toString()).value_or(AlertState::New);
        entry.toState = alertStateFromKey(select.value(6).toString()).value_or(AlertState::New);
        entry.detail = select.value(7).toString();
        entries.append(entry);
    }
    return entries;
}

std::optional<AlertStoreIds> SqliteAlertStore::lastIds(QString *error)
{
    QSqlQuery select(m_db->connection());
    select.prepare(QStringLiteral(
        "SELECT (SELECT IFNULL(MAX(id), 0) FROM events), (SELECT IFNULL(MAX(id), 0) FROM alerts)"));
    if (!exec(select, "reading last ids", error) || !select.next())
        return std::nullopt;
    return AlertStoreIds{select.value(0).toLongLong(), select.value(1).toLongLong()};
}

} // namespace vigil
