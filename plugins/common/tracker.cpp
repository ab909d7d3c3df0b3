#include "tracker.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace vigil::common {

namespace {

QPointF centreOf(const NormalizedRect &r)
{
    return {r.x + r.width / 2, r.y + r.height / 2};
}

double length(QPointF p)
{
    return std::hypot(p.x(), p.y());
}

} // namespace

void MultiObjectTracker::reset()
{
    m_states.clear();
    m_lastUpdateUs = -1;
}

void MultiObjectTracker::absorb(State &state, const DetectedObject &object, qint64 timestampUs)
{
    Track &track = state.track;
    const double dt = double(timestampUs - track.lastSeenUs) / 1e6;
    if (track.hits > 0 && dt > 0) {
        const QPointF step = (centreOf(object.box) - centreOf(track.box)) / dt;
        track.velocity = track.hits == 1 ? step : 0.5 * track.velocity + 0.5 * step;
        track.previousAnchor = track.anchor();
    }
    track.box = object.box;
    track.confidence = object.confidence;
    track.lastSeenUs = timestampUs;
    track.seenThisFrame = true;
    ++track.hits;
    if (track.hits == 1) {
        track.previousAnchor = track.anchor();
        state.restAnchor = track.anchor();
        track.stillSinceUs = timestampUs;
    } else if (length(track.anchor() - state.restAnchor) > m_settings.stillRadius) {
        state.restAnchor = track.anchor();
        track.stillSinceUs = timestampUs;
    }
    const int votes = ++state.classVotes[object.classId];
    if (track.classId.isEmpty() || votes > state.classVotes.value(track.classId))
        track.classId = object.classId;
}

QList<Track> MultiObjectTracker::update(const QList<DetectedObject> &objects, qint64 timestampUs)
{
    if (m_lastUpdateUs >= 0 && timestampUs < m_lastUpdateUs)
        reset(); // time ran backwards: a new stream
    m_lastUpdateUs = timestampUs;

    struct Candidate
    {
        double cost;
        int state;
        int object;
    };
    std::vector<Candidate> candidates;
    for (int s = 0; s < m_states.size(); ++s) {
        const Track &track = m_states[s].track;
        const double dt = double(timestampUs - track.lastSeenUs) / 1e6;
        const QPointF predicted = track.centre() + track.velocity * dt;
        const double diagonal = std::max(1e-3, std::hypot(track.box.width, track.box.height));
        const double gate = m_settings.gateFactor * diagonal + length(track.velocity) * dt;
        for (int o = 0; o < objects.size(); ++o) {
            const double distance = length(centreOf(objects[o].box) - predicted);
            if (distance <= gate)
                candidates.push_back({distance / diagonal, s, o});
        }
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.cost < b.cost; });

    std::vector<bool> stateTaken(size_t(m_states.size()), false);
    std::vector<bool> objectTaken(size_t(objects.size()), false);
    for (State &state : m_states)
        state.track.seenThisFrame = false;
    for (const Candidate &c : candidates) {
        if (stateTaken[size_t(c.state)] || objectTaken[size_t(c.object)])
            continue;
        stateTaken[size_t(c.state)] = objectTaken[size_t(c.object)] = true;
        absorb(m_states[c.state], objects[c.object], timestampUs);
    }
    for (int o = 0; o < objects.size(); ++o) {
        if (objectTaken[size_t(o)])
            continue;
        State state;
        state.track.id = m_nextId++;
        state.track.firstSeenUs = timestampUs;
        absorb(state, objects[o], timestampUs);
        m_states.append(state);
    }

    const qint64 maxMissedUs = qint64(m_settings.maxMissedSeconds * 1e6);
    m_states.removeIf(
        [&](const State &state) { return timestampUs - state.track.lastSeenUs > maxMissedUs; });
    QList<Track> confirmed;
    for (const State &state : std::as_const(m_states)) {
        if (state.track.hits >= m_settings.minHits)
            confirmed.append(state.track);
    }
    return confirmed;
}

} // namespace vigil::common
