#include "scenecases.h"

#include "demoscenes.h"

#include <QJsonArray>

namespace vigil::scenegen {

namespace {

const cv::Scalar kDarkBlue(120, 30, 30);
const cv::Scalar kDarkRed(30, 30, 120);
const cv::Scalar kWhite(230, 220, 210);
const cv::Scalar kDarkGreen(40, 90, 20);
const cv::Scalar kBlack(35, 30, 30);

Actor person(int id, QList<Keyframe> path, cv::Scalar colour = kDarkBlue)
{
    return {id, ActorKind::Person, std::move(path), colour};
}

Actor vehicle(int id, QList<Keyframe> path, cv::Scalar colour = kWhite)
{
    return {id, ActorKind::Vehicle, std::move(path), colour};
}

QJsonArray classes(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

SceneCase intrusionCase()
{
    SceneCase c;
    c.script = {QStringLiteral("intrusion"), 11, 640, 360, 5, 20, {}, {}, 0.03};
    c.script.actors = {
        person(1, {{2, 0.05, 0.85}, {14, 0.95, 0.85}}),
        person(2, {{3, 0.98, 0.95}, {6, 0.9, 0.95}, {20, 0.9, 0.95}}, kDarkRed), // stays outside
        vehicle(3, {{4, 0.05, 0.58}, {12, 0.95, 0.58}}),                         // on the road
        person(4, {{12, 0.98, 0.75}, {18, 0.55, 0.75}, {20, 0.55, 0.75}}, kDarkGreen),
    };
    const RectZone zone{QStringLiteral("Lawn"), 0.45, 0.65, 0.75, 1.0};
    const QStringList watched{QStringLiteral("person"), QStringLiteral("vehicle")};
    c.pluginId = QStringLiteral("org.vigil.intrusion");
    c.settings = {{QStringLiteral("zones"), QJsonArray{zone.toSetting()}},
                  {QStringLiteral("objectClasses"), classes(watched)}};
    c.truth = intrusionTruth(c.script, zone, watched);
    return c;
}

SceneCase lineCrossingCase()
{
    SceneCase c;
    c.script = {QStringLiteral("linecrossing"), 12, 640, 360, 5, 30, {}, {}, 0.03};
    c.script.actors = {
        person(1, {{1, 0.05, 0.80}, {9, 0.95, 0.80}}),
        vehicle(2, {{2, 0.1, 0.58}, {8, 0.9, 0.58}}, kBlack), // above the lines' ends
        person(3, {{9.4, 0.95, 0.90}, {17.4, 0.05, 0.90}}, kDarkRed),
        person(4, {{17.8, 0.05, 0.85}, {25.8, 0.95, 0.85}}, kDarkGreen),
        person(5, {{26, 0.4, 0.66}, {29.8, 0.4, 0.98}}), // walks along, never crosses
    };
    const VerticalLine gate{QStringLiteral("Gate"), 0.5, 0.62, 1.0, QStringLiteral("both")};
    const VerticalLine entry{QStringLiteral("Entry"), 0.3, 0.62, 1.0,
                             QStringLiteral("leftToRight")};
    const QStringList watched{QStringLiteral("person")};
    c.pluginId = QStringLiteral("org.vigil.linecrossing");
    c.settings = {{QStringLiteral("lines"), QJsonArray{gate.toSetting(), entry.toSetting()}},
                  {QStringLiteral("objectClasses"), classes(watched)}};
    for (const VerticalLine &line : {gate, entry}) {
        int leftToRight = 0;
        int rightToLeft = 0;
        for (TruthEvent event : crossingTruth(c.script, line, watched)) {
            (event.detail == QStringLiteral("leftToRight") ? leftToRight : rightToLeft) += 1;
            if (line.direction == QStringLiteral("both") || line.direction == event.detail) {
                event.detail = line.name + QLatin1Char(':') + event.detail;
                c.truth.append(event);
            }
        }
        c.expectedCounts.insert(line.name + QStringLiteral(":leftToRight"), leftToRight);
        c.expectedCounts.insert(line.name + QStringLiteral(":rightToLeft"), rightToLeft);
    }
    return c;
}

SceneCase loiteringCase()
{
    SceneCase c;
    c.script = {QStringLiteral("loitering"), 13, 640, 360, 5, 30, {}, {}, 0.03};
    c.script.actors = {
        person(1, {{1, 0.05, 0.8}, {7, 0.95, 0.8}}), // passes through in under 3 s
        person(2,
               {{8, 0.05, 0.9},
                {10, 0.4, 0.9},
                {14, 0.6, 0.9},
                {18, 0.45, 0.75},
                {22, 0.55, 0.85},
                {26, 0.95, 0.85}},
               kDarkRed),
    };
    const RectZone zone{QStringLiteral("ATM"), 0.3, 0.65, 0.7, 1.0};
    const QStringList watched{QStringLiteral("person")};
    c.pluginId = QStringLiteral("org.vigil.loitering");
    c.settings = {{QStringLiteral("zones"), QJsonArray{zone.toSetting()}},
                  {QStringLiteral("dwellTime"), 8}};
    c.truth = loiteringTruth(c.script, zone, watched, 8);
    return c;
}

SceneCase tailgatingCase()
{
    SceneCase c;
    c.script = {QStringLiteral("tailgating"), 14, 640, 360, 5, 32, {}, {}, 0.03};
    c.script.actors = {
        person(1, {{2, 0.1, 0.8}, {10, 0.9, 0.8}}),
        person(2, {{3.5, 0.1, 0.8}, {11.5, 0.9, 0.8}}, kDarkRed), // 1.5 s behind on one access
        person(3, {{12, 0.1, 0.85}, {20, 0.9, 0.85}}, kDarkGreen),
        person(4, {{20, 0.1, 0.78}, {28, 0.9, 0.78}}),
        person(5, {{21, 0.9, 0.97}, {29, 0.1, 0.97}}, kDarkRed), // the other way, same access
    };
    const RectZone door{QStringLiteral("Door"), 0.45, 0.65, 0.55, 1.0};
    c.pluginId = QStringLiteral("org.vigil.tailgating");
    c.settings = {{QStringLiteral("doorZones"), QJsonArray{door.toSetting()}},
                  {QStringLiteral("accessWindow"), 4},
                  {QStringLiteral("peoplePerAccess"), 1}};
    // The second access reaches the agent 1.5 s late, after the person it admitted.
    c.accesses = {{4, 4}, {15, 16.5}, {22, 22}};
    c.truth = tailgatingTruth(c.script, door, {4, 15, 22}, 4, 1);
    return c;
}

SceneCase parkingCase()
{
    SceneCase c;
    c.script = {QStringLiteral("parking"), 15, 640, 360, 5, 40, {}, {}, 0.03};
    c.script.actors = {
        vehicle(1, {{2, 0.0, 0.58}, {7, 0.5, 0.58}, {25, 0.5, 0.58}, {29, 0.0, 0.58}}),
        vehicle(2, {{1, 1.0, 0.58}, {3, 0.88, 0.58}, {20, 0.88, 0.58}, {22, 1.0, 0.58}},
                kBlack), // parked, but outside the zone
        vehicle(3, {{30, 0.95, 0.58}, {32, 0.55, 0.58}, {35, 0.55, 0.58}, {37, 0.05, 0.58}},
                kBlack), // a short stop inside
    };
    const RectZone zone{QStringLiteral("Bus stop"), 0.35, 0.45, 0.75, 0.65};
    const QStringList watched{QStringLiteral("vehicle")};
    c.pluginId = QStringLiteral("org.vigil.parking");
    c.settings = {{QStringLiteral("zones"), QJsonArray{zone.toSetting()}},
                  {QStringLiteral("maxStopTime"), 10}};
    c.truth = parkingTruth(c.script, zone, watched, 10);
    return c;
}

SceneCase crowdCase()
{
    SceneCase c;
    c.script = {QStringLiteral("crowd"), 16, 640, 360, 5, 30, {}, {}, 0.03};
    const cv::Scalar colours[] = {kDarkBlue, kDarkRed, kDarkGreen, kBlack, kDarkBlue};
    for (int i = 0; i < 5; ++i) {
        const double x = 0.28 + 0.12 * i;
        const double arrive = 2 + 2 * i;
        c.script.actors.append(
            person(i + 1, {{arrive, x, 0.99}, {arrive + 2, x, 0.8}, {22, x, 0.8}}, colours[i]));
    }
    const RectZone zone{QStringLiteral("Plaza"), 0.2, 0.62, 0.8, 1.0};
    const QStringList watched{QStringLiteral("person")};
    c.pluginId = QStringLiteral("org.vigil.crowd");
    c.settings = {{QStringLiteral("zones"), QJsonArray{zone.toSetting()}},
                  {QStringLiteral("minPeople"), 4},
                  {QStringLiteral("minDuration"), 4}};
    c.truth = crowdTruth(c.script, zone, watched, 4, 4);
    return c;
}

// Walkers and a car keep the picture alive while the fault comes and goes.
QList<Actor> tamperBackdropActors()
{
    return {person(1, {{0, 0.05, 0.8}, {10, 0.95, 0.8}}),
            person(2, {{9, 0.95, 0.92}, {20, 0.05, 0.92}}, kDarkRed),
            vehicle(3, {{4, 0.05, 0.58}, {9, 0.95, 0.58}})};
}

SceneCase tamperCase(FaultKind kind)
{
    SceneCase c;
    c.script = {QStringLiteral("tamper-") + faultKey(kind), 17, 640, 360, 5, 20, {}, {}, 0.05};
    c.script.actors = tamperBackdropActors();
    c.script.faults = {{kind, 6, 14}};
    c.pluginId = QStringLiteral("org.vigil.tamper");
    c.settings = {{QStringLiteral("minDuration"), 2}};
    c.truth = faultTruth(c.script, 2);
    return c;
}

SceneCase tamperCleanCase()
{
    SceneCase c;
    c.script = {QStringLiteral("tamper-none"), 18, 640, 360, 5, 30, {}, {}, 0.12};
    c.script.actors = tamperBackdropActors();
    c.script.actors.append(person(4, {{18, 0.1, 0.75}, {29, 0.9, 0.99}}, kDarkGreen));
    c.pluginId = QStringLiteral("org.vigil.tamper");
    c.settings = {{QStringLiteral("minDuration"), 2}};
    return c; // light changes and movement only: nothing to report
}

const QList<FaultKind> kFaults = {FaultKind::Cover,  FaultKind::Blur,       FaultKind::Dark,
                                  FaultKind::Bright, FaultKind::ColourCast, FaultKind::Freeze,
                                  FaultKind::Shift};

} // namespace

namespace {
std::optional<SceneCase> builtInCase(const QString &name);
} // namespace

QStringList sceneCaseNames()
{
    QStringList names{QStringLiteral("intrusion"), QStringLiteral("linecrossing"),
                      QStringLiteral("loitering"), QStringLiteral("tailgating"),
                      QStringLiteral("parking"),   QStringLiteral("crowd")};
    for (FaultKind kind : kFaults)
        names.append(QStringLiteral("tamper-") + faultKey(kind));
    names.append(QStringLiteral("tamper-none"));
    return names + checkpointSceneNames() + demoSceneNames();
}

std::optional<SceneCase> sceneCase(const QString &name, std::optional<unsigned> seed)
{
    if (checkpointSceneNames().contains(name)) {
        CheckpointScene checkpoint =
            buildCheckpointScene(name, seed.value_or(defaultCheckpointSeed(name)));
        SceneCase c;
        c.script = std::move(checkpoint.script);
        c.settings = std::move(checkpoint.settings);
        c.plates = std::move(checkpoint.passes);
        return c; // no plate reader plugin yet: pluginId stays empty
    }
    if (demoSceneNames().contains(name))
        return demoSceneCase(name, seed);
    std::optional<SceneCase> c = builtInCase(name);
    if (c && seed)
        c->script.seed = *seed;
    return c;
}

namespace {

std::optional<SceneCase> builtInCase(const QString &name)
{
    if (name == QStringLiteral("intrusion"))
        return intrusionCase();
    if (name == QStringLiteral("linecrossing"))
        return lineCrossingCase();
    if (name == QStringLiteral("loitering"))
        return loiteringCase();
    if (name == QStringLiteral("tailgating"))
        return tailgatingCase();
    if (name == QStringLiteral("parking"))
        return parkingCase();
    if (name == QStringLiteral("crowd"))
        return crowdCase();
    if (name == QStringLiteral("tamper-none"))
        return tamperCleanCase();
    for (FaultKind kind : kFaults) {
        if (name == QStringLiteral("tamper-") + faultKey(kind))
            return tamperCase(kind);
    }
    return std::nullopt;
}

} // namespace

} // namespace vigil::scenegen
