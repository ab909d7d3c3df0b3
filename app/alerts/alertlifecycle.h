#pragma once
// AlertLifecycle: the transition table of an alert
//
//   new → acknowledged → dispatched (to a named unit) → on scene → resolved
//   (new/acknowledged may be dispatched directly; any open state may be resolved, e.g. as a
//   false alarm; resolved may be reopened with a reason.)
//
// plus the actions that keep the state (assign, hand over, note) and the system's escalation.
// Pure: it computes the next alert and the log entry, or refuses with a translated reason.
//
// Thread contract: free functions on values; safe on any thread.

#include "alerts/alert.h"

#include <QDateTime>
#include <QString>

namespace vigil {

struct ActionRequest
{
    AlertAction action = AlertAction::Acknowledge;
    QString operatorLogin;
    QString unit;                             // Dispatch
    Resolution resolution = Resolution::None; // Resolve
    QString assignee;                         // Assign, HandOver
    QString note;                             // Resolve (optional), Reopen, Note
};

struct TransitionResult
{
    bool accepted = false;
    QString refusal; // translated, why the action was refused
    Alert alert;     // the alert after the action
    ActionLogEntry entry;
};

// Applies an operator action at `now`. Create, Repeat and Escalate are system actions and are
// refused here (see AlertService and slapolicy.h).
TransitionResult applyAction(const Alert &alert, const ActionRequest &request,
                             const QDateTime &now);

// Whether `action` is allowed in `state` at all (ignoring its parameters): the UI greys out
// quick actions with this.
bool isActionAllowed(AlertState state, AlertAction action);

} // namespace vigil
