#include "groundtruth.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>

namespace vigil::scenegen {

QJsonObject TruthEvent::toJson() const
{
    QJsonObject json{{QStringLiteral("type"), typeId}, {QStringLiteral("start"), start}};
    if (end >= 0)
        json.insert(QStringLiteral("end"), end);
    if (actorId >= 0)
        json.insert(QStringLiteral("actor"), actorId);
    if (!detail.isEmpty())
        json.insert(QStringLiteral("detail"), detail);
    return json;
}

QJsonObject RectZone::toSetting() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("points"), QJsonArray{QJsonArray{x0, y0}, QJsonArray{x1, y0},
                                                  QJsonArray{x1, y1}, QJsonArray{x0, y1}}}};
}

QJsonObject VerticalLine::toSetting() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("points"), QJsonArray{QJsonArray{x, yBottom}, QJsonArray{x, yTop}}},
            {QStringLiteral("direction"), direction}};
}

QList<Interval> insideIntervals(const SceneScript &script, const Actor &actor, const RectZone &zone)
{
    QList<Interval> intervals;
    bool inside = false;
    for (int f = 0; f < script.frameCount(); ++f) {
        const double t = script.timeOf(f);
        const std::optional<QPointF> anchor = actor.anchorAt(t);
        const bool now = anchor && zone.contains(*anchor);
        if (now && !inside)
            intervals.append({t, t});
        if (now)
            intervals.last().last = t;
        inside = now;
    }
    return intervals;
}

QList<TruthEvent> intrusionTruth(const SceneScript &script, const RectZone &zone,
                                 const QStringList &classes)
{
    QList<TruthEvent> truth;
    for (const Actor &actor : script.actors) {
        if (!classes.contains(actor.classId()))
            continue;
        for (const Interval &i : insideIntervals(script, actor, zone))
            truth.append({QStringLiteral("intrusion"), i.first, i.last, actor.id, zone.name});
    }
    return truth;
}

QList<TruthEvent> crossingTruth(const SceneScript &script, const VerticalLine &line,
                                const QStringList &classes)
{
    QList<TruthEvent> truth;
    for (const Actor &actor : script.actors) {
        if (!classes.contains(actor.classId()))
            continue;
        std::optional<QPointF> previous;
        for (int f = 0; f < script.frameCount(); ++f) {
            const double t = script.timeOf(f);
            const std::optional<QPointF> anchor = actor.anchorAt(t);
            if (anchor && previous && anchor->y() >= line.yTop && anchor->y() <= line.yBottom) {
                if (previous->x() < line.x && anchor->x() >= line.x)
                    truth.append({QStringLiteral("lineCrossing"), t, -1, actor.id,
                                  QStringLiteral("leftToRight")});
                else if (previous->x() >= line.x && anchor->x() < line.x)
                    truth.append({QStringLiteral("lineCrossing"), t, -1, actor.id,
                                  QStringLiteral("rightToLeft")});
            }
            previous = anchor;
        }
    }
    return truth;
}

QList<TruthEvent> loiteringTruth(const SceneScript &script, const RectZone &zone,
                                 const QStringList &classes, double dwellSeconds)
{
    QList<TruthEvent> truth;
    for (const Actor &actor : script.actors) {
        if (!classes.contains(actor.classId()))
            continue;
        for (const Interval &i : insideIntervals(script, actor, zone)) {
            if (i.last - i.first >= dwellSeconds)
                truth.append({QStringLiteral("loitering"), i.first + dwellSeconds, i.last, actor.id,
                              zone.name});
        }
    }
    return truth;
}

QList<TruthEvent> parkingTruth(const SceneScript &script, const RectZone &zone,
                               const QStringList &classes, double maxStopSeconds)
{
    QList<TruthEvent> truth;
    for (const Actor &actor : script.actors) {
        if (!classes.contains(actor.classId()))
            continue;
        double stoppedAt = -1; // time of the first frame at the resting position
        double lastStill = -1;
        std::optional<QPointF> previous;
        auto close = [&] {
            if (stoppedAt >= 0 && lastStill - stoppedAt >= maxStopSeconds)
                truth.append({QStringLiteral("illegalParking"), stoppedAt + maxStopSeconds,
                              lastStill, actor.id, zone.name});
            stoppedAt = -1;
        };
        for (int f = 0; f < script.frameCount(); ++f) {
            const double t = script.timeOf(f);
            const std::optional<QPointF> anchor = actor.anchorAt(t);
            const bool still = anchor && previous && *anchor == *previous && zone.contains(*anchor);
            if (still) {
                if (stoppedAt < 0)
                    stoppedAt = t - 1 / script.fps;
                lastStill = t;
            } else {
                close();
            }
            previous = anchor;
        }
        close();
    }
    return truth;
}

QList<TruthEvent> crowdTruth(const SceneScript &script, const RectZone &zone,
                             const QStringList &classes, int minPeople, double minDuration)
{
    QList<TruthEvent> truth;
    double crowdedSince = -1;
    double lastCrowded = -1;
    auto close = [&] {
        if (crowdedSince >= 0 && lastCrowded - crowdedSince >= minDuration)
            truth.append({QStringLiteral("crowdGathering"), crowdedSince + minDuration, lastCrowded,
                          -1, zone.name});
        crowdedSince = -1;
    };
    for (int f = 0; f < script.frameCount(); ++f) {
        const double t = script.timeOf(f);
        int count = 0;
        for (const Actor &actor : script.actors) {
            const std::optional<QPointF> anchor = actor.anchorAt(t);
            if (classes.contains(actor.classId()) && anchor && zone.contains(*anchor))
                ++count;
        }
        if (count >= minPeople) {
            if (crowdedSince < 0)
                crowdedSince = t;
            lastCrowded = t;
        } else {
            close();
        }
    }
    close();
    return truth;
}

QList<TruthEvent> tailgatingTruth(const SceneScript &script, const RectZone &door,
                                  const QList<double> &accessTimes, double windowSeconds,
                                  int peoplePerAccess)
{
    std::multimap<double, int> passages; // time -> actor
    for (const Actor &actor : script.actors) {
        if (actor.kind != ActorKind::Person)
            continue;
        for (const Interval &i : insideIntervals(script, actor, door))
            passages.emplace(i.first, actor.id);
    }
    std::map<double, int> admitted; // access time -> people through on it
    QList<TruthEvent> truth;
    for (const auto &[t, actorId] : passages) {
        double access = -1;
        for (double a : accessTimes) {
            if (a <= t && t <= a + windowSeconds)
                access = std::max(access, a);
        }
        if (access >= 0 && ++admitted[access] > peoplePerAccess)
            truth.append({QStringLiteral("tailgating"), t, -1, actorId, door.name});
    }
    return truth;
}

QString faultEventType(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Cover:
        return QStringLiteral("lensCovered");
    case FaultKind::Blur:
        return QStringLiteral("blurred");
    case FaultKind::Dark:
        return QStringLiteral("tooDark");
    case FaultKind::Bright:
        return QStringLiteral("tooBright");
    case FaultKind::ColourCast:
        return QStringLiteral("colourCast");
    case FaultKind::Freeze:
        return QStringLiteral("frozen");
    case FaultKind::Shift:
        break;
    }
    return QStringLiteral("sceneMoved");
}

QList<TruthEvent> faultTruth(const SceneScript &script, double minDuration)
{
    QList<TruthEvent> truth;
    for (const Fault &fault : script.faults) {
        double first = -1;
        double last = -1;
        for (int f = 0; f < script.frameCount(); ++f) {
            const double t = script.timeOf(f);
            if (t >= fault.start && t < fault.end) {
                if (first < 0)
                    first = t;
                last = t;
            }
        }
        // A frozen picture is only visible from the second identical frame on.
        if (fault.kind == FaultKind::Freeze)
            first += 1 / script.fps;
        if (first >= 0 && last - first >= minDuration)
            truth.append(
                {faultEventType(fault.kind), first + minDuration, last, -1, faultKey(fault.kind)});
    }
    return truth;
}

} // namespace vigil::scenegen
