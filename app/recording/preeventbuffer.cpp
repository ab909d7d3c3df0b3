#include "recording/preeventbuffer.h"

namespace vigil {

void PreEventBuffer::push(PacketItem item)
{
    if (m_items.empty() && !item.isKeyframe())
        return; // nothing decodable before the first keyframe
    m_items.push_back(std::move(item));
    const qint64 newest = m_items.back().receivedAtMs;
    // Drop the oldest GOP while the GOP after it still starts at least `span` before the newest.
    for (;;) {
        auto next = m_items.begin() + 1;
        while (next != m_items.end() && !next->isKeyframe())
            ++next;
        if (next == m_items.end() || newest - next->receivedAtMs < m_spanMs)
            break;
        m_items.erase(m_items.begin(), next);
    }
}

std::deque<PacketItem> PreEventBuffer::take()
{
    std::deque<PacketItem> items;
    items.swap(m_items);
    return items;
}

} // namespace vigil
