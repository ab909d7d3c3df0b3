#pragma once
// The audit log table: who did what to which footage (exports, lock changes).
// Thread contract: uses the connection passed in, on that connection's thread.

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace vigil {

bool appendAuditEntry(QSqlDatabase &db, const QString &operatorName, const QString &action,
                      const QString &target, const QJsonObject &details, QString *error);

} // namespace vigil
