#pragma once
// Expected events of a scripted scene, computed from the script's exact geometry (never from
// pixels): when each actor's anchor is inside a rectangle zone, when it crosses a vertical line,
// how long it stands still, how many actors share a zone. Sampled at the scene's frame times, so
// truth and analysis see the same instants.
//
// Thread contract: pure functions; callable from any thread.

#include "scene.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace vigil::scenegen {

struct TruthEvent
{
    QString typeId;
    double start = 0; // seconds: an instant event's time, or when a lasting event starts
    double end = -1;  // seconds: when a lasting event ends (last frame that meets it); -1 instant
    int actorId = -1; // -1 when the event is about a zone or the whole picture
    QString detail;   // e.g. "leftToRight"

    QJsonObject toJson() const;
};

// An axis-aligned zone, normalized.
struct RectZone
{
    QString name;
    double x0 = 0, y0 = 0, x1 = 1, y1 = 1;
    bool contains(QPointF p) const
    {
        return p.x() >= x0 && p.x() <= x1 && p.y() >= y0 && p.y() <= y1;
    }
    QJsonObject toSetting() const; // {"name": ..., "points": [[x0,y0], ...]}
};

// A vertical line at x from yTop to yBottom, entered in the settings bottom-to-top, so its left
// side (walking from the first point to the last) is the side with smaller x.
struct VerticalLine
{
    QString name;
    double x = 0.5, yTop = 0, yBottom = 1;
    QString direction = QStringLiteral("both"); // leftToRight | rightToLeft | both
    QJsonObject toSetting() const;
};

struct Interval
{
    double first = 0; // first and last frame time inside
    double last = 0;
};

QList<Interval> insideIntervals(const SceneScript &script, const Actor &actor,
                                const RectZone &zone);

QList<TruthEvent> intrusionTruth(const SceneScript &script, const RectZone &zone,
                                 const QStringList &classes);
// Every crossing, in both directions (detail = "leftToRight" / "rightToLeft").
QList<TruthEvent> crossingTruth(const SceneScript &script, const VerticalLine &line,
                                const QStringList &classes);
QList<TruthEvent> loiteringTruth(const SceneScript &script, const RectZone &zone,
                                 const QStringList &classes, double dwellSeconds);
QList<TruthEvent> parkingTruth(const SceneScript &script, const RectZone &zone,
                               const QStringList &classes, double maxStopSeconds);
QList<TruthEvent> crowdTruth(const SceneScript &script, const RectZone &zone,
                             const QStringList &classes, int minPeople, double minDuration);
// accessTimes: when each access was granted. A person is "through" the door when their anchor
// first enters the door zone; each access admits peoplePerAccess of those within its window.
QList<TruthEvent> tailgatingTruth(const SceneScript &script, const RectZone &door,
                                  const QList<double> &accessTimes, double windowSeconds,
                                  int peoplePerAccess);
// One lasting event per fault, starting minDuration after the fault's first affected frame.
QList<TruthEvent> faultTruth(const SceneScript &script, double minDuration);
QString faultEventType(FaultKind kind); // "lensCovered", "blurred", ...

} // namespace vigil::scenegen
