// alerts.json in the running session: rules and targets are applied at start, a changed file is
// re-read without a restart (new priority for the next event, new SLA targets), a broken file
// keeps the rules in force and names the problem, and the demo seeds the example file.
#include "alerts/alertalarm.h"
#include "alerts/alertservice.h"
#include "alertstestsupport.h"
#include "app/alertsession.h"
#include "events/devicehealthmonitor.h"
#include "media/streammanager.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace vigil;
using vigil::test::waitUntil;

namespace {

struct SilentPlayer : AlarmPlayer
{
    void start(Priority) override {}
    void stop() override {}
};

// Writes like an editor that saves to a new file and renames it over the old one.
void writeSettings(const QString &path, const QByteArray &json)
{
    QSaveFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(json);
    REQUIRE(file.commit());
}

QByteArray rulesJson(const char *priority, int p1OnSceneSecs)
{
    return QByteArray("{\n  \"priorities\": [{\"type\": \"intrusion\", \"priority\": \"") +
           priority +
           "\"}],\n  \"sla\": {\"P1\": {\"ack_s\": 10, \"dispatch_s\": 20, \"on_scene_s\": " +
           QByteArray::number(p1OnSceneSecs) + "}}\n}\n";
}

struct SessionFixture
{
    explicit SessionFixture(const QByteArray &initialJson, AlertOverrides overrides = {})
    {
        REQUIRE(dir.isValid());
        if (!initialJson.isEmpty())
            writeSettings(dir.filePath(QStringLiteral("alerts.json")), initialJson);
        session = std::make_unique<AlertSession>(streams, std::make_unique<SilentPlayer>());
        session->setReloadDelay(50);
        session->deviceHealth().setGraceMs(10 * 60 * 1000);
        QObject::connect(&session->service(), &AlertService::alertRaised, &receiver,
                         [this](const Alert &alert) { raised.append(alert); });
        session->start(dir.path(), overrides);
        REQUIRE(waitUntil([this] { return session->service().isReady(); }));
    }
    ~SessionFixture() { session.reset(); }

    // Publishes an intrusion on `camera` and returns the alert it raised.
    Alert raise(const QString &camera)
    {
        const qsizetype before = raised.size();
        session->bus().publish(vigil::test::makeEvent(QStringLiteral("intrusion"), camera,
                                                      QDateTime::currentDateTimeUtc(), 10));
        REQUIRE(waitUntil([&] { return raised.size() > before; }));
        return raised.last();
    }

    QTemporaryDir dir;
    StreamManager streams;
    std::unique_ptr<AlertSession> session;
    QObject receiver;
    QList<Alert> raised;
};

} // namespace

TEST_CASE("alerts.json is reloaded without a restart; a broken file keeps the rules in force",
          "[alerts][settings][reload]")
{
    SessionFixture fixture(rulesJson("P3", 60));
    CHECK(fixture.session->problems().isEmpty());
    CHECK(fixture.raise(QStringLiteral("c01")).priority == Priority::P3);
    CHECK(fixture.session->service().slaPolicy().forPriority(Priority::P1).onSceneSecs == 60);

    QSignalSpy reloaded(fixture.session.get(), &AlertSession::settingsReloaded);
    QSignalSpy notices(fixture.session.get(), &AlertSession::notice);
    QSignalSpy slaChanged(&fixture.session->service(), &AlertService::slaPolicyChanged);
    writeSettings(fixture.session->settingsPath(), rulesJson("P1", 90));
    REQUIRE(waitUntil([&] { return reloaded.count() == 1; }));
    CHECK(notices.count() == 1);
    CHECK(slaChanged.count() >= 1);
    CHECK(fixture.session->service().slaPolicy().forPriority(Priority::P1).onSceneSecs == 90);
    // The next event follows the new rule (another camera: not merged into the first alert).
    CHECK(fixture.raise(QStringLiteral("c02")).priority == Priority::P1);

    // A broken file: the problem is named with its line, the rules in force stay.
    QSignalSpy problems(fixture.session.get(), &AlertSession::problem);
    writeSettings(fixture.session->settingsPath(), "{\n  \"priorities\": [\n    {\"priority\" }\n");
    REQUIRE(waitUntil([&] { return problems.count() >= 2; }));
    const QString first = problems.at(0).at(0).toString();
    // (the zh_CN translation of "invalid JSON" uses a full-width colon after the line)
    CHECK(first.startsWith(fixture.session->settingsPath() + QStringLiteral(":3")));
    CHECK(reloaded.count() == 1);
    CHECK(fixture.raise(QStringLiteral("c03")).priority == Priority::P1);

    // A bad value in an otherwise good file: located, the rest applied.
    writeSettings(fixture.session->settingsPath(),
                  "{\n  \"priorities\": [{\"type\": \"intrusion\", \"priority\": \"P2\"}],\n"
                  "  \"dedup_window_s\": \"long\"\n}\n");
    REQUIRE(waitUntil([&] { return reloaded.count() == 2; }));
    bool located = false;
    for (const QList<QVariant> &signal : std::as_const(problems))
        located |= signal.at(0).toString().startsWith(fixture.session->settingsPath() +
                                                      QStringLiteral(":3: dedup_window_s: "));
    CHECK(located);
    CHECK(fixture.raise(QStringLiteral("c04")).priority == Priority::P2);
}

TEST_CASE("the demo seeds alerts.json from the example: checkpoints P1, centre P2, else P3",
          "[alerts][settings][reload]")
{
    AlertOverrides overrides;
    overrides.initialSettingsFile = qEnvironmentVariable("VIGIL_SOURCE_DIR") +
                                    QStringLiteral("/resources/examples/alerts.example.json");
    SessionFixture fixture({}, overrides);
    INFO(fixture.session->problems().join(QLatin1Char('\n')).toStdString());
    CHECK(fixture.session->problems().isEmpty());
    CHECK(QFile::exists(fixture.session->settingsPath()));
    const AlertService &service = fixture.session->service();
    CHECK(service.slaPolicy().forPriority(Priority::P1).onSceneSecs == 60);
    CHECK(service.slaPolicy().forPriority(Priority::P2).onSceneSecs == 180);
    CHECK(service.slaPolicy().forPriority(Priority::P3).onSceneSecs == 300);
    CHECK(fixture.raise(QStringLiteral("c11")).priority == Priority::P1);
}
