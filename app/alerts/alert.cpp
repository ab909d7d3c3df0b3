#include "alerts/alert.h"

namespace vigil {

QString priorityKey(Priority priority)
{
    return QStringLiteral("P%1").arg(int(priority));
}

std::optional<Priority> priorityFromInt(int value)
{
    if (value < 1 || value > 4)
        return std::nullopt;
    return Priority(value);
}

QString alertStateKey(AlertState state)
{
    switch (state) {
    case AlertState::New:
        return QStringLiteral("new");
    case AlertState::Acknowledged:
        return QStringLiteral("acknowledged");
    case AlertState::Dispatched:
        return QStringLiteral("dispatched");
    case AlertState::OnScene:
        return QStringLiteral("on_scene");
    case AlertState::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

QList<AlertState> allAlertStates()
{
    return {AlertState::New, AlertState::Acknowledged, AlertState::Dispatched, AlertState::OnScene,
            AlertState::Resolved};
}

std::optional<AlertState> alertStateFromKey(const QString &key)
{
    for (AlertState state : allAlertStates()) {
        if (alertStateKey(state) == key)
            return state;
    }
    return std::nullopt;
}

QString resolutionKey(Resolution resolution)
{
    switch (resolution) {
    case Resolution::None:
        return {};
    case Resolution::TrueAlarm:
        return QStringLiteral("true_alarm");
    case Resolution::FalseAlarm:
        return QStringLiteral("false_alarm");
    case Resolution::Duplicate:
        return QStringLiteral("duplicate");
    }
    return {};
}

std::optional<Resolution> resolutionFromKey(const QString &key)
{
    for (Resolution resolution :
         {Resolution::None, Resolution::TrueAlarm, Resolution::FalseAlarm, Resolution::Duplicate}) {
        if (resolutionKey(resolution) == key)
            return resolution;
    }
    return std::nullopt;
}

namespace {
struct ActionName
{
    AlertAction action;
    const char16_t *key;
};
constexpr ActionName kActionNames[] = {
    {AlertAction::Create, u"create"},           {AlertAction::Repeat, u"repeat"},
    {AlertAction::Acknowledge, u"acknowledge"}, {AlertAction::Dispatch, u"dispatch"},
    {AlertAction::OnScene, u"on_scene"},        {AlertAction::Resolve, u"resolve"},
    {AlertAction::Reopen, u"reopen"},           {AlertAction::Assign, u"assign"},
    {AlertAction::HandOver, u"hand_over"},      {AlertAction::Note, u"note"},
    {AlertAction::Escalate, u"escalate"},
};
} // namespace

QString alertActionKey(AlertAction action)
{
    for (const ActionName &name : kActionNames) {
        if (name.action == action)
            return QString::fromUtf16(name.key);
    }
    return {};
}

std::optional<AlertAction> alertActionFromKey(const QString &key)
{
    for (const ActionName &name : kActionNames) {
        if (key == QString::fromUtf16(name.key))
            return name.action;
    }
    return std::nullopt;
}

} // namespace vigil
