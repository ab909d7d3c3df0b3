#include "alerts/alertlifecycle.h"
#include "alertstestsupport.h"

#include <catch2/catch.hpp>

using namespace vigil;
using vigil::test::t0;

namespace {

Alert newAlert()
{
    Alert alert;
    alert.id = 7;
    alert.type = QStringLiteral("intrusion");
    alert.cameraId = QStringLiteral("c01");
    alert.createdAt = alert.slaStartedAt = t0();
    return alert;
}

ActionRequest request(AlertAction action)
{
    ActionRequest r;
    r.action = action;
    r.operatorLogin = QStringLiteral("zhang.wei");
    return r;
}

} // namespace

TEST_CASE("the full lifecycle: new → acknowledged → dispatched → on scene → resolved",
          "[alerts][lifecycle]")
{
    Alert alert = newAlert();
    auto step = [&](ActionRequest r, AlertState expected) {
        const TransitionResult result = applyAction(alert, r, t0().addSecs(10));
        REQUIRE(result.accepted);
        CHECK(result.alert.state == expected);
        CHECK(result.entry.fromState == alert.state);
        CHECK(result.entry.toState == expected);
        CHECK(result.entry.operatorLogin == QStringLiteral("zhang.wei"));
        CHECK(result.entry.alertId == 7);
        alert = result.alert;
        return result;
    };
    step(request(AlertAction::Acknowledge), AlertState::Acknowledged);
    CHECK(alert.assignedTo == QStringLiteral("zhang.wei"));
    ActionRequest dispatch = request(AlertAction::Dispatch);
    dispatch.unit = QStringLiteral("巡逻二组");
    CHECK(step(dispatch, AlertState::Dispatched).entry.detail == QStringLiteral("巡逻二组"));
    CHECK(alert.unit == QStringLiteral("巡逻二组"));
    step(request(AlertAction::OnScene), AlertState::OnScene);
    ActionRequest resolve = request(AlertAction::Resolve);
    resolve.resolution = Resolution::TrueAlarm;
    resolve.note = QStringLiteral("suspect left");
    CHECK(step(resolve, AlertState::Resolved).entry.detail ==
          QStringLiteral("true_alarm: suspect left"));
    CHECK(alert.resolvedAt.isValid());

    ActionRequest reopen = request(AlertAction::Reopen);
    reopen.note = QStringLiteral("came back");
    step(reopen, AlertState::Acknowledged);
    CHECK(alert.resolution == Resolution::None);
    CHECK(alert.unit.isEmpty());
    CHECK(alert.slaStartedAt == t0().addSecs(10));
}

TEST_CASE("illegal transitions and missing parameters are refused with a reason",
          "[alerts][lifecycle]")
{
    const Alert fresh = newAlert();
    const auto refused = [](const Alert &alert, const ActionRequest &r) {
        const TransitionResult result = applyAction(alert, r, t0());
        CHECK_FALSE(result.accepted);
        CHECK_FALSE(result.refusal.isEmpty());
        CHECK(result.alert == alert); // unchanged
        return result.refusal;
    };
    CHECK(refused(fresh, request(AlertAction::OnScene)).contains(QStringLiteral("new")));
    refused(fresh, request(AlertAction::Reopen));
    refused(fresh, request(AlertAction::Dispatch)); // no unit
    refused(fresh, request(AlertAction::Resolve));  // no resolution
    refused(fresh, request(AlertAction::Note));     // empty note
    refused(fresh, request(AlertAction::Assign));   // no assignee
    refused(fresh, request(AlertAction::Escalate)); // system only
    ActionRequest anonymous = request(AlertAction::Acknowledge);
    anonymous.operatorLogin.clear();
    refused(fresh, anonymous);

    Alert resolved = fresh;
    resolved.state = AlertState::Resolved;
    refused(resolved, request(AlertAction::Acknowledge));
    ActionRequest reopen = request(AlertAction::Reopen);
    refused(resolved, reopen); // no reason
    Alert acknowledged = fresh;
    acknowledged.state = AlertState::Acknowledged;
    refused(acknowledged, request(AlertAction::Acknowledge));
}

TEST_CASE("false alarm straight from new; dispatch from new acknowledges", "[alerts][lifecycle]")
{
    ActionRequest falseAlarm = request(AlertAction::Resolve);
    falseAlarm.resolution = Resolution::FalseAlarm;
    const TransitionResult resolved = applyAction(newAlert(), falseAlarm, t0());
    REQUIRE(resolved.accepted);
    CHECK(resolved.alert.resolution == Resolution::FalseAlarm);

    ActionRequest dispatch = request(AlertAction::Dispatch);
    dispatch.unit = QStringLiteral("unit-3");
    const TransitionResult dispatched = applyAction(newAlert(), dispatch, t0().addSecs(5));
    REQUIRE(dispatched.accepted);
    CHECK(dispatched.alert.acknowledgedAt == t0().addSecs(5));

    ActionRequest handOver = request(AlertAction::HandOver);
    handOver.assignee = QStringLiteral("li.na");
    const TransitionResult moved = applyAction(dispatched.alert, handOver, t0());
    REQUIRE(moved.accepted);
    CHECK(moved.alert.state == AlertState::Dispatched);
    CHECK(moved.alert.assignedTo == QStringLiteral("li.na"));
}
