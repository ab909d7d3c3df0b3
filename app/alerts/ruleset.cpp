#include "alerts/ruleset.h"

namespace vigil {

namespace {

int specificity(const PriorityRule &rule)
{
    // Camera outranks area, area outranks type: a per-camera rule is the operator's explicit say.
    return (rule.cameraId.isEmpty() ? 0 : 4) + (rule.area.isEmpty() ? 0 : 2) +
           (rule.eventType.isEmpty() ? 0 : 1);
}

bool matches(const QString &ruleField, const QString &value)
{
    return ruleField.isEmpty() || ruleField == value;
}

Priority priorityFromSeverity(int severity)
{
    if (severity >= 80)
        return Priority::P1;
    if (severity >= 60)
        return Priority::P2;
    if (severity >= 30)
        return Priority::P3;
    return Priority::P4;
}

bool inPeriod(const ArmedPeriod &period, const QDateTime &local)
{
    const QTime time = local.time();
    const int weekday = local.date().dayOfWeek();
    if (period.end > period.start)
        return period.weekdays.contains(weekday) && time >= period.start && time < period.end;
    // Over midnight (or all day when start == end): the evening part belongs to `weekday`, the
    // morning part to the day before.
    if (time >= period.start && period.weekdays.contains(weekday))
        return true;
    const int previousDay = weekday == 1 ? 7 : weekday - 1;
    return time < period.end && period.weekdays.contains(previousDay);
}

} // namespace

Priority priorityFor(const RuleSet &rules, const Event &event)
{
    const PriorityRule *best = nullptr;
    for (const PriorityRule &rule : rules.priorityRules) {
        if (!matches(rule.eventType, event.type) || !matches(rule.cameraId, event.cameraId) ||
            !matches(rule.area, event.area))
            continue;
        if (event.priorityChosenBySource && rule.eventType.isEmpty())
            continue;
        if (!best || specificity(rule) > specificity(*best))
            best = &rule;
    }
    return best ? best->priority : priorityFromSeverity(event.severity);
}

std::optional<SuppressionWindow> suppressionFor(const RuleSet &rules, const Event &event)
{
    for (const SuppressionWindow &window : rules.suppressions) {
        if (matches(window.cameraId, event.cameraId) && matches(window.eventType, event.type) &&
            event.time >= window.from && event.time < window.until)
            return window;
    }
    return std::nullopt;
}

bool isArmed(const RuleSet &rules, const Event &event)
{
    if (rules.alwaysArmedTypes.contains(event.type))
        return true;
    const ArmedSchedule *schedule = nullptr;
    for (const ArmedSchedule &candidate : rules.schedules) {
        if (!candidate.cameraId.isEmpty() && candidate.cameraId == event.cameraId) {
            schedule = &candidate;
            break; // camera schedule wins over the area's
        }
        if (!schedule && candidate.cameraId.isEmpty() && !candidate.area.isEmpty() &&
            candidate.area == event.area)
            schedule = &candidate;
    }
    if (!schedule)
        return true;
    const QDateTime local = event.time.toTimeZone(rules.scheduleZone);
    for (const ArmedPeriod &period : schedule->periods) {
        if (inPeriod(period, local))
            return true;
    }
    return false;
}

bool isDuplicateOf(const RuleSet &rules, const Event &event, const Alert &alert)
{
    if (!isOpen(alert.state) || alert.type != event.type || alert.cameraId != event.cameraId ||
        alert.checkpointId != event.checkpointId)
        return false;
    const qint64 sinceLast = alert.lastEventAt.msecsTo(event.time);
    // Slightly out-of-order events (sinceLast < 0) still belong to the same run.
    return sinceLast <= qint64(rules.dedupWindowSecs) * 1000;
}

bool raisesAlerts(const RuleSet &rules, const Event &event)
{
    if (const auto site = rules.eventAlerting.constFind(event.type);
        site != rules.eventAlerting.cend())
        return *site;
    return !event.informational;
}

RuleDecision decide(const RuleSet &rules, const Event &event, const std::optional<Alert> &recent)
{
    RuleDecision decision;
    if (!raisesAlerts(rules, event)) {
        decision.kind = RuleDecision::Kind::Drop;
        decision.reason = QStringLiteral("informational");
        return decision;
    }
    if (const auto window = suppressionFor(rules, event)) {
        decision.kind = RuleDecision::Kind::Drop;
        decision.reason = window->reason.isEmpty() ? QStringLiteral("suppressed") : window->reason;
        return decision;
    }
    if (!isArmed(rules, event)) {
        decision.kind = RuleDecision::Kind::Drop;
        decision.reason = QStringLiteral("not armed");
        return decision;
    }
    if (recent && isDuplicateOf(rules, event, *recent)) {
        decision.kind = RuleDecision::Kind::Merge;
        decision.mergeInto = recent->id;
        return decision;
    }
    decision.kind = RuleDecision::Kind::Create;
    decision.priority = priorityFor(rules, event);
    return decision;
}

QString dedupKey(const QString &cameraId, const QString &checkpointId, const QString &type)
{
    return cameraId + QLatin1Char('\x1f') + checkpointId + QLatin1Char('\x1f') + type;
}

} // namespace vigil
