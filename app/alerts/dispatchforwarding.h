#pragma once
// Dispatch forwarding: every committed dispatch of an alert is sent to the dispatched unit's
// webhook endpoint (if the unit has one) through the durable WebhookOutbox.
//
// Thread contract: connect on the AlertService's thread; the outbox is thread-safe. The service
// and the outbox must outlive the connection (disconnect it first, or destroy the service).

#include "alerts/alert.h"

#include <QByteArray>
#include <QHash>
#include <QMetaObject>
#include <QUrl>

namespace vigil {

class AlertService;
class WebhookOutbox;

// The JSON a unit receives: alert id, priority, type, camera/checkpoint, area, summary, times,
// unit, operator, snapshot reference and details.
QByteArray dispatchPayload(const Alert &alert, const ActionLogEntry &dispatch);

QMetaObject::Connection forwardDispatches(AlertService &service, WebhookOutbox &outbox,
                                          QHash<QString, QUrl> unitEndpoints);

} // namespace vigil
