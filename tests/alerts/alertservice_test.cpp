#include "alertpipelinefixture.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>

#include <atomic>

using namespace vigil;
using Pipeline = vigil::test::AlertPipeline;
using vigil::test::makeEvent;
using vigil::test::t0;
using vigil::test::waitUntil;

namespace {

ActionRequest request(AlertAction action)
{
    ActionRequest r;
    r.action = action;
    r.operatorLogin = QStringLiteral("zhang.wei");
    return r;
}

} // namespace

TEST_CASE("events become alerts, repeats are merged, announced only after commit",
          "[alerts][service]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("vigil.db"));
    RuleSet rules;
    rules.priorityRules = {{QStringLiteral("intrusion"), {}, {}, Priority::P1}};
    Pipeline pipeline(dbPath, rules);
    QSignalSpy raised(&pipeline.service, &AlertService::alertRaised);
    QSignalSpy updated(&pipeline.service, &AlertService::alertUpdated);

    QSignalSpy failed(&pipeline.service, &AlertService::storeFailed);
    pipeline.bus.publish(makeEvent(QStringLiteral("intrusion"), QStringLiteral("c01"), t0()));
    REQUIRE(waitUntil([&] { return raised.size() == 1 || failed.size() > 0; }));
    INFO((failed.isEmpty() ? QString() : failed.at(0).at(0).toString()).toStdString());
    REQUIRE(failed.isEmpty());
    const Alert alert = raised.at(0).at(0).value<Alert>();
    CHECK(alert.priority == Priority::P1);
    CHECK(alert.state == AlertState::New);

    for (int i = 1; i <= 3; ++i) {
        pipeline.bus.publish(
            makeEvent(QStringLiteral("intrusion"), QStringLiteral("c01"), t0().addSecs(10 * i)));
    }
    // A plate read is a passage record (kept by the passage store), never an alert: its
    // source declares it informational and not stored here (manifest "alert"/"storeEvent").
    Event plateRead = makeEvent(QStringLiteral("plate_read"), QStringLiteral("c01"), t0());
    plateRead.informational = true;
    plateRead.storeEvent = false;
    pipeline.bus.publish(plateRead);
    pipeline.bus.publish(makeEvent(QStringLiteral("tamper"), QStringLiteral("c01"), t0()));
    REQUIRE(waitUntil([&] { return updated.size() == 3 && raised.size() == 2; }));
    CHECK(raised.at(1).at(0).value<Alert>().type == QStringLiteral("tamper"));
    CHECK(updated.last().at(0).value<Alert>().eventCount == 4);
    CHECK(pipeline.service.openAlerts().size() == 2);

    // Everything reported is durable: a second store on the same file sees it.
    QString error;
    auto reader = SqliteAlertStore::open(dbPath, &error);
    REQUIRE(reader);
    const auto stored = reader->loadAlerts(AlertQuery{}, &error);
    REQUIRE(stored);
    REQUIRE(stored->size() == 2);
    CHECK(stored->first().eventCount == 4);
    CHECK(reader->lastIds(&error)->lastEventId == 5);
}

TEST_CASE("operator actions are logged, refusals reported, state survives a restart",
          "[alerts][service]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("vigil.db"));
    qint64 alertId = 0;
    {
        Pipeline pipeline(dbPath);
        QSignalSpy raised(&pipeline.service, &AlertService::alertRaised);
        QSignalSpy logged(&pipeline.service, &AlertService::actionLogged);
        QSignalSpy refused(&pipeline.service, &AlertService::actionRefused);
        pipeline.service.ingest(
            makeEvent(QStringLiteral("line_crossing"), QStringLiteral("c02"), t0()));
        pipeline.service.ingest(
            makeEvent(QStringLiteral("video_loss"), QStringLiteral("c03"), t0()));
        REQUIRE(waitUntil([&] { return raised.size() == 2; }));
        alertId = raised.at(0).at(0).value<Alert>().id;
        const qint64 otherId = raised.at(1).at(0).value<Alert>().id;

        CHECK_FALSE(pipeline.service.requestAction(alertId, request(AlertAction::OnScene)));
        REQUIRE(refused.size() == 1);
        CHECK(refused.at(0).at(0).toLongLong() == alertId);

        CHECK(pipeline.service.acknowledge({alertId, otherId, 999}, QStringLiteral("zhang.wei")) ==
              2);
        ActionRequest dispatch = request(AlertAction::Dispatch);
        dispatch.unit = QStringLiteral("巡逻二组");
        CHECK(pipeline.service.requestAction(alertId, dispatch));
        CHECK(pipeline.service.handOver(QStringLiteral("zhang.wei"), QStringLiteral("li.na"),
                                        QStringLiteral("zhang.wei")) == 2);
        // 2 creates + 2 acknowledges + dispatch + 2 hand-overs
        REQUIRE(waitUntil([&] { return logged.size() == 7; }));
    }
    Pipeline restarted(dbPath);
    const std::optional<Alert> alert = restarted.service.alert(alertId);
    REQUIRE(alert);
    CHECK(alert->state == AlertState::Dispatched);
    CHECK(alert->unit == QStringLiteral("巡逻二组"));
    CHECK(alert->assignedTo == QStringLiteral("li.na"));

    QSignalSpy history(&restarted.service, &AlertService::actionLogLoaded);
    restarted.service.requestActionLog(alertId);
    REQUIRE(waitUntil([&] { return history.size() == 1; }));
    const auto entries = history.at(0).at(1).value<QList<ActionLogEntry>>();
    REQUIRE(entries.size() == 4);
    CHECK(entries.at(0).action == AlertAction::Create);
    CHECK(entries.at(2).action == AlertAction::Dispatch);
    CHECK(entries.at(3).detail == QStringLiteral("zhang.wei → li.na"));

    // Ids continue after the restart instead of colliding.
    QSignalSpy raised(&restarted.service, &AlertService::alertRaised);
    restarted.service.ingest(makeEvent(QStringLiteral("intrusion"), QStringLiteral("c09"), t0()));
    REQUIRE(waitUntil([&] { return raised.size() == 1; }));
    CHECK(raised.at(0).at(0).value<Alert>().id > alertId + 1);
}

TEST_CASE("SLA breaches escalate on the injected clock", "[alerts][service]")
{
    QTemporaryDir dir;
    Pipeline pipeline(dir.filePath(QStringLiteral("vigil.db")));
    QSignalSpy raised(&pipeline.service, &AlertService::alertRaised);
    QSignalSpy breached(&pipeline.service, &AlertService::slaBreached);
    pipeline.service.ingest(makeEvent(QStringLiteral("hotlist"), QStringLiteral("c04"), t0(), 65));
    REQUIRE(waitUntil([&] { return raised.size() == 1; }));
    const Alert alert = raised.at(0).at(0).value<Alert>();
    REQUIRE(alert.priority == Priority::P2);

    const int ackSecs = pipeline.service.slaPolicy().forPriority(Priority::P2).acknowledgeSecs;
    pipeline.clock.advanceMs(qint64(ackSecs) * 1000 - 1);
    pipeline.service.checkSla();
    QCoreApplication::processEvents();
    CHECK(pipeline.service.alert(alert.id)->priority == Priority::P2);

    pipeline.clock.advanceMs(2);
    pipeline.service.checkSla();
    pipeline.service.checkSla(); // the same stage escalates once
    REQUIRE(waitUntil([&] { return breached.size() == 1; }));
    CHECK(breached.at(0).at(0).value<Alert>().priority == Priority::P1);
    CHECK(breached.at(0).at(1).toString() == QStringLiteral("acknowledge"));
    REQUIRE_FALSE(waitUntil([&] { return breached.size() > 1; }, 200));
}

TEST_CASE("the in-process bus delivers on the subscriber's thread", "[alerts][bus]")
{
    InProcessEventBus bus;
    QThread worker;
    worker.start();
    QObject receiver;
    receiver.moveToThread(&worker);
    std::atomic<QThread *> deliveredOn{nullptr};
    std::atomic_int count{0};
    const auto id = bus.subscribe(
        &receiver,
        [&](const Event &) {
            deliveredOn = QThread::currentThread();
            ++count;
        },
        QStringLiteral("tamper"));
    bus.publish(makeEvent(QStringLiteral("intrusion"), QStringLiteral("c01"), t0())); // filtered
    bus.publish(makeEvent(QStringLiteral("tamper"), QStringLiteral("c01"), t0()));
    REQUIRE(waitUntil([&] { return count.load() == 1; }));
    CHECK(deliveredOn.load() == &worker);
    bus.unsubscribe(id);
    bus.publish(makeEvent(QStringLiteral("tamper"), QStringLiteral("c01"), t0()));
    CHECK_FALSE(waitUntil([&] { return count.load() > 1; }, 100));
    worker.quit();
    worker.wait();
}

namespace {

// A store that fails its first `failures` batches (a full disk) and records what it got.
class FlakyStore : public AlertStore
{
public:
    explicit FlakyStore(int failures, QList<qint64> *stored)
        : m_failures(failures), m_stored(stored)
    {}
    bool applyBatch(const QList<AlertWrite> &writes, QString *error) override
    {
        if (m_failures-- > 0) {
            *error = QStringLiteral("database or disk is full");
            return false;
        }
        for (const AlertWrite &write : writes)
            m_stored->append(write.event->id);
        return true;
    }
    std::optional<QList<Alert>> loadAlerts(const AlertQuery &, QString *) override
    {
        return QList<Alert>{};
    }
    std::optional<QList<ActionLogEntry>> loadActions(qint64, QString *) override
    {
        return QList<ActionLogEntry>{};
    }
    std::optional<AlertStoreIds> lastIds(QString *) override { return AlertStoreIds{}; }

private:
    int m_failures;
    QList<qint64> *m_stored;
};

} // namespace

TEST_CASE("the writer retries a failed batch in order and reports failure and recovery",
          "[alerts][writer]")
{
    QList<qint64> stored; // written on the writer thread, read after drain()
    AlertStoreWriter writer([&stored](QString *) -> std::unique_ptr<AlertStore> {
        return std::make_unique<FlakyStore>(2, &stored);
    });
    writer.setRetryDelays(10, 20);
    QSignalSpy failed(&writer, &AlertStoreWriter::writeFailed);
    QSignalSpy recovered(&writer, &AlertStoreWriter::writeRecovered);
    QSignalSpy committed(&writer, &AlertStoreWriter::committed);
    writer.start();
    for (qint64 id = 1; id <= 5; ++id) {
        Event event = makeEvent(QStringLiteral("intrusion"), QStringLiteral("c01"), t0());
        event.id = id;
        writer.enqueue(AlertWrite{event, std::nullopt, std::nullopt});
    }
    REQUIRE(waitUntil([&] { return recovered.size() == 1; }));
    CHECK(failed.size() == 1);
    CHECK(failed.at(0).at(0).toString().contains(QStringLiteral("disk is full")));
    REQUIRE(writer.drain());
    CHECK(stored == QList<qint64>{1, 2, 3, 4, 5});
}
