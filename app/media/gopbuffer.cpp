#include "media/gopbuffer.h"

extern "C" {
#include <libavcodec/packet.h>
}

namespace vigil {

void GopPacketFree::operator()(AVPacket *packet) const
{
    av_packet_free(&packet);
}

GopBuffer::GopBuffer() = default;
GopBuffer::~GopBuffer() = default;

void GopBuffer::add(const AVPacket &packet)
{
    const bool key = packet.flags & AV_PKT_FLAG_KEY;
    if (key)
        clear();
    else if (m_packets.empty())
        return; // cannot be decoded without its keyframe
    if (m_packets.size() >= kMaxPackets || m_bytes + std::size_t(packet.size) > kMaxBytes) {
        clear(); // too long a GOP to keep: wait for the next keyframe instead
        return;
    }
    if (AVPacket *copy = av_packet_clone(&packet)) { // a reference, not a copy of the data
        m_packets.emplace_back(copy);
        m_bytes += std::size_t(packet.size);
    }
}

std::vector<GopPacket> GopBuffer::takeAll()
{
    std::vector<GopPacket> packets;
    packets.swap(m_packets);
    m_bytes = 0;
    return packets;
}

void GopBuffer::clear()
{
    m_packets.clear();
    m_bytes = 0;
}

} // namespace vigil
