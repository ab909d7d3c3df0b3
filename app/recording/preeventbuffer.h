#pragma once
// PreEventBuffer: the last N seconds of packets kept in memory for event-triggered recording,
// always starting at a keyframe so the first packet written can be decoded.
//
// Thread contract: used by one thread (the camera's recording thread).

#include "media/packetconsumer.h"

#include <deque>

namespace vigil {

class PreEventBuffer
{
public:
    explicit PreEventBuffer(qint64 spanMs = 5000) : m_spanMs(spanMs) {}

    void setSpanMs(qint64 spanMs) { m_spanMs = spanMs; }
    // Keeps `item` and drops whole GOPs from the front while the rest still covers the span.
    void push(PacketItem item);
    bool isEmpty() const { return m_items.empty(); }
    std::size_t size() const { return m_items.size(); }
    qint64 firstReceivedAtMs() const { return m_items.empty() ? 0 : m_items.front().receivedAtMs; }
    // Hands out everything (from its first keyframe) and empties the buffer.
    std::deque<PacketItem> take();
    void clear() { m_items.clear(); }

private:
    qint64 m_spanMs;
    std::deque<PacketItem> m_items;
};

} // namespace vigil
