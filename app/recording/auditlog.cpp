#include "recording/auditlog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace vigil {

bool appendAuditEntry(QSqlDatabase &db, const QString &operatorName, const QString &action,
                      const QString &target, const QJsonObject &details, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO audit_log (time, operator, action, target, details) VALUES (?,?,?,?,?)"));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(operatorName);
    query.addBindValue(action);
    query.addBindValue(target);
    query.addBindValue(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        if (error)
            *error = QStringLiteral("cannot write the audit log: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

} // namespace vigil
