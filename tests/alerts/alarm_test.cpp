#include "alerts/alertalarm.h"
#include "alerts/alertservice.h"
#include "alerts/alertstorewriter.h"
#include "alerts/sqlitealertstore.h"
#include "alertstestsupport.h"
#include "events/inprocesseventbus.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace vigil;
using vigil::test::makeEvent;
using vigil::test::t0;
using vigil::test::waitUntil;

namespace {

class FakePlayer : public AlarmPlayer
{
public:
    void start(Priority priority) override { log.append(priorityKey(priority)); }
    void stop() override { log.append(QStringLiteral("stop")); }
    QStringList log;
};

} // namespace

TEST_CASE("the alarm sounds for new audible alerts, stops on acknowledge, mute times out",
          "[alerts][alarm]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("vigil.db"));
    InProcessEventBus bus;
    ManualClock clock(t0());
    AlertStoreWriter writer([dbPath](QString *error) -> std::unique_ptr<AlertStore> {
        return SqliteAlertStore::open(dbPath, error);
    });
    AlertService service(bus, writer, clock, RuleSet{}, SlaPolicy{});
    FakePlayer player;
    AlertAlarm alarm(service, player);
    writer.start();
    service.start(false);
    REQUIRE(waitUntil([&] { return service.isReady(); }));

    service.ingest(makeEvent(QStringLiteral("loitering"), QStringLiteral("c09"), t0(), 35)); // P3
    service.ingest(makeEvent(QStringLiteral("tamper"), QStringLiteral("c11"), t0(), 65));    // P2
    REQUIRE(waitUntil([&] { return alarm.sounding() == Priority::P2; }));
    service.ingest(makeEvent(QStringLiteral("intrusion"), QStringLiteral("c03"), t0(), 90)); // P1
    REQUIRE(waitUntil([&] { return alarm.sounding() == Priority::P1; }));
    CHECK(player.log == QStringList{QStringLiteral("P2"), QStringLiteral("P1")});

    alarm.mute(1);
    CHECK(alarm.isMuted());
    CHECK_FALSE(alarm.sounding());
    CHECK(player.log.last() == QStringLiteral("stop"));
    REQUIRE(waitUntil([&] { return !alarm.isMuted(); }, 3000)); // comes back by itself
    CHECK(alarm.sounding() == Priority::P1);

    QList<qint64> ids;
    for (const Alert &alert : service.openAlerts())
        ids.append(alert.id);
    CHECK(service.acknowledge(ids, QStringLiteral("zhang.wei")) == 3);
    REQUIRE(waitUntil([&] { return !alarm.sounding().has_value(); }));
    CHECK(player.log.last() == QStringLiteral("stop"));
}
