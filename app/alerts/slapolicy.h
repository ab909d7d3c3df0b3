#pragma once
// SlaPolicy: response-time targets per priority (time to acknowledge, to dispatch, to be on
// scene, all counted from Alert::slaStartedAt) and the escalation a missed target triggers:
// one priority step up (never above P1) per missed stage, logged as a system action.
//
// Thread contract: value type and free functions; safe on any thread. "now" is always passed in
// (from an injected Clock), never read here.

#include "alerts/alert.h"

#include <QDateTime>
#include <QMetaType>

#include <array>
#include <optional>

namespace vigil {

enum class SlaStage
{
    None,
    Acknowledge,
    Dispatch,
    OnScene
};

struct SlaTargets
{
    int acknowledgeSecs = 0;
    int dispatchSecs = 0;
    int onSceneSecs = 0;
};

struct SlaPolicy
{
    // Indexed by priority - 1. Defaults for a township centre; sites override them.
    std::array<SlaTargets, 4> targets{
        {{30, 120, 600}, {60, 300, 900}, {300, 900, 1800}, {900, 3600, 7200}}};
    const SlaTargets &forPriority(Priority priority) const { return targets[int(priority) - 1]; }
};

struct SlaStatus
{
    SlaStage stage = SlaStage::None; // the next target the alert must meet; None when closed
    QDateTime deadline;
    qint64 remainingMs = 0; // negative once breached
    bool breached = false;
};

QString slaStageKey(SlaStage stage); // "acknowledge", "dispatch", "on_scene", ""

// The target the alert is working towards now, against the alert's *base* priority (escalating
// must not shorten the deadline it already missed).
SlaStatus slaStatus(const SlaPolicy &policy, const Alert &alert, const QDateTime &now);

struct Escalation
{
    Alert alert; // priority raised, escalations counted
    ActionLogEntry entry;
    SlaStage stage = SlaStage::None;
};

// The escalation due at `now`, if any: each stage escalates at most once.
std::optional<Escalation> escalationDue(const SlaPolicy &policy, const Alert &alert,
                                        const QDateTime &now);

} // namespace vigil

Q_DECLARE_METATYPE(vigil::SlaPolicy)
