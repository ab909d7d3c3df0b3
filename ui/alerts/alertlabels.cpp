#include "alerts/alertlabels.h"

#include <QCoreApplication>

namespace vigil {

// The translation context of these strings (lupdate sees AlertLabels::tr calls).
struct AlertLabels
{
    Q_DECLARE_TR_FUNCTIONS(AlertLabels)
};

QStringList knownAlertTypes()
{
    return {QStringLiteral("intrusion"),   QStringLiteral("line_crossing"),
            QStringLiteral("tamper"),      QStringLiteral("video_loss"),
            QStringLiteral("hotlist_hit"), QStringLiteral("loitering"),
            QStringLiteral("motion")};
}

QString alertTypeLabel(const QString &typeKey)
{
    if (typeKey == QLatin1String("intrusion"))
        return AlertLabels::tr("Area intrusion");
    if (typeKey == QLatin1String("line_crossing"))
        return AlertLabels::tr("Line crossing");
    if (typeKey == QLatin1String("tamper"))
        return AlertLabels::tr("Camera tampering");
    if (typeKey == QLatin1String("video_loss"))
        return AlertLabels::tr("Video loss");
    // "hotlist" is what external systems posted before the passage store raised hotlist_hit.
    if (typeKey == QLatin1String("hotlist_hit") || typeKey == QLatin1String("hotlist"))
        return AlertLabels::tr("Hotlist vehicle");
    if (typeKey == QLatin1String("loitering"))
        return AlertLabels::tr("Loitering");
    if (typeKey == QLatin1String("motion"))
        return AlertLabels::tr("Motion");
    return typeKey; // external systems may send their own types
}

QString alertStateLabel(AlertState state)
{
    switch (state) {
    case AlertState::New:
        return AlertLabels::tr("New");
    case AlertState::Acknowledged:
        return AlertLabels::tr("Acknowledged");
    case AlertState::Dispatched:
        return AlertLabels::tr("Dispatched");
    case AlertState::OnScene:
        return AlertLabels::tr("On scene");
    case AlertState::Resolved:
        return AlertLabels::tr("Resolved");
    }
    return {};
}

QString priorityLabel(Priority priority)
{
    return priorityKey(priority);
}

QString resolutionLabel(Resolution resolution)
{
    switch (resolution) {
    case Resolution::None:
        return {};
    case Resolution::TrueAlarm:
        return AlertLabels::tr("True alarm");
    case Resolution::FalseAlarm:
        return AlertLabels::tr("False alarm");
    case Resolution::Duplicate:
        return AlertLabels::tr("Duplicate");
    }
    return {};
}

QString alertActionLabel(AlertAction action)
{
    switch (action) {
    case AlertAction::Create:
        return AlertLabels::tr("Raised");
    case AlertAction::Repeat:
        return AlertLabels::tr("Repeated");
    case AlertAction::Acknowledge:
        return AlertLabels::tr("Acknowledged");
    case AlertAction::Dispatch:
        return AlertLabels::tr("Dispatched");
    case AlertAction::OnScene:
        return AlertLabels::tr("On scene");
    case AlertAction::Resolve:
        return AlertLabels::tr("Resolved");
    case AlertAction::Reopen:
        return AlertLabels::tr("Reopened");
    case AlertAction::Assign:
        return AlertLabels::tr("Assigned");
    case AlertAction::HandOver:
        return AlertLabels::tr("Handed over");
    case AlertAction::Note:
        return AlertLabels::tr("Note");
    case AlertAction::Escalate:
        return AlertLabels::tr("Escalated");
    }
    return {};
}

QColor priorityColor(Priority priority)
{
    switch (priority) {
    case Priority::P1:
        return QColor(0xc6, 0x28, 0x28); // red
    case Priority::P2:
        return QColor(0xef, 0x6c, 0x00); // orange
    case Priority::P3:
        return QColor(0xf9, 0xa8, 0x25); // amber
    case Priority::P4:
        return QColor(0x54, 0x6e, 0x7a); // blue grey
    }
    return {};
}

} // namespace vigil
