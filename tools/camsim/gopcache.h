#pragma once
// The access units of one clip feed since its newest keyframe, keyframe first, and the clock
// leads (clock time minus timestamp) they were pushed with: what ClipFeeder starts a new client
// from, and the base time that client's pipeline gets. Bounded to one GOP of at most kMaxUnits
// units and kMaxBytes bytes: a longer GOP is dropped until the next keyframe, and new clients
// then wait for that keyframe (as with no cache) rather than get a huge burst.
//
// Thread contract: not thread-safe; ClipFeeder guards it with its sinks mutex.

#include <gst/gst.h>

#include <cstddef>
#include <optional>
#include <vector>

namespace camsim {

class GopCache
{
public:
    static constexpr std::size_t kMaxUnits = 300; // 12 s at 25 fps
    static constexpr std::size_t kMaxBytes = 4u << 20;

    GopCache() = default;
    ~GopCache() { dropUnits(); }
    GopCache(const GopCache &) = delete;
    GopCache &operator=(const GopCache &) = delete;

    // Records one unit that was pushed `clockLead` ns of clock time after its timestamp.
    void add(GstBuffer *buffer, bool keyframe, GstClockTimeDiff clockLead);
    // Keyframe first; empty before the first keyframe and after an over-long GOP.
    const std::vector<GstBuffer *> &units() const { return m_units; }
    void dropUnits();

    // The smallest clock lead over the cached units (so none of them is early under it), else
    // the newest unit's; nothing before the first unit.
    std::optional<GstClockTimeDiff> clockLead() const;

private:
    std::vector<GstBuffer *> m_units;
    std::size_t m_bytes = 0;
    GstClockTimeDiff m_gopClockLead = 0;
    GstClockTimeDiff m_lastClockLead = 0;
    bool m_haveClockLead = false;
};

} // namespace camsim
