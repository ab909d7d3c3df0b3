// The alert pipeline inside the real main window (offscreen): an event POSTed to the external API
// appears in the dock and flashes the wall tile of its camera, selection drives the map and the
// live view, an SLA breach reaches the supervisor banner, the history searches, exports CSV and
// reopens. Writes screenshots/main-window-alerts.png under $VIGIL_BUILD_DIR.
#include "alerts/alertalarm.h"
#include "alerts/alerthistorydock.h"
#include "alerts/alerthistorymodel.h"
#include "alerts/alertliveview.h"
#include "alerts/alertqueuedock.h"
#include "alerts/alertqueuemodel.h"
#include "alerts/alertservice.h"
#include "alerts/cameraalerttracker.h"
#include "alerts/slabreachbanner.h"
#include "alertstestsupport.h"
#include "app/alertsession.h"
#include "app/appoptions.h"
#include "events/devicehealthmonitor.h"
#include "mainwindow.h"
#include "map/mapdock.h"
#include "media/streammanager.h"
#include "store/siteimport.h"
#include "wall/videotile.h"
#include "wall/wallcontroller.h"
#include "wall/wallgrid.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace vigil;
using vigil::test::waitUntil;

namespace {

const QByteArray kToken = "vigil-test-token-0123456789";

struct SilentPlayer : AlarmPlayer
{
    void start(Priority) override {}
    void stop() override {}
};

Site demoSite()
{
    QFile file(qEnvironmentVariable("VIGIL_SOURCE_DIR") +
               QStringLiteral("/resources/demo/district.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const SiteImportResult imported = importSiteJsonData(file.readAll(), file.fileName());
    REQUIRE(imported.site);
    return *imported.site;
}

// One POST over a raw socket; returns the status code.
int postEvent(quint16 port, const QJsonObject &body)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(3000))
        return -1;
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    socket.write("POST /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                 kToken + "\r\nContent-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(json.size()) + "\r\n\r\n" + json);
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(3000))
        answer += socket.readAll();
    return answer.mid(9, 3).toInt(); // "HTTP/1.1 202 ..."
}

QJsonObject eventJson(const char *type, const char *camera, int severity, const char16_t *summary)
{
    return QJsonObject{{QStringLiteral("type"), QString::fromLatin1(type)},
                       {QStringLiteral("camera_id"), QString::fromLatin1(camera)},
                       {QStringLiteral("severity"), severity},
                       {QStringLiteral("summary"), QString::fromUtf16(summary)},
                       {QStringLiteral("box"), QJsonArray{0.35, 0.3, 0.2, 0.45}}};
}

struct WindowFixture
{
    WindowFixture()
        : streams(std::make_unique<StreamManager>()),
          session(std::make_unique<AlertSession>(*streams, std::make_unique<SilentPlayer>())),
          window(std::make_unique<MainWindow>(*streams, session.get()))
    {
        session->setChime([this] { ++chimes; });
        session->deviceHealth().setGraceMs(10 * 60 * 1000); // no simulator here: no loss alerts
        window->setWallLayout(4);
        window->showSite(demoSite());
        window->wall()->fillWithFirstCameras();
        window->resize(1600, 900);
        window->show();
        AlertOverrides overrides;
        overrides.apiToken = kToken;
        overrides.apiPort = 0;
        overrides.operatorLogin = QStringLiteral("zhang.wei");
        session->start(dir.path(), overrides);
        REQUIRE(
            waitUntil([this] { return session->isApiRunning() && session->service().isReady(); }));
    }
    ~WindowFixture()
    {
        window.reset();
        session.reset();
        streams.reset();
    }
    AlertQueueDock *dock() const { return window->alertQueue(); }

    QTemporaryDir dir;
    std::unique_ptr<StreamManager> streams;
    std::unique_ptr<AlertSession> session;
    std::unique_ptr<MainWindow> window;
    int chimes = 0;
};

} // namespace

TEST_CASE("main window: an API event reaches the dock, flashes its tile, drives map and live view",
          "[alerts][ui][window]")
{
    WindowFixture f;
    REQUIRE(f.dock());
    CHECK(f.window->apiStatusLabel()->text().contains(QString::number(f.session->apiPort())));
    CHECK(f.session->problems().isEmpty()); // store, outbox and API all opened
    REQUIRE(f.window->alertMiniMap());
    const QString firstCamera = f.window->wall()->cameraIdAt(0);
    REQUIRE_FALSE(firstCamera.isEmpty());
    CHECK_FALSE(f.window->wallGrid()->tile(0)->isFlashingAlert());

    QJsonObject event =
        eventJson("intrusion", "c01", 90, u"区域入侵：清河小学东门 夜间有人翻越围墙");
    event.insert(QStringLiteral("camera_id"), firstCamera);
    REQUIRE(postEvent(f.session->apiPort(), event) == 202);
    REQUIRE(waitUntil([&] { return f.dock()->model()->rowCount() == 1; }));
    const Alert alert = *f.dock()->model()->alertAt(0);
    CHECK(alert.cameraId == firstCamera);
    CHECK(alert.priority == Priority::P1);
    CHECK(f.window->wallGrid()->tile(0)->isFlashingAlert());
    auto *tracker = f.window->findChild<CameraAlertTracker *>();
    REQUIRE(tracker);
    CHECK(tracker->isActive(firstCamera));

    // Map → queue: the camera's newest open alert is selected; selection → live view.
    emit f.window->map()->alertSelected(firstCamera);
    REQUIRE(f.dock()->view()->currentIndex().isValid());
    CHECK(f.dock()->view()->currentIndex().data(AlertQueueModel::AlertIdRole).toLongLong() ==
          alert.id);
    CHECK(f.window->alertLiveView()->cameraId() == firstCamera);

    // A missed target reaches the supervisor: banner with a count, and the chime.
    emit f.session->service().slaBreached(alert, QStringLiteral("acknowledge"));
    CHECK(f.window->slaBreachBanner()->isVisible());
    CHECK(f.window->slaBreachBanner()->unseenCount() == 1);
    CHECK(f.chimes == 1);

    // Resolved: the map pulse stops.
    ActionRequest resolve;
    resolve.action = AlertAction::Resolve;
    resolve.resolution = Resolution::FalseAlarm;
    resolve.operatorLogin = QStringLiteral("zhang.wei");
    REQUIRE(f.session->service().requestAction(alert.id, resolve));
    REQUIRE(waitUntil([&] { return !tracker->isActive(firstCamera); }));
    REQUIRE(waitUntil([&] { return f.dock()->model()->rowCount() == 0; })); // next frame
}

TEST_CASE("main window: history search, CSV export, reopen; screenshot with a populated dock",
          "[alerts][ui][window]")
{
    WindowFixture f;
    struct Demo
    {
        const char *type;
        const char *camera;
        int severity;
        const char16_t *summary;
    };
    const Demo demo[] = {
        {"intrusion", "c03", 90, u"区域入侵：清河小学东门 夜间有人翻越围墙"},
        {"line_crossing", "c07", 65, u"越线：滨河路警戒线 行人越线"},
        {"tamper", "c11", 70, u"画面遮挡：菜市场北口 镜头被遮挡"},
        {"hotlist", "c20", 95, u"黑名单车辆：冀A·7K3M2 经过G107卡口"},
        {"intrusion", "c05", 55, u"区域入侵：变电站围栏 闲杂人员进入"},
        {"loitering", "c09", 35, u"徘徊：银行ATM 长时间逗留"},
        {"video_loss", "c15", 60, u"视频丢失：清河大桥南 信号中断"},
    };
    for (const Demo &d : demo)
        REQUIRE(postEvent(f.session->apiPort(),
                          eventJson(d.type, d.camera, d.severity, d.summary)) == 202);
    const int total = int(std::size(demo));
    REQUIRE(waitUntil([&] { return f.dock()->model()->rowCount() == total; }));
    f.dock()->view()->selectRow(0);
    QCoreApplication::processEvents();

    const QString shots =
        qEnvironmentVariable("VIGIL_BUILD_DIR", QDir::tempPath()) + QStringLiteral("/screenshots");
    REQUIRE(QDir().mkpath(shots));
    const QString shot = shots + QStringLiteral("/main-window-alerts.png");
    REQUIRE(f.window->grab().save(shot, "PNG"));
    CHECK(QFile(shot).size() > 10000);

    // Close three: two as false alarms (one of them an intrusion), one true alarm.
    QList<qint64> closedIds;
    for (int row = 0; row < total && closedIds.size() < 3; ++row) {
        const Alert alert = *f.dock()->model()->alertAt(row);
        if (alert.type != QLatin1String("intrusion") && alert.type != QLatin1String("tamper"))
            continue;
        ActionRequest resolve;
        resolve.action = AlertAction::Resolve;
        resolve.resolution =
            alert.type == QLatin1String("tamper") ? Resolution::TrueAlarm : Resolution::FalseAlarm;
        resolve.operatorLogin = QStringLiteral("zhang.wei");
        REQUIRE(f.session->service().requestAction(alert.id, resolve));
        closedIds << alert.id;
    }
    REQUIRE(closedIds.size() == 3);
    REQUIRE(waitUntil([&] { return f.dock()->model()->rowCount() == total - 3; }));

    AlertHistoryDock *history = f.window->alertHistory();
    REQUIRE(history);
    int loadedRows = -1;
    QObject::connect(history, &AlertHistoryDock::pageLoaded, history,
                     [&](int, int rows) { loadedRows = rows; });
    history->search();
    REQUIRE(waitUntil([&] { return loadedRows == 3; }));
    history->textFilter()->setText(QStringLiteral("入侵"));
    loadedRows = -1;
    history->search();
    REQUIRE(waitUntil([&] { return loadedRows == 2; }));
    history->resolutionFilter()->setCurrentIndex(
        history->resolutionFilter()->findData(QStringLiteral("false_alarm")));
    loadedRows = -1;
    history->search();
    REQUIRE(waitUntil([&] { return loadedRows == 2; }));
    history->textFilter()->clear();
    history->resolutionFilter()->setCurrentIndex(
        history->resolutionFilter()->findData(QStringLiteral("true_alarm")));
    loadedRows = -1;
    history->search();
    REQUIRE(waitUntil([&] { return loadedRows == 1; }));
    CHECK(history->model()->alertAt(0)->type == QStringLiteral("tamper"));

    // The action history of the selected closed alert: raised, resolved.
    history->selectRow(0);
    REQUIRE(waitUntil([&] { return history->actionHistory()->count() == 2; }));

    // CSV export of everything the search matches (all resolutions), written off the GUI thread.
    history->resolutionFilter()->setCurrentIndex(0);
    const QString csvPath = f.dir.filePath(QStringLiteral("history.csv"));
    history->setExportPathPrompt([csvPath] { return std::optional<QString>(csvPath); });
    QString exportError = QStringLiteral("pending");
    int exportedRows = -1;
    QObject::connect(history, &AlertHistoryDock::exportFinished, history,
                     [&](const QString &, int rows, const QString &error) {
                         exportedRows = rows;
                         exportError = error;
                     });
    history->exportCsv();
    REQUIRE(waitUntil([&] { return exportedRows >= 0; }));
    CHECK(exportError.isEmpty());
    CHECK(exportedRows == 3);
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4); // header + 3
    CHECK(lines.at(0).contains(QStringLiteral("id,priority,state,resolution")));
    CHECK(lines.join(QLatin1Char('\n')).contains(QStringLiteral("画面遮挡：菜市场北口")));
    CHECK(lines.join(QLatin1Char('\n')).count(QStringLiteral("false_alarm")) == 2);

    // Reopen from the history: it leaves the history and is back in the queue.
    loadedRows = -1;
    history->search();
    REQUIRE(waitUntil([&] { return loadedRows == 3; }));
    history->selectRow(0);
    const qint64 reopened = history->model()->alertAt(0)->id;
    history->setReopenReasonPrompt(
        [](const Alert &) { return std::optional<QString>(QStringLiteral("复核：并非误报")); });
    history->reopenSelected();
    REQUIRE(waitUntil([&] { return f.dock()->model()->alertById(reopened).has_value(); }));
    CHECK(f.dock()->model()->alertById(reopened)->state == AlertState::Acknowledged);
    CHECK(history->model()->rowCount() == 2);
}

TEST_CASE("command line: alert options are parsed and bad values named", "[alerts][ui][options]")
{
    const auto parse = [](QStringList args) {
        args.prepend(QStringLiteral("vigil"));
        return AppOptionsParser::parse(args);
    };
    const AppOptionsResult ok = parse(
        {QStringLiteral("--operator"), QStringLiteral("li.na"), QStringLiteral("--api-token"),
         QString::fromLatin1(kToken), QStringLiteral("--api-port"), QStringLiteral("9100"),
         QStringLiteral("--api-bind"), QStringLiteral("0.0.0.0"), QStringLiteral("--unit-endpoint"),
         QStringLiteral("巡逻二组=http://127.0.0.1:9000/dispatch")});
    REQUIRE(ok.options);
    CHECK(ok.options->operatorLogin == QStringLiteral("li.na"));
    CHECK(ok.options->apiToken == kToken);
    CHECK(ok.options->apiPort == quint16(9100));
    CHECK(ok.options->apiBind == QStringLiteral("0.0.0.0"));
    CHECK(ok.options->unitEndpoints.value(QStringLiteral("巡逻二组")) ==
          QUrl(QStringLiteral("http://127.0.0.1:9000/dispatch")));

    CHECK(parse({QStringLiteral("--api-token"), QStringLiteral("short")})
              .error.contains(QStringLiteral("--api-token")));
    CHECK(parse({QStringLiteral("--api-port"), QStringLiteral("70000")})
              .error.contains(QStringLiteral("70000")));
    CHECK(parse({QStringLiteral("--api-bind"), QStringLiteral("localhost-ish")})
              .error.contains(QStringLiteral("localhost-ish")));
    CHECK(parse({QStringLiteral("--unit-endpoint"), QStringLiteral("no-url")})
              .error.contains(QStringLiteral("no-url")));
    CHECK(parse({QStringLiteral("--unit-endpoint"), QStringLiteral("一组=ftp://x")})
              .error.contains(QStringLiteral("ftp://x")));
}
