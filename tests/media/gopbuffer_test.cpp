#include "media/gopbuffer.h"

#include <catch2/catch.hpp>

extern "C" {
#include <libavcodec/packet.h>
}

#include <memory>

namespace {

struct PacketFree
{
    void operator()(AVPacket *packet) const { av_packet_free(&packet); }
};

// A packet of `size` bytes whose first byte is `tag`, a keyframe when `key`.
std::unique_ptr<AVPacket, PacketFree> makePacket(int tag, bool key, int size = 16)
{
    std::unique_ptr<AVPacket, PacketFree> packet(av_packet_alloc());
    REQUIRE(av_new_packet(packet.get(), size) == 0);
    packet->data[0] = uint8_t(tag);
    packet->flags = key ? AV_PKT_FLAG_KEY : 0;
    return packet;
}

} // namespace

TEST_CASE("GopBuffer keeps the packets from the newest keyframe on, in order", "[media][gop]")
{
    vigil::GopBuffer gop;
    gop.add(*makePacket(1, false)); // no keyframe yet: undecodable, dropped
    CHECK(gop.isEmpty());
    gop.add(*makePacket(2, true));
    gop.add(*makePacket(3, false));
    gop.add(*makePacket(4, true)); // a new GOP replaces the old one
    gop.add(*makePacket(5, false));
    gop.add(*makePacket(6, false));
    const std::vector<vigil::GopPacket> packets = gop.takeAll();
    REQUIRE(packets.size() == 3);
    CHECK(packets[0]->data[0] == 4);
    CHECK((packets[0]->flags & AV_PKT_FLAG_KEY) != 0);
    CHECK(packets[1]->data[0] == 5);
    CHECK(packets[2]->data[0] == 6);
    CHECK(gop.isEmpty());
}

TEST_CASE("GopBuffer drops a GOP that grows too long instead of keeping part of it", "[media][gop]")
{
    vigil::GopBuffer gop;
    gop.add(*makePacket(1, true));
    for (std::size_t i = 1; i < vigil::GopBuffer::kMaxPackets; ++i)
        gop.add(*makePacket(2, false));
    CHECK(gop.size() == vigil::GopBuffer::kMaxPackets);
    gop.add(*makePacket(3, false)); // one more: the whole GOP goes
    CHECK(gop.isEmpty());
    gop.add(*makePacket(4, false)); // still no keyframe: nothing kept
    CHECK(gop.isEmpty());
    gop.add(*makePacket(5, true));
    CHECK(gop.size() == 1);

    gop.clear();
    gop.add(*makePacket(6, true, int(vigil::GopBuffer::kMaxBytes / 2)));
    gop.add(*makePacket(7, false, int(vigil::GopBuffer::kMaxBytes / 2) + 1)); // over the bytes
    CHECK(gop.isEmpty());
}
