// Informational event types: declared in a plugin manifest ("alert": false, "storeEvent"),
// carried on the Event, honoured by the rules and the alert service, overridable per site in
// alerts.json ("event_alerting"), with located errors for bad values.
#include "alertpipelinefixture.h"
#include "alerts/alertsettings.h"
#include "analytics/pluginmanifest.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace vigil;
using Pipeline = vigil::test::AlertPipeline;
using vigil::test::makeEvent;
using vigil::test::t0;
using vigil::test::waitUntil;

namespace {

QJsonObject manifestWith(const QJsonArray &eventTypes)
{
    QJsonObject manifest = QJsonDocument::fromJson(R"({
        "id": "org.example.counter", "name": {"zh_CN": "计数", "en": "Counter"},
        "version": "1.0.0", "sdkVersion": "1.2",
        "stream": {"profile": "sub", "frameRate": 5, "pixelFormat": "gray8"}})")
                               .object();
    manifest.insert(QStringLiteral("eventTypes"), eventTypes);
    return manifest;
}

QJsonObject eventType(const char *id, const char *extra = "")
{
    return QJsonDocument::fromJson(QStringLiteral(R"({"id": "%1", "name": {"zh_CN": "x", "en": "x"},
                                  "defaultPriority": "P3" %2})")
                                       .arg(QLatin1String(id), QLatin1String(extra))
                                       .toUtf8())
        .object();
}

QStringList errorTexts(const ManifestParse &parse)
{
    QStringList texts;
    for (const FieldError &error : parse.errors)
        texts.append(error.toString());
    return texts;
}

Event informational(const QString &type, bool storeEvent, const QDateTime &time)
{
    Event event = makeEvent(type, QStringLiteral("c01"), time);
    event.informational = true;
    event.storeEvent = storeEvent;
    return event;
}

} // namespace

TEST_CASE("a manifest event type can be informational; bad values are located",
          "[alerts][informational]")
{
    ManifestParse parse = parsePluginManifest(
        manifestWith({eventType("count", R"(, "alert": false)"),
                      eventType("passage", R"(, "alert": false, "storeEvent": false)"),
                      eventType("intrusion")}));
    INFO(errorTexts(parse).join(QLatin1Char('\n')).toStdString());
    REQUIRE(parse.ok());
    REQUIRE(parse.manifest.eventTypes.size() == 3);
    CHECK_FALSE(parse.manifest.eventTypes.at(0).alert);
    CHECK(parse.manifest.eventTypes.at(0).storeEvent);
    CHECK_FALSE(parse.manifest.eventTypes.at(1).alert);
    CHECK_FALSE(parse.manifest.eventTypes.at(1).storeEvent);
    CHECK(parse.manifest.eventTypes.at(2).alert); // the default
    CHECK(parse.manifest.eventTypes.at(2).storeEvent);

    parse = parsePluginManifest(manifestWith({eventType("count", R"(, "alert": "no")"),
                                              eventType("b", R"(, "storeEvent": 0)"),
                                              eventType("c", R"(, "storeEvent": false)")}));
    const QStringList errors = errorTexts(parse);
    REQUIRE(errors.size() == 3);
    CHECK(errors.at(0).toStdString() ==
          "eventTypes[0].alert: must be true or false (false: informational, recorded but never "
          "raised as an alert)");
    CHECK(errors.at(1).toStdString() == "eventTypes[1].storeEvent: must be true or false");
    CHECK(errors.at(2).toStdString() ==
          "eventTypes[2].storeEvent: false needs \"alert\": false (an alert keeps its event)");
}

TEST_CASE("the rules drop informational events unless the site turns alerting on",
          "[alerts][informational]")
{
    RuleSet rules;
    const Event count = informational(QStringLiteral("count"), true, t0());
    const Event intrusion = makeEvent(QStringLiteral("intrusion"), QStringLiteral("c01"), t0());
    CHECK_FALSE(raisesAlerts(rules, count));
    CHECK(raisesAlerts(rules, intrusion));
    RuleDecision decision = decide(rules, count, std::nullopt);
    CHECK(decision.kind == RuleDecision::Kind::Drop);
    CHECK(decision.reason == QStringLiteral("informational"));
    CHECK(decide(rules, intrusion, std::nullopt).kind == RuleDecision::Kind::Create);

    rules.eventAlerting = {{QStringLiteral("count"), true}, {QStringLiteral("intrusion"), false}};
    CHECK(raisesAlerts(rules, count));
    CHECK_FALSE(raisesAlerts(rules, intrusion));
    CHECK(decide(rules, count, std::nullopt).kind == RuleDecision::Kind::Create);
    CHECK(decide(rules, intrusion, std::nullopt).kind == RuleDecision::Kind::Drop);
}

TEST_CASE("informational events are stored or skipped but never alerted; others still are",
          "[alerts][informational][service]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("vigil.db"));
    {
        Pipeline pipeline(dbPath);
        QSignalSpy raised(&pipeline.service, &AlertService::alertRaised);
        pipeline.bus.publish(informational(QStringLiteral("count"), true, t0()));
        pipeline.bus.publish(informational(QStringLiteral("passage"), false, t0()));
        pipeline.bus.publish(makeEvent(QStringLiteral("intrusion"), QStringLiteral("c01"), t0()));
        REQUIRE(waitUntil([&] { return raised.size() >= 1; }));
        pipeline.writer.drain();
        CHECK(raised.size() == 1);
        CHECK(raised.at(0).at(0).value<Alert>().type == QStringLiteral("intrusion"));
        CHECK(pipeline.service.openAlerts().size() == 1);
    }
    QString error;
    auto store = SqliteAlertStore::open(dbPath, &error);
    REQUIRE(store);
    // "count" is stored as a fact, "passage" (kept by its own consumer) is not.
    CHECK(store->lastIds(&error)->lastEventId == 2);
    CHECK(store->loadAlerts(AlertQuery{}, &error)->size() == 1);

    // A site that wants alerts for the informational type gets them (and the event stored).
    RuleSet rules;
    rules.eventAlerting = {{QStringLiteral("passage"), true}};
    Pipeline pipeline(dbPath, rules);
    QSignalSpy raised(&pipeline.service, &AlertService::alertRaised);
    pipeline.bus.publish(informational(QStringLiteral("passage"), false, t0().addSecs(5)));
    REQUIRE(waitUntil([&] { return raised.size() == 1; }));
    CHECK(raised.at(0).at(0).value<Alert>().type == QStringLiteral("passage"));
}

TEST_CASE("alerts.json event_alerting: values and located errors", "[alerts][informational]")
{
    AlertSettingsResult result = AlertSettingsReader::parse(
        R"({"event_alerting": {"plate_read": true, "people_count": false}})",
        QStringLiteral("alerts.json"));
    CHECK(result.errors.isEmpty());
    CHECK(result.settings.rules.eventAlerting ==
          QHash<QString, bool>{{QStringLiteral("plate_read"), true},
                               {QStringLiteral("people_count"), false}});

    result = AlertSettingsReader::parse(
        "{\n  \"event_alerting\": {\n    \"plate_read\": \"yes\",\n    \"count\": true\n  }\n}",
        QStringLiteral("alerts.json"));
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.at(0).toStdString() ==
          "alerts.json:3: event_alerting.plate_read: must be true (raise alerts) or false "
          "(informational), got a string");
    CHECK(result.settings.rules.eventAlerting ==
          QHash<QString, bool>{{QStringLiteral("count"), true}});

    result = AlertSettingsReader::parse(R"({"event_alerting": ["plate_read"]})",
                                        QStringLiteral("alerts.json"));
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.at(0).startsWith(
        QStringLiteral("alerts.json:1: event_alerting: must be an object")));
}
