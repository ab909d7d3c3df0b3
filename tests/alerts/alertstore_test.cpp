#include "alerts/alertcsv.h"
#include "alerts/sqlitealertstore.h"
#include "alertstestsupport.h"
#include "store/database.h"
#include "store/migrations.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace vigil;
using vigil::test::makeEvent;
using vigil::test::t0;

namespace {

Alert alertFor(const Event &event, qint64 id)
{
    Alert alert;
    alert.id = id;
    alert.eventId = event.id;
    alert.type = event.type;
    alert.source = eventSourceKey(event.source);
    alert.cameraId = event.cameraId;
    alert.area = event.area;
    alert.summary = event.summary;
    alert.priority = Priority::P2;
    alert.basePriority = Priority::P3;
    alert.createdAt = alert.updatedAt = alert.lastEventAt = alert.slaStartedAt = event.time;
    alert.detectionBox = QRectF(0.25, 0.5, 0.125, 0.25);
    alert.details = QJsonObject{{QStringLiteral("zone"), QStringLiteral("东门")}};
    return alert;
}

} // namespace

TEST_CASE("SqliteAlertStore round-trips events, alerts and the action log", "[alerts][store]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    auto store = SqliteAlertStore::open(dir.filePath(QStringLiteral("vigil.db")), &error);
    REQUIRE(store);
    CHECK(store->lastIds(&error)->lastAlertId == 0);

    Event event = makeEvent(QStringLiteral("intrusion"), QStringLiteral("c01"), t0());
    event.id = 1;
    event.summary = QStringLiteral("区域入侵 东门");
    Alert alert = alertFor(event, 1);
    alert.summary = event.summary;
    ActionLogEntry entry;
    entry.alertId = 1;
    entry.time = t0().addMSecs(1234);
    entry.operatorLogin = QStringLiteral("system");
    entry.action = AlertAction::Create;
    entry.detail = QStringLiteral("P2");
    REQUIRE(store->applyBatch({AlertWrite{event, alert, entry}}, &error));

    alert.state = AlertState::Dispatched;
    alert.unit = QStringLiteral("巡逻二组");
    alert.dispatchedAt = t0().addSecs(30);
    ActionLogEntry dispatch = entry;
    dispatch.action = AlertAction::Dispatch;
    dispatch.operatorLogin = QStringLiteral("zhang.wei");
    dispatch.toState = AlertState::Dispatched;
    REQUIRE(store->applyBatch({AlertWrite{std::nullopt, alert, dispatch}}, &error));

    const auto loaded = store->loadAlerts(AlertQuery{}, &error);
    REQUIRE(loaded);
    REQUIRE(loaded->size() == 1);
    CHECK(loaded->first() == alert);
    const auto actions = store->loadActions(1, &error);
    REQUIRE(actions);
    REQUIRE(actions->size() == 2);
    CHECK(actions->at(0).time == entry.time);
    CHECK(actions->at(1).action == AlertAction::Dispatch);
    CHECK(actions->at(1).toState == AlertState::Dispatched);
    CHECK(store->lastIds(&error)->lastEventId == 1);

    AlertQuery text;
    text.text = QStringLiteral("东门");
    CHECK(store->loadAlerts(text, &error)->size() == 1);
    text.text = QStringLiteral("西门");
    CHECK(store->loadAlerts(text, &error)->isEmpty());
    AlertQuery states;
    states.states = {AlertState::New};
    CHECK(store->loadAlerts(states, &error)->isEmpty());
}

TEST_CASE("a failing batch leaves nothing behind", "[alerts][store]")
{
    QTemporaryDir dir;
    QString error;
    auto store = SqliteAlertStore::open(dir.filePath(QStringLiteral("vigil.db")), &error);
    REQUIRE(store);
    Event first = makeEvent(QStringLiteral("intrusion"), QStringLiteral("c01"), t0());
    first.id = 1;
    Event duplicateId = first; // same primary key: the second insert fails
    REQUIRE_FALSE(store->applyBatch({AlertWrite{first, alertFor(first, 1), std::nullopt},
                                     AlertWrite{duplicateId, std::nullopt, std::nullopt}},
                                    &error));
    CHECK(error.contains(QStringLiteral("storing event")));
    CHECK(store->loadAlerts(AlertQuery{}, &error)->isEmpty());
    CHECK(store->lastIds(&error)->lastEventId == 0);

    // An action for an alert that does not exist violates the foreign key.
    ActionLogEntry orphan;
    orphan.alertId = 99;
    orphan.time = t0();
    orphan.operatorLogin = QStringLiteral("x");
    REQUIRE_FALSE(store->applyBatch({AlertWrite{std::nullopt, std::nullopt, orphan}}, &error));
    CHECK(error.contains(QStringLiteral("logging action")));
}

TEST_CASE("migration v2 upgrades a v1 database that already holds alerts", "[alerts][store]")
{
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("vigil.db"));
    {
        // A v1 file, as the previous release left it, with one alert.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("alerts-v1"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(applyMigrations(db, schemaMigrations().mid(0, 1), &error));
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral(
            "INSERT INTO alerts (id, priority, state, created_at, updated_at) VALUES "
            "(5, 2, 'new', '2026-03-04T10:00:00.000Z', '2026-03-04T10:00:00.000Z')")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("alerts-v1"));

    auto store = SqliteAlertStore::open(path, &error);
    REQUIRE(store);
    const auto alerts = store->loadAlerts(AlertQuery{}, &error);
    REQUIRE(alerts);
    REQUIRE(alerts->size() == 1);
    CHECK(alerts->first().id == 5);
    CHECK(alerts->first().priority == Priority::P2);
    CHECK(alerts->first().eventCount == 1);
    CHECK(store->loadActions(5, &error)->isEmpty());
}

TEST_CASE("CSV export quotes, keeps Chinese text and defuses formulas", "[alerts][csv]")
{
    Alert alert;
    alert.id = 12;
    alert.type = QStringLiteral("hotlist");
    alert.cameraId = QStringLiteral("c20");
    alert.summary = QStringLiteral("黑名单车辆, \"冀A·7K3M2\"");
    alert.unit = QStringLiteral("=HYPERLINK(\"x\")");
    alert.state = AlertState::Resolved;
    alert.resolution = Resolution::TrueAlarm;
    alert.createdAt = t0();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    REQUIRE(writeAlertsCsv({alert}, buffer, &error));
    const QString text = QString::fromUtf8(buffer.data());
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(buffer.data().startsWith("\xEF\xBB\xBF"));
    CHECK(lines[1].startsWith(QStringLiteral("12,P4,resolved,true_alarm,hotlist,c20,")));
    CHECK(lines[1].contains(QStringLiteral("\"黑名单车辆, \"\"冀A·7K3M2\"\"\"")));
    CHECK(lines[1].contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"")));
    CHECK(lines[1].contains(QStringLiteral("2026-03-04T10:00:00Z")));
}
