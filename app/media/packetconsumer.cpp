#include "media/packetconsumer.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavcodec/packet.h>
}

#include <cstring>

namespace vigil {

PacketStreamInfo::PacketStreamInfo(const AVCodecParameters &parameters, int timeBaseNum,
                                   int timeBaseDen)
    : m_parameters(avcodec_parameters_alloc()), m_timeBaseNum(timeBaseNum),
      m_timeBaseDen(timeBaseDen)
{
    if (m_parameters)
        avcodec_parameters_copy(m_parameters, &parameters);
}

PacketStreamInfo::~PacketStreamInfo()
{
    avcodec_parameters_free(&m_parameters);
}

QString PacketStreamInfo::codecName() const
{
    return m_parameters ? QString::fromUtf8(avcodec_get_name(m_parameters->codec_id)) : QString();
}

int PacketStreamInfo::width() const
{
    return m_parameters ? m_parameters->width : 0;
}

int PacketStreamInfo::height() const
{
    return m_parameters ? m_parameters->height : 0;
}

bool PacketStreamInfo::isCompatibleWith(const PacketStreamInfo &other) const
{
    const AVCodecParameters *a = m_parameters;
    const AVCodecParameters *b = other.m_parameters;
    if (!a || !b)
        return false;
    return a->codec_id == b->codec_id && a->width == b->width && a->height == b->height &&
           a->extradata_size == b->extradata_size &&
           (a->extradata_size == 0 ||
            std::memcmp(a->extradata, b->extradata, size_t(a->extradata_size)) == 0);
}

PacketRef PacketRef::referenceTo(const AVPacket &source)
{
    PacketRef ref;
    ref.m_packet = av_packet_alloc();
    if (ref.m_packet && av_packet_ref(ref.m_packet, &source) < 0)
        ref.reset();
    return ref;
}

PacketRef &PacketRef::operator=(PacketRef &&other) noexcept
{
    if (this != &other) {
        reset();
        m_packet = other.m_packet;
        other.m_packet = nullptr;
    }
    return *this;
}

PacketRef::~PacketRef()
{
    reset();
}

void PacketRef::reset()
{
    av_packet_free(&m_packet); // no-op on nullptr
}

bool PacketItem::isKeyframe() const
{
    return packet && (packet->flags & AV_PKT_FLAG_KEY);
}

void QueuedPacketConsumer::consumePacket(const AVPacket &packet,
                                         const std::shared_ptr<const PacketStreamInfo> &stream,
                                         qint64 receivedAtMs, quint64 sequence)
{
    PacketRef ref = PacketRef::referenceTo(packet);
    if (!ref)
        return;
    push(PacketItem{std::move(ref), stream, receivedAtMs, sequence});
}

void QueuedPacketConsumer::push(PacketItem item)
{
    m_queue.push(std::move(item));
}

} // namespace vigil
