#include "alerts/dispatchforwarding.h"

#include "alerts/alertservice.h"
#include "net/webhookoutbox.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace vigil {

QByteArray dispatchPayload(const Alert &alert, const ActionLogEntry &dispatch)
{
    const QJsonObject object{
        {QStringLiteral("alert_id"), alert.id},
        {QStringLiteral("priority"), priorityKey(alert.priority)},
        {QStringLiteral("type"), alert.type},
        {QStringLiteral("camera_id"), alert.cameraId},
        {QStringLiteral("checkpoint_id"), alert.checkpointId},
        {QStringLiteral("area"), alert.area},
        {QStringLiteral("summary"), alert.summary},
        {QStringLiteral("created_at"), alert.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("dispatched_at"), dispatch.time.toString(Qt::ISODateWithMs)},
        {QStringLiteral("unit"), alert.unit},
        {QStringLiteral("operator"), dispatch.operatorLogin},
        {QStringLiteral("events"), alert.eventCount},
        {QStringLiteral("snapshot"), alert.snapshotPath},
        {QStringLiteral("details"), alert.details},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QMetaObject::Connection forwardDispatches(AlertService &service, WebhookOutbox &outbox,
                                          QHash<QString, QUrl> unitEndpoints)
{
    return QObject::connect(
        &service, &AlertService::actionLogged, &service,
        [&service, &outbox, endpoints = std::move(unitEndpoints)](const ActionLogEntry &entry) {
            if (entry.action != AlertAction::Dispatch)
                return;
            const std::optional<Alert> alert = service.alert(entry.alertId);
            if (!alert)
                return;
            const QUrl url = endpoints.value(entry.detail); // the detail is the unit name
            if (url.isValid())
                outbox.enqueue(alert->id, url, dispatchPayload(*alert, entry));
        });
}

} // namespace vigil
