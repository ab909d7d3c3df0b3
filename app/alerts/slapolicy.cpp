#include "alerts/slapolicy.h"

namespace vigil {

QString slaStageKey(SlaStage stage)
{
    switch (stage) {
    case SlaStage::None:
        return {};
    case SlaStage::Acknowledge:
        return QStringLiteral("acknowledge");
    case SlaStage::Dispatch:
        return QStringLiteral("dispatch");
    case SlaStage::OnScene:
        return QStringLiteral("on_scene");
    }
    return {};
}

SlaStatus slaStatus(const SlaPolicy &policy, const Alert &alert, const QDateTime &now)
{
    SlaStatus status;
    const SlaTargets &targets = policy.forPriority(alert.basePriority);
    int secs = 0;
    switch (alert.state) {
    case AlertState::New:
        status.stage = SlaStage::Acknowledge;
        secs = targets.acknowledgeSecs;
        break;
    case AlertState::Acknowledged:
        status.stage = SlaStage::Dispatch;
        secs = targets.dispatchSecs;
        break;
    case AlertState::Dispatched:
        status.stage = SlaStage::OnScene;
        secs = targets.onSceneSecs;
        break;
    case AlertState::OnScene:
    case AlertState::Resolved:
        return status;
    }
    const QDateTime start = alert.slaStartedAt.isValid() ? alert.slaStartedAt : alert.createdAt;
    status.deadline = start.addSecs(secs);
    status.remainingMs = now.msecsTo(status.deadline);
    status.breached = status.remainingMs < 0;
    return status;
}

std::optional<Escalation> escalationDue(const SlaPolicy &policy, const Alert &alert,
                                        const QDateTime &now)
{
    const SlaStatus status = slaStatus(policy, alert, now);
    if (!status.breached)
        return std::nullopt;
    // Alert::escalations counts handled stages; stage N (1..3) escalates once.
    const int stageIndex = int(status.stage);
    if (alert.escalations >= stageIndex)
        return std::nullopt;
    Escalation escalation;
    escalation.stage = status.stage;
    escalation.alert = alert;
    escalation.alert.escalations = stageIndex;
    escalation.alert.priority = Priority(std::max(1, int(alert.priority) - 1));
    escalation.alert.updatedAt = now;
    escalation.entry.alertId = alert.id;
    escalation.entry.time = now;
    escalation.entry.operatorLogin = QStringLiteral("system");
    escalation.entry.action = AlertAction::Escalate;
    escalation.entry.fromState = alert.state;
    escalation.entry.toState = alert.state;
    escalation.entry.detail = QStringLiteral("%1 target missed: %2 → %3")
                                  .arg(slaStageKey(status.stage), priorityKey(alert.priority),
                                       priorityKey(escalation.alert.priority));
    return escalation;
}

} // namespace vigil
