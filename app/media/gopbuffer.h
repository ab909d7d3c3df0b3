#pragma once
// GopBuffer: the video packets of a stream since its newest keyframe, kept while nothing decodes
// them. When decoding starts (the first consumer after connecting, a tile shown again) the
// ingest decodes this buffer at once and shows only its newest picture, instead of waiting up to
// a whole GOP for the next keyframe. Right after connecting it holds what libavformat read while
// probing (without it the first picture waited ~0.7 s longer; docs/performance.md).
//
// Thread contract: one thread (the ingest thread).

#include <cstddef>
#include <memory>
#include <vector>

struct AVPacket;

namespace vigil {

struct GopPacketFree
{
    void operator()(AVPacket *packet) const;
};
using GopPacket = std::unique_ptr<AVPacket, GopPacketFree>;

class GopBuffer
{
public:
    // A GOP longer than this is dropped whole (decoding then waits for the next keyframe).
    static constexpr std::size_t kMaxPackets = 300;
    static constexpr std::size_t kMaxBytes = 8 * 1024 * 1024;

    GopBuffer();
    ~GopBuffer();
    GopBuffer(const GopBuffer &) = delete;
    GopBuffer &operator=(const GopBuffer &) = delete;

    // Keeps a reference to `packet` if it is a keyframe (dropping the older GOP) or follows one.
    void add(const AVPacket &packet);
    bool isEmpty() const { return m_packets.empty(); }
    std::size_t size() const { return m_packets.size(); }
    // From the newest keyframe on, oldest first; the buffer is empty afterwards.
    std::vector<GopPacket> takeAll();
    void clear();

private:
    std::vector<GopPacket> m_packets;
    std::size_t m_bytes = 0;
};

} // namespace vigil
