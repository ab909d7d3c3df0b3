#pragma once
// The multi-object tracker shared by the object-based plugins: objects per frame in, tracks with
// stable ids out. Association is greedy by distance between a track's predicted centre and an
// object's centre, relative to the track's size. A track is reported once it has been seen in two
// frames, keeps its id while it is missed for up to maxMissedSeconds, and is then dropped.
//
// Thread contract: owned by one agent; called from one thread at a time.

#include "objectsource.h"

#include <QHash>
#include <QList>
#include <QPointF>

namespace vigil::common {

struct Track
{
    qint64 id = 0;
    QString classId;
    NormalizedRect box;
    double confidence = 0;
    QPointF velocity;       // of the box centre, frame widths/heights per second
    QPointF previousAnchor; // anchor at the previous update that saw the object
    qint64 firstSeenUs = 0;
    qint64 lastSeenUs = 0;
    qint64 stillSinceUs = 0; // since when the anchor stays within stillRadius
    int hits = 0;
    bool seenThisFrame = false;

    // The point that decides zone membership and line crossings: bottom centre, where a person's
    // feet or a vehicle's wheels touch the ground.
    QPointF anchor() const { return {box.x + box.width / 2, box.y + box.height}; }
    QPointF centre() const { return {box.x + box.width / 2, box.y + box.height / 2}; }
};

struct TrackerSettings
{
    double maxMissedSeconds = 1.0;
    int minHits = 2;
    double stillRadius = 0.012; // normalized; anchor movement below this counts as standing still
    double gateFactor = 1.5;    // max centre distance, in track diagonals (+ expected motion)
};

class MultiObjectTracker
{
public:
    explicit MultiObjectTracker(const TrackerSettings &settings = {}) : m_settings(settings) {}

    // Updates the tracks with this frame's objects and returns the confirmed ones (seen at least
    // minHits times), including tracks briefly missed in this frame.
    QList<Track> update(const QList<DetectedObject> &objects, qint64 timestampUs);
    void reset();

private:
    struct State
    {
        Track track;
        QPointF restAnchor;
        QHash<QString, int> classVotes;
    };
    void absorb(State &state, const DetectedObject &object, qint64 timestampUs);

    TrackerSettings m_settings;
    QList<State> m_states;
    qint64 m_nextId = 1;
    qint64 m_lastUpdateUs = -1;
};

} // namespace vigil::common
