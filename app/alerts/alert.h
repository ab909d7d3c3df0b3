#pragma once
// Alert value types: an alert is an event (or a de-duplicated run of events) that an operator
// must handle. Its lifecycle lives in alertlifecycle.h, its deadlines in slapolicy.h.
//
// Thread contract: plain value types, no behaviour; copy them freely between threads.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QRectF>
#include <QString>

#include <optional>

namespace vigil {

// P1 is the most urgent. The numeric value is stored and sorted on (1 sorts first).
enum class Priority
{
    P1 = 1,
    P2 = 2,
    P3 = 3,
    P4 = 4
};

enum class AlertState
{
    New,
    Acknowledged,
    Dispatched,
    OnScene,
    Resolved
};

enum class Resolution
{
    None,
    TrueAlarm,
    FalseAlarm,
    Duplicate
};

// Everything an operator (or the system) can do to an alert; each one is logged.
enum class AlertAction
{
    Create, // the system raised the alert
    Repeat, // another matching event was merged into it (de-duplication)
    Acknowledge,
    Dispatch, // to a named unit
    OnScene,
    Resolve, // with a resolution and a note
    Reopen,
    Assign,   // to an operator
    HandOver, // shift change: to the next operator
    Note,
    Escalate, // a response-time target was missed
};

QString priorityKey(Priority priority); // "P1".."P4"
std::optional<Priority> priorityFromInt(int value);
QString alertStateKey(AlertState state); // "new", "acknowledged", ...
std::optional<AlertState> alertStateFromKey(const QString &key);
QList<AlertState> allAlertStates();
QString resolutionKey(Resolution resolution); // "", "true_alarm", "false_alarm", "duplicate"
std::optional<Resolution> resolutionFromKey(const QString &key);
QString alertActionKey(AlertAction action);
std::optional<AlertAction> alertActionFromKey(const QString &key);

// Only "resolved" is closed; every other state still needs an operator.
inline bool isOpen(AlertState state)
{
    return state != AlertState::Resolved;
}

struct Alert
{
    qint64 id = 0;
    qint64 eventId = 0; // the first event
    QString type;       // event type
    QString source;     // event source key
    QString cameraId;
    QString checkpointId;
    QString area;
    QString summary;
    Priority priority = Priority::P4;     // current (after escalation)
    Priority basePriority = Priority::P4; // as the rules decided
    AlertState state = AlertState::New;
    Resolution resolution = Resolution::None;
    QDateTime createdAt;   // first event time
    QDateTime updatedAt;   // last change of any kind
    QDateTime lastEventAt; // last merged event
    int eventCount = 1;    // merged events (de-duplication counter)
    QDateTime acknowledgedAt;
    QDateTime dispatchedAt;
    QDateTime onSceneAt;
    QDateTime resolvedAt;
    QDateTime slaStartedAt; // response-time targets count from here (creation or reopen)
    QString assignedTo;     // operator login
    QString unit;           // dispatched unit name
    int escalations = 0;
    QString snapshotPath;
    QRectF detectionBox;
    QJsonObject details;
    bool operator==(const Alert &) const = default;
};

struct ActionLogEntry
{
    qint64 id = 0; // assigned when stored
    qint64 alertId = 0;
    QDateTime time;
    QString operatorLogin; // "system" for automatic actions
    AlertAction action = AlertAction::Note;
    AlertState fromState = AlertState::New;
    AlertState toState = AlertState::New;
    QString detail; // unit name, resolution, note, new assignee...
    bool operator==(const ActionLogEntry &) const = default;
};

} // namespace vigil

Q_DECLARE_METATYPE(vigil::Alert)
Q_DECLARE_METATYPE(vigil::ActionLogEntry)
