// Camera–door binding: doors in the site file (JSON and CSV, located import errors, export and
// store round trips, schema v12), and the event API's "door_id" (accepted with the door's cameras
// in details.door, unknown door → 422) turned into one ExternalEvent per bound camera.
#include "analytics/analyticsevents.h"
#include "events/inprocesseventbus.h"
#include "net/eventapiserver.h"
#include "store/siteexport.h"
#include "store/siteimport.h"
#include "store/sqlitesitestore.h"

#include <catch2/catch.hpp>

#include "../common/eventwait.h"
#include "../common/httpexchange.h"

#include "alerts/clock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace vigil;

namespace {

// A small site with three cameras; `doors` is spliced in as the "doors" list.
QByteArray siteJson(const QByteArray &doors)
{
    QByteArray json = R"({
  "format": "vigil-site",
  "version": 1,
  "id": "qinghe",
  "name": "清河区",
  "nodes": [{"id": "d01", "level": "district", "name": "清河区"}],
  "cameras": [
    {"id": "gate-a", "name": "南门内", "node": "d01", "type": "fixed", "latitude": 30.5,
     "longitude": 114.3, "main_stream": "rtsp://127.0.0.1:18810/a"},
    {"id": "gate-b", "name": "南门外", "node": "d01", "type": "fixed", "latitude": 30.5,
     "longitude": 114.3, "main_stream": "rtsp://127.0.0.1:18810/b"},
    {"id": "lobby", "name": "大堂", "node": "d01", "type": "fixed", "latitude": 30.5,
     "longitude": 114.3, "main_stream": "rtsp://127.0.0.1:18810/c"}
  ],
  "checkpoints": [])";
    if (!doors.isEmpty())
        json += ",\n  \"doors\": " + doors;
    return json + "\n}\n";
}

const QByteArray kDoors = R"([
    {"id": "south-gate", "name": "南门门禁", "cameras": ["gate-a:南门", "gate-b"]},
    {"id": "lobby-door", "name": "大堂门", "cameras": ["lobby"]}
  ])";

QStringList errorLines(const SiteImportResult &result)
{
    QStringList lines;
    for (const ImportError &error : result.errors)
        lines.append(error.toString());
    return lines;
}

const QByteArray kToken = "doors-test-token-0123456789";

QByteArray post(const QByteArray &body)
{
    return "POST /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "Authorization: Bearer " +
           kToken + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

TEST_CASE("doors: the site file binds doors to cameras and door zones", "[analyticsd][doors]")
{
    const SiteImportResult result = importSiteJsonData(siteJson(kDoors), QStringLiteral("d.json"));
    INFO(errorLines(result).join(QLatin1Char('\n')).toStdString());
    REQUIRE(result.ok());
    const Site &site = *result.site;
    REQUIRE(site.doors.size() == 2);
    CHECK(site.doors[0].id == QStringLiteral("south-gate"));
    CHECK(site.doors[0].name == QStringLiteral("南门门禁"));
    REQUIRE(site.doors[0].cameras.size() == 2);
    CHECK(site.doors[0].cameras[0] == DoorCamera{QStringLiteral("gate-a"), QStringLiteral("南门")});
    CHECK(site.doors[0].cameras[1] == DoorCamera{QStringLiteral("gate-b"), QString()});
    CHECK(site.doors[1].cameras.size() == 1);

    // Export → import gives the same site; a site without doors exports no "doors" key.
    const QByteArray exported = exportSiteJson(site, false);
    CHECK(exported.contains("\"gate-a:南门\""));
    const SiteImportResult again = importSiteJsonData(exported, QStringLiteral("again.json"));
    REQUIRE(again.ok());
    CHECK(again.site->doors == site.doors);
    const SiteImportResult noDoors = importSiteJsonData(siteJson({}), QStringLiteral("n.json"));
    REQUIRE(noDoors.ok());
    CHECK(noDoors.site->doors.isEmpty());
    CHECK_FALSE(exportSiteJson(*noDoors.site, false).contains("\"doors\""));

    // The store keeps them (schema v12) and gives them back in order, zones included.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    auto store = SqliteSiteStore::open(dir.filePath(QStringLiteral("site.db")), &error);
    REQUIRE(store);
    REQUIRE(store->replaceSite(site, &error));
    const std::optional<Site> loaded = store->loadSite(&error);
    INFO(error.toStdString());
    REQUIRE(loaded);
    CHECK(loaded->doors == site.doors);
    // Replacing the site replaces its doors.
    REQUIRE(store->replaceSite(*noDoors.site, &error));
    CHECK(store->loadSite(&error)->doors.isEmpty());
}

TEST_CASE("doors: bad door entries are located by file, line and field", "[analyticsd][doors]")
{
    const QByteArray bad = R"([
    {"id": "south-gate", "name": "南门门禁", "cameras": ["gate-a", "nowhere:南门"]},
    {"id": "south-gate", "name": "重复", "cameras": ["gate-b", "gate-b"]},
    {"id": "empty door", "name": "", "cameras": []},
    {"id": "no-cameras", "name": "无"}
  ])";
    const SiteImportResult result = importSiteJsonData(siteJson(bad), QStringLiteral("d.json"));
    CHECK_FALSE(result.ok());
    const QString all = errorLines(result).join(QLatin1Char('\n'));
    INFO(all.toStdString());
    // Lines: the doors list starts on line 16 of siteJson(); entries follow one per line.
    CHECK(
        all.contains(QStringLiteral("d.json:17: doors[0].cameras[1]: unknown camera \"nowhere\"")));
    CHECK(all.contains(QStringLiteral("d.json:18: doors[1].id: duplicate")));
    CHECK(all.contains(QStringLiteral("d.json:18: doors[1].cameras[1]: camera \"gate-b\" listed "
                                      "twice")));
    CHECK(all.contains(QStringLiteral("d.json:19: doors[2].id: id \"empty door\" may only")));
    CHECK(all.contains(QStringLiteral("d.json:19: doors[2].name: must not be empty")));
    CHECK(all.contains(
        QStringLiteral("d.json:19: doors[2].cameras: a door needs at least one camera")));
    CHECK(all.contains(QStringLiteral("d.json:20: doors[3].cameras: required field missing")));

    const SiteImportResult typo = importSiteJsonData(
        siteJson(R"([{"id": "x", "name": "x", "camera": ["lobby"]}])"), QStringLiteral("t.json"));
    CHECK(errorLines(typo)
              .join(QLatin1Char('\n'))
              .contains(QStringLiteral("doors[0].camera: "
                                       "unknown field")));
}

TEST_CASE("doors: doors.csv in a CSV site directory", "[analyticsd][doors]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto write = [&](const QString &name, const QByteArray &text) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write(QStringLiteral("site.csv"), "id,name\nqinghe,清河区\n");
    write(QStringLiteral("nodes.csv"), "id,parent,level,name\nd01,,district,清河区\n");
    write(QStringLiteral("cameras.csv"),
          "id,name,node,type,latitude,longitude,main_stream\n"
          "gate-a,南门内,d01,fixed,30.5,114.3,rtsp://127.0.0.1:18810/a\n"
          "gate-b,南门外,d01,fixed,30.5,114.3,rtsp://127.0.0.1:18810/b\n");
    write(QStringLiteral("checkpoints.csv"), "id,name,node,latitude,longitude,ring,lanes\n");
    write(QStringLiteral("doors.csv"), "id,name,cameras\nsouth-gate,南门门禁,gate-a:南门;gate-b\n");
    const SiteImportResult result = importSiteCsvDir(dir.path());
    INFO(errorLines(result).join(QLatin1Char('\n')).toStdString());
    REQUIRE(result.ok());
    REQUIRE(result.site->doors.size() == 1);
    CHECK(result.site->doors[0].cameras ==
          QList<DoorCamera>{{QStringLiteral("gate-a"), QStringLiteral("南门")},
                            {QStringLiteral("gate-b"), QString()}});

    write(QStringLiteral("doors.csv"), "id,name,cameras\nsouth-gate,南门门禁,gate-a;gate-c\n");
    const SiteImportResult bad = importSiteCsvDir(dir.path());
    CHECK_FALSE(bad.ok());
    CHECK(errorLines(bad)
              .join(QLatin1Char('\n'))
              .contains(QStringLiteral("doors.csv:2: cameras: unknown camera \"gate-c\"")));
}

TEST_CASE("doors: the event API takes door_id and the event reaches every bound camera",
          "[analyticsd][doors]")
{
    const Site site = *importSiteJsonData(siteJson(kDoors), QStringLiteral("d.json")).site;
    EventApiConfig config;
    config.token = kToken;
    for (const Door &door : site.doors)
        config.doors.insert(door.id, door);
    InProcessEventBus bus;
    ManualClock clock(QDateTime::fromMSecsSinceEpoch(1764547200000, Qt::UTC));
    EventApiServer server(bus, clock, config);
    QString error;
    REQUIRE(server.start(&error));
    QObject receiver;
    QList<Event> received;
    bus.subscribe(&receiver, [&](const Event &event) { received.append(event); });

    using vigil::testing::exchange;
    const auto answer = exchange(
        server.port(),
        post(R"({"type":"access.granted","door_id":"south-gate","time":"2026-12-01T08:00:00Z",)"
             R"("details":{"sourceId":"reader-3","card":"0042"}})"));
    CHECK(answer.status == 202);
    REQUIRE(vigil::testing::waitUntil([&] { return received.size() == 1; }, 3000));
    const Event &event = received.first();
    CHECK(event.type == QStringLiteral("access.granted"));
    CHECK(event.cameraId == QStringLiteral("gate-a")); // the door's first camera, for the alert
    const QJsonObject door = event.details.value(QStringLiteral("door")).toObject();
    CHECK(door.value(QStringLiteral("id")).toString() == QStringLiteral("south-gate"));
    CHECK(door.value(QStringLiteral("name")).toString() == QStringLiteral("南门门禁"));

    const QList<CameraExternalEvent> deliveries = externalEventsFromBus(event);
    REQUIRE(deliveries.size() == 2);
    CHECK(deliveries[0].cameraId == QStringLiteral("gate-a"));
    CHECK(deliveries[1].cameraId == QStringLiteral("gate-b"));
    for (const CameraExternalEvent &delivery : deliveries) {
        CHECK(delivery.event.typeId == QStringLiteral("access.granted"));
        CHECK(delivery.event.sourceId == QStringLiteral("reader-3"));
        CHECK(delivery.event.timestampUs ==
              QDateTime::fromString(QStringLiteral("2026-12-01T08:00:00Z"), Qt::ISODate)
                      .toMSecsSinceEpoch() *
                  1000);
        CHECK(delivery.event.details.value(QStringLiteral("doorId")).toString() ==
              QStringLiteral("south-gate"));
        CHECK(delivery.event.details.value(QStringLiteral("card")).toString() ==
              QStringLiteral("0042"));
        CHECK_FALSE(delivery.event.details.contains(QStringLiteral("door")));
    }
    CHECK(deliveries[0].event.details.value(QStringLiteral("doorZone")).toString() ==
          QStringLiteral("南门"));
    CHECK(deliveries[1].event.details.value(QStringLiteral("doorZone")).toString().isEmpty());

    // A camera-named event without a door still goes to that camera alone.
    Event plain = event;
    plain.details = {};
    plain.cameraId = QStringLiteral("lobby");
    const QList<CameraExternalEvent> one = externalEventsFromBus(plain);
    REQUIRE(one.size() == 1);
    CHECK(one[0].cameraId == QStringLiteral("lobby"));

    const auto refused = [&](const QByteArray &body, int status, const QString &field,
                             const QString &text) {
        const auto reply = exchange(server.port(), post(body));
        CHECK(reply.status == status);
        CHECK(reply.body.value(QStringLiteral("field")).toString() == field);
        const QString message = reply.body.value(QStringLiteral("error")).toString();
        INFO(message.toStdString());
        CHECK(message.contains(text));
    };
    refused(R"({"type":"access.granted","door_id":"north-gate"})", 422, QStringLiteral("door_id"),
            QStringLiteral("unknown door \"north-gate\""));
    refused(R"({"type":"access.granted","door_id":"south-gate","camera_id":"lobby"})", 422,
            QStringLiteral("camera_id"),
            QStringLiteral("camera \"lobby\" is not bound to door \"south-gate\""));
    refused(R"({"type":"access.granted","doorId":"south-gate"})", 400, QStringLiteral("doorId"),
            QStringLiteral("did you mean door_id?"));
    refused(R"({"type":"access.granted","door_id":"south-gate","details":{"door":{}}})", 400,
            QStringLiteral("details.door"), QStringLiteral("set by the server"));
    refused(R"({"type":"access..granted","door_id":"south-gate"})", 400, QStringLiteral("type"),
            QStringLiteral("words joined by dots"));
    vigil::testing::pumpEvents(100);
    CHECK(received.size() == 1); // nothing refused was published
    server.stop();
}

TEST_CASE("doors: without doors in the site every door_id is unknown", "[analyticsd][doors]")
{
    const EventJsonResult result = parseExternalEvent(
        R"({"type":"access.granted","door_id":"south-gate"})", QDateTime::currentDateTimeUtc(), {});
    CHECK_FALSE(result.event);
    CHECK(result.status == 422);
    CHECK(result.field == QStringLiteral("door_id"));
    CHECK(result.error.contains(QStringLiteral("the site defines no doors")));
}
