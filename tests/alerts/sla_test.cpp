#include "alerts/slapolicy.h"
#include "alertstestsupport.h"

#include <catch2/catch.hpp>

using namespace vigil;
using vigil::test::t0;

TEST_CASE("SLA countdown follows the stage and the base priority", "[alerts][sla]")
{
    SlaPolicy policy;
    policy.targets[0] = {30, 120, 600}; // P1
    Alert alert;
    alert.priority = alert.basePriority = Priority::P1;
    alert.createdAt = alert.slaStartedAt = t0();

    SlaStatus status = slaStatus(policy, alert, t0().addSecs(10));
    CHECK(status.stage == SlaStage::Acknowledge);
    CHECK(status.remainingMs == 20000);
    CHECK_FALSE(status.breached);

    alert.state = AlertState::Acknowledged;
    status = slaStatus(policy, alert, t0().addSecs(130));
    CHECK(status.stage == SlaStage::Dispatch);
    CHECK(status.breached);
    CHECK(status.remainingMs == -10000);

    alert.state = AlertState::OnScene;
    CHECK(slaStatus(policy, alert, t0().addSecs(100000)).stage == SlaStage::None);
}

TEST_CASE("a missed target escalates once per stage, never above P1", "[alerts][sla]")
{
    SlaPolicy policy;
    policy.targets[2] = {60, 300, 900}; // P3
    Alert alert;
    alert.id = 3;
    alert.priority = alert.basePriority = Priority::P3;
    alert.createdAt = alert.slaStartedAt = t0();

    CHECK_FALSE(escalationDue(policy, alert, t0().addSecs(59)));
    auto first = escalationDue(policy, alert, t0().addSecs(61));
    REQUIRE(first);
    CHECK(first->alert.priority == Priority::P2);
    CHECK(first->stage == SlaStage::Acknowledge);
    CHECK(first->entry.action == AlertAction::Escalate);
    CHECK(first->entry.operatorLogin == QStringLiteral("system"));
    // Same stage, later: no second escalation.
    CHECK_FALSE(escalationDue(policy, first->alert, t0().addSecs(200)));

    Alert acknowledged = first->alert;
    acknowledged.state = AlertState::Acknowledged;
    auto second = escalationDue(policy, acknowledged, t0().addSecs(301));
    REQUIRE(second);
    CHECK(second->alert.priority == Priority::P1);
    Alert dispatched = second->alert;
    dispatched.state = AlertState::Dispatched;
    auto third = escalationDue(policy, dispatched, t0().addSecs(901));
    REQUIRE(third);
    CHECK(third->alert.priority == Priority::P1);
    CHECK(third->alert.escalations == 3);
}
