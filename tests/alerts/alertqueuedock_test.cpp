#include "alerts/alertalarm.h"
#include "alerts/alertdetailpanel.h"
#include "alerts/alertfilterproxy.h"
#include "alerts/alertqueuedock.h"
#include "alerts/alertqueuemodel.h"
#include "alerts/alertservice.h"
#include "alerts/alertstorewriter.h"
#include "alerts/sqlitealertstore.h"
#include "alertstestsupport.h"
#include "events/inprocesseventbus.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;
using vigil::test::waitUntil;

namespace {

struct DemoAlert
{
    const char *type;
    const char *camera;
    int severity;
    const char16_t *summary;
    int minutesAgo;
};

// Realistic demo alerts of the 清河区 district (cameras c01…c20).
const DemoAlert kDemoAlerts[] = {
    {"intrusion", "c03", 90, u"区域入侵：清河小学东门 夜间有人翻越围墙", 1},
    {"line_crossing", "c07", 65, u"越线：滨河路警戒线 行人越线", 4},
    {"tamper", "c11", 70, u"画面遮挡：菜市场北口 镜头被遮挡", 9},
    {"video_loss", "c15", 40, u"视频丢失：清河大桥南 信号中断", 12},
    {"hotlist", "c20", 95, u"黑名单车辆：冀A·7K3M2 经过G107卡口", 2},
    {"intrusion", "c05", 55, u"区域入侵：变电站围栏 闲杂人员进入", 20},
    {"loitering", "c09", 35, u"徘徊：银行ATM 长时间逗留", 25},
};

struct DockFixture
{
    DockFixture()
        : writer([path = dir.filePath(QStringLiteral("vigil.db"))](
                     QString *error) -> std::unique_ptr<AlertStore> {
              return SqliteAlertStore::open(path, error);
          }),
          service(bus, writer, clock, RuleSet{}, SlaPolicy{})
    {
        writer.start();
        service.start(false);
        REQUIRE(waitUntil([this] { return service.isReady(); }));
        dock = std::make_unique<AlertQueueDock>(service, QStringLiteral("zhang.wei"));
        dock->resize(1100, 720);
        dock->show();
        dock->setDispatchPrompt(
            [](const Alert &) { return std::optional<QString>(QStringLiteral("巡逻二组")); });
    }
    void injectDemo()
    {
        for (const DemoAlert &demo : kDemoAlerts) {
            Event event =
                test::makeEvent(QString::fromLatin1(demo.type), QString::fromLatin1(demo.camera),
                                clock.now().addSecs(-60 * demo.minutesAgo), demo.severity);
            event.summary = QString::fromUtf16(demo.summary);
            event.detectionBox = QRectF(0.35, 0.3, 0.2, 0.45);
            bus.publish(event);
        }
        REQUIRE(
            waitUntil([this] { return dock->model()->rowCount() == int(std::size(kDemoAlerts)); }));
    }
    QTemporaryDir dir;
    InProcessEventBus bus;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    AlertStoreWriter writer;
    AlertService service;
    std::unique_ptr<AlertQueueDock> dock;
};

std::optional<Alert> alertInRow(const AlertQueueDock &dock, int row)
{
    const QModelIndex index = dock.proxy()->index(row, 0);
    return dock.model()->alertById(index.data(AlertQueueModel::AlertIdRole).toLongLong());
}

} // namespace

TEST_CASE("alert queue: sorted by priority then age, P1 flashes its camera", "[alerts][ui]")
{
    DockFixture fixture;
    QSignalSpy flash(fixture.dock.get(), &AlertQueueDock::flashCameraRequested);
    fixture.injectDemo();
    // P1s first, the older one on top (the hotlist hit 2 min ago, then the intrusion 1 min ago).
    const auto first = alertInRow(*fixture.dock, 0);
    const auto second = alertInRow(*fixture.dock, 1);
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->priority == Priority::P1);
    CHECK(first->cameraId == QStringLiteral("c20")); // older of the two P1s
    CHECK(second->cameraId == QStringLiteral("c03"));
    CHECK(alertInRow(*fixture.dock, 6)->priority == Priority::P3);
    CHECK(flash.size() == 2);
    QStringList flashed{flash.at(0).at(0).toString(), flash.at(1).at(0).toString()};
    flashed.sort();
    CHECK(flashed == QStringList{QStringLiteral("c03"), QStringLiteral("c20")});
    CHECK(fixture.dock->countersText().contains(QStringLiteral("7")));
}

TEST_CASE("alert queue: keys acknowledge, dispatch and resolve; bulk acknowledge", "[alerts][ui]")
{
    DockFixture fixture;
    fixture.injectDemo();
    QSignalSpy selected(fixture.dock.get(), &AlertQueueDock::alertSelected);
    QTableView *view = fixture.dock->view();
    view->setFocus();
    view->selectRow(0);
    REQUIRE(selected.size() >= 1);
    const qint64 topId = selected.last().at(0).toLongLong();
    CHECK(selected.last().at(1).toString() == QStringLiteral("c20"));

    QTest::keyClick(view, Qt::Key_Space);
    REQUIRE(waitUntil([&] {
        return fixture.dock->model()->alertById(topId)->state == AlertState::Acknowledged;
    }));
    QTest::keyClick(view, Qt::Key_D);
    REQUIRE(waitUntil(
        [&] { return fixture.dock->model()->alertById(topId)->state == AlertState::Dispatched; }));
    CHECK(fixture.dock->model()->alertById(topId)->unit == QStringLiteral("巡逻二组"));
    // The history shows create, acknowledge, dispatch once the log is loaded/appended.
    REQUIRE(waitUntil([&] {
        return fixture.dock->detailPanel()
                   ->findChild<QListWidget *>(QStringLiteral("alertHistory"))
                   ->count() == 3;
    }));

    // Space on an alert that is not new is refused by the lifecycle, not silently ignored.
    view->selectionModel()->clear();
    view->selectAll();
    fixture.dock->acknowledgeSelected();
    REQUIRE(waitUntil([&] { return fixture.dock->model()->countInState(AlertState::New) == 0; }));
    CHECK(fixture.dock->model()->countInState(AlertState::Acknowledged) == 6);

    // F: false alarm without a dialog; the alert leaves the open queue.
    view->selectRow(1);
    const qint64 secondId = alertInRow(*fixture.dock, 1)->id;
    QTest::keyClick(view, Qt::Key_F);
    REQUIRE(waitUntil([&] { return !fixture.dock->model()->alertById(secondId).has_value(); }));
    CHECK(fixture.dock->model()->rowCount() == 6);

    // R uses the resolve prompt.
    fixture.dock->setResolvePrompt([](const Alert &) {
        return std::optional<AlertQueueDock::ResolveChoice>(
            AlertQueueDock::ResolveChoice{Resolution::TrueAlarm, QStringLiteral("已处置")});
    });
    view->selectRow(0);
    QTest::keyClick(view, Qt::Key_R);
    REQUIRE(waitUntil([&] { return !fixture.dock->model()->alertById(topId).has_value(); }));
}

TEST_CASE("alert queue: filters, countdown tick, mute button and screenshot", "[alerts][ui]")
{
    DockFixture fixture;
    struct SilentPlayer : AlarmPlayer
    {
        void start(Priority) override {}
        void stop() override {}
    } player;
    AlertAlarm alarm(fixture.service, player);
    fixture.dock->setAlarm(&alarm);
    fixture.injectDemo();
    REQUIRE(waitUntil([&] { return alarm.sounding() == Priority::P1; }));
    auto *mute = fixture.dock->findChild<QPushButton *>(QStringLiteral("muteAlarmButton"));
    REQUIRE(mute);
    CHECK(mute->isVisible());
    mute->click();
    CHECK(alarm.isMuted());
    mute->click();
    CHECK_FALSE(alarm.isMuted());
    AlertFilter filter;
    filter.text = QStringLiteral("入侵");
    fixture.dock->proxy()->setFilter(filter);
    CHECK(fixture.dock->proxy()->rowCount() == 2);
    filter = {};
    filter.priority = Priority::P1;
    fixture.dock->proxy()->setFilter(filter);
    CHECK(fixture.dock->proxy()->rowCount() == 2);
    filter = {};
    filter.cameraId = QStringLiteral("c11");
    fixture.dock->proxy()->setFilter(filter);
    CHECK(fixture.dock->proxy()->rowCount() == 1);
    filter = {};
    filter.from = fixture.clock.now().addSecs(-5 * 60);
    fixture.dock->proxy()->setFilter(filter);
    CHECK(fixture.dock->proxy()->rowCount() == 3);
    fixture.dock->proxy()->setFilter({});
    // The area field of the filter bar (site node id; the demo events are in town-1).
    auto *area = fixture.dock->findChild<QLineEdit *>(QStringLiteral("alertAreaFilter"));
    REQUIRE(area);
    const int all = fixture.dock->proxy()->rowCount();
    REQUIRE(all > 0);
    area->setText(QStringLiteral("town-2"));
    CHECK(fixture.dock->proxy()->rowCount() == 0);
    area->setText(QStringLiteral("town-1"));
    CHECK(fixture.dock->proxy()->rowCount() == all);
    area->clear();

    // The countdown comes from the injected clock: after the P1 acknowledge target it is overdue.
    const QModelIndex sla = fixture.dock->proxy()->index(0, AlertQueueModel::SlaColumn);
    const QString before = sla.data().toString();
    fixture.clock.advanceMs(10 * 60 * 1000);
    fixture.dock->model()->tick(fixture.clock.now());
    CHECK(sla.data().toString() != before);
    fixture.clock.advanceMs(-10 * 60 * 1000);
    fixture.dock->model()->tick(fixture.clock.now());

    fixture.dock->view()->selectRow(0);
    auto *history =
        fixture.dock->detailPanel()->findChild<QListWidget *>(QStringLiteral("alertHistory"));
    REQUIRE(waitUntil([&] { return history->count() == 1; })); // "raised" by system
    const QString dir =
        qEnvironmentVariable("VIGIL_BUILD_DIR", QDir::tempPath()) + QStringLiteral("/screenshots");
    REQUIRE(QDir().mkpath(dir));
    const QString file = dir + QStringLiteral("/alerts.png");
    REQUIRE(fixture.dock->grab().save(file));
    CHECK(QFileInfo(file).size() > 10000);
}
