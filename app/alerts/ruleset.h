#pragma once
// RuleSet: how events become alerts — priority per event type/camera/area, the de-duplication
// window, suppression windows and armed schedules. Everything here is a pure function of its
// arguments (no clock, no store), so rules are tested and replayed deterministically.
//
// Thread contract: value types and free functions; safe on any thread.

#include "alerts/alert.h"
#include "events/event.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace vigil {

// Empty fields match anything. The most specific matching rule wins (camera beats area beats
// type-only); among equally specific rules the first one listed wins.
struct PriorityRule
{
    QString eventType;
    QString cameraId;
    QString area;
    Priority priority = Priority::P3;
};

// Events matching camera/type (empty = any) in [from, until) are dropped (maintenance, known
// nuisance). `reason` is shown in logs.
struct SuppressionWindow
{
    QString cameraId;
    QString eventType;
    QDateTime from;
    QDateTime until;
    QString reason;
};

// One armed period: on the weekdays in `weekdays` (1 = Monday .. 7 = Sunday), from `start` to
// `end` local time. end <= start means the period runs over midnight into the next day.
struct ArmedPeriod
{
    QList<int> weekdays{1, 2, 3, 4, 5, 6, 7};
    QTime start{0, 0};
    QTime end{0, 0};
};

// A camera (cameraId) or a whole area (area) is armed only during its periods. A camera
// schedule takes precedence over its area's. Cameras with no schedule are always armed.
struct ArmedSchedule
{
    QString cameraId;
    QString area;
    QList<ArmedPeriod> periods;
};

struct RuleSet
{
    QList<PriorityRule> priorityRules;
    QList<SuppressionWindow> suppressions;
    QList<ArmedSchedule> schedules;
    int dedupWindowSecs = 60;
    // Device health types raise alerts whatever the schedule (a dead camera is always news).
    QSet<QString> alwaysArmedTypes{QStringLiteral("video_loss"), QStringLiteral("tamper")};
    QTimeZone scheduleZone = QTimeZone::systemTimeZone();
    // Events that end a condition another event type raised (restore type → raised type). A
    // restore never raises an alert: it closes the camera's open alert of the raised type if
    // nobody has acknowledged it yet (the condition went away by itself), and otherwise adds a
    // note to it, because an operator who already acted must close it. See docs/alerts.md.
    QHash<QString, QString> restores{
        {QStringLiteral("video_restored"), QStringLiteral("video_loss")}};
    // Site overrides of whether an event type raises alerts (alerts.json "event_alerting"):
    // true turns alerts on for a type its source declared informational, false makes a type
    // informational at this site. Types not listed follow Event::informational.
    QHash<QString, bool> eventAlerting;
};

struct RuleDecision
{
    enum class Kind
    {
        Create,
        Merge,
        Drop
    };
    Kind kind = Kind::Create;
    Priority priority = Priority::P4; // Create
    qint64 mergeInto = 0;             // Merge: the open alert that absorbs the event
    QString reason;                   // Drop: why (suppression reason, "not armed")
};

// Priority from the rules, falling back to the event's severity (>= 80 P1, >= 60 P2, >= 30 P3).
Priority priorityFor(const RuleSet &rules, const Event &event);
// The suppression window covering the event, if any.
std::optional<SuppressionWindow> suppressionFor(const RuleSet &rules, const Event &event);
bool isArmed(const RuleSet &rules, const Event &event);
// False for an informational event: its type's site override, else what its source declared.
bool raisesAlerts(const RuleSet &rules, const Event &event);
// True when `event` repeats `alert` (same camera, checkpoint and type, alert still open, last
// event within the window).
bool isDuplicateOf(const RuleSet &rules, const Event &event, const Alert &alert);

// The whole decision for one event. `recent` is the newest open alert with the event's
// camera/checkpoint and type, if the caller has one.
RuleDecision decide(const RuleSet &rules, const Event &event, const std::optional<Alert> &recent);

// The key under which callers index `recent` alerts: camera, checkpoint and type.
QString dedupKey(const QString &cameraId, const QString &checkpointId, const QString &type);

} // namespace vigil
