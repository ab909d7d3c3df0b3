#include "alerts/alertlifecycle.h"

#include <QCoreApplication>

namespace vigil {

// The translation context of these strings (lupdate sees AlertLifecycle::tr calls).
struct AlertLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(AlertLifecycle)
};

namespace {

TransitionResult refuse(const Alert &alert, const QString &reason)
{
    TransitionResult result;
    result.alert = alert;
    result.refusal = reason;
    return result;
}

} // namespace

bool isActionAllowed(AlertState state, AlertAction action)
{
    switch (action) {
    case AlertAction::Acknowledge:
        return state == AlertState::New;
    case AlertAction::Dispatch:
        return state == AlertState::New || state == AlertState::Acknowledged;
    case AlertAction::OnScene:
        return state == AlertState::Dispatched;
    case AlertAction::Resolve:
    case AlertAction::Assign:
    case AlertAction::HandOver:
        return isOpen(state);
    case AlertAction::Reopen:
        return state == AlertState::Resolved;
    case AlertAction::Note:
        return true;
    case AlertAction::Create:
    case AlertAction::Repeat:
    case AlertAction::Escalate:
        return false; // system actions
    }
    return false;
}

TransitionResult applyAction(const Alert &alert, const ActionRequest &request, const QDateTime &now)
{
    if (request.operatorLogin.trimmed().isEmpty())
        return refuse(alert, AlertLifecycle::tr("No operator is logged in for this action."));
    if (!isActionAllowed(alert.state, request.action)) {
        return refuse(alert,
                      AlertLifecycle::tr("Action \"%1\" is not allowed on an alert that is %2.")
                          .arg(alertActionKey(request.action), alertStateKey(alert.state)));
    }

    TransitionResult result;
    result.accepted = true;
    Alert next = alert;
    next.updatedAt = now;
    QString detail;
    switch (request.action) {
    case AlertAction::Acknowledge:
        next.state = AlertState::Acknowledged;
        next.acknowledgedAt = now;
        if (next.assignedTo.isEmpty())
            next.assignedTo = request.operatorLogin;
        break;
    case AlertAction::Dispatch:
        if (request.unit.trimmed().isEmpty())
            return refuse(alert, AlertLifecycle::tr("Dispatch needs the name of the unit sent."));
        next.state = AlertState::Dispatched;
        if (!next.acknowledgedAt.isValid())
            next.acknowledgedAt = now; // dispatching implies the operator saw it
        next.dispatchedAt = now;
        next.unit = request.unit.trimmed();
        detail = next.unit;
        break;
    case AlertAction::OnScene:
        next.state = AlertState::OnScene;
        next.onSceneAt = now;
        break;
    case AlertAction::Resolve:
        if (request.resolution == Resolution::None)
            return refuse(
                alert, AlertLifecycle::tr("Resolve needs a resolution (true alarm, false alarm or "
                                          "duplicate)."));
        next.state = AlertState::Resolved;
        next.resolution = request.resolution;
        next.resolvedAt = now;
        detail = resolutionKey(request.resolution);
        if (!request.note.trimmed().isEmpty())
            detail += QStringLiteral(": ") + request.note.trimmed();
        break;
    case AlertAction::Reopen:
        if (request.note.trimmed().isEmpty())
            return refuse(alert, AlertLifecycle::tr("Reopening an alert needs a reason."));
        // The operator reopening it has seen it: back to acknowledged, with fresh deadlines.
        next.state = AlertState::Acknowledged;
        next.resolution = Resolution::None;
        next.resolvedAt = {};
        next.dispatchedAt = {};
        next.onSceneAt = {};
        next.unit.clear();
        next.acknowledgedAt = now;
        next.slaStartedAt = now;
        next.escalations = 0;
        detail = request.note.trimmed();
        break;
    case AlertAction::Assign:
    case AlertAction::HandOver:
        if (request.assignee.trimmed().isEmpty())
            return refuse(alert, AlertLifecycle::tr(
                                     "Assignment needs the operator who takes the alert over."));
        detail = alert.assignedTo + QStringLiteral(" → ") + request.assignee.trimmed();
        next.assignedTo = request.assignee.trimmed();
        break;
    case AlertAction::Note:
        if (request.note.trimmed().isEmpty())
            return refuse(alert, AlertLifecycle::tr("A note cannot be empty."));
        detail = request.note.trimmed();
        break;
    case AlertAction::Create:
    case AlertAction::Repeat:
    case AlertAction::Escalate:
        return refuse(alert,
                      AlertLifecycle::tr("System actions cannot be requested by an operator."));
    }

    result.alert = next;
    result.entry.alertId = alert.id;
    result.entry.time = now;
    result.entry.operatorLogin = request.operatorLogin.trimmed();
    result.entry.action = request.action;
    result.entry.fromState = alert.state;
    result.entry.toState = next.state;
    result.entry.detail = detail;
    return result;
}

} // namespace vigil
