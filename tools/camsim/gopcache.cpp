#include "gopcache.h"

#include <algorithm>

namespace camsim {

void GopCache::add(GstBuffer *buffer, bool keyframe, GstClockTimeDiff clockLead)
{
    if (keyframe || !m_haveClockLead)
        m_gopClockLead = clockLead;
    m_gopClockLead = std::min(m_gopClockLead, clockLead);
    m_lastClockLead = clockLead;
    m_haveClockLead = true;

    if (keyframe)
        dropUnits();
    else if (m_units.empty())
        return; // no keyframe to start from
    const std::size_t size = gst_buffer_get_size(buffer);
    if (m_units.size() >= kMaxUnits || m_bytes + size > kMaxBytes) {
        dropUnits();
        return;
    }
    m_units.push_back(gst_buffer_ref(buffer));
    m_bytes += size;
}

void GopCache::dropUnits()
{
    for (GstBuffer *unit : m_units)
        gst_buffer_unref(unit);
    m_units.clear();
    m_bytes = 0;
}

std::optional<GstClockTimeDiff> GopCache::clockLead() const
{
    if (!m_units.empty())
        return m_gopClockLead;
    if (m_haveClockLead)
        return m_lastClockLead;
    return std::nullopt;
}

} // namespace camsim
