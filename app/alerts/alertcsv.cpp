#include "alerts/alertcsv.h"

namespace vigil {

namespace {

QString csvCell(QString value)
{
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char(',')) ||
        value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

QString timeCell(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

bool writeAlertsCsv(const QList<Alert> &alerts, QIODevice &device, QString *error)
{
    QByteArray out("\xEF\xBB\xBF"); // UTF-8 BOM
    out += "id,priority,state,resolution,type,camera_id,checkpoint_id,area,summary,events,"
           "created_at,acknowledged_at,dispatched_at,on_scene_at,resolved_at,unit,operator,"
           "escalations\r\n";
    for (const Alert &alert : alerts) {
        const QStringList cells{QString::number(alert.id),    priorityKey(alert.priority),
                                alertStateKey(alert.state),   resolutionKey(alert.resolution),
                                csvCell(alert.type),          csvCell(alert.cameraId),
                                csvCell(alert.checkpointId),  csvCell(alert.area),
                                csvCell(alert.summary),       QString::number(alert.eventCount),
                                timeCell(alert.createdAt),    timeCell(alert.acknowledgedAt),
                                timeCell(alert.dispatchedAt), timeCell(alert.onSceneAt),
                                timeCell(alert.resolvedAt),   csvCell(alert.unit),
                                csvCell(alert.assignedTo),    QString::number(alert.escalations)};
        out += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    if (device.write(out) != out.size()) {
        if (error)
            *error = QStringLiteral("cannot write the CSV export: %1").arg(device.errorString());
        return false;
    }
    return true;
}

} // namespace vigil
