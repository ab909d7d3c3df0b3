#include "media/frameconsumer.h"

extern "C" {
#include <libavutil/frame.h>
}

namespace vigil {

FrameRef FrameRef::referenceTo(const AVFrame &source)
{
    FrameRef ref;
    ref.m_frame = av_frame_alloc();
    if (ref.m_frame && av_frame_ref(ref.m_frame, &source) < 0)
        ref.reset();
    return ref;
}

FrameRef &FrameRef::operator=(FrameRef &&other) noexcept
{
    if (this != &other) {
        reset();
        m_frame = other.m_frame;
        other.m_frame = nullptr;
    }
    return *this;
}

FrameRef::~FrameRef()
{
    reset();
}

void FrameRef::reset()
{
    av_frame_free(&m_frame); // no-op on nullptr
}

void QueuedFrameConsumer::consumeFrame(const AVFrame &frame, const FrameInfo &info)
{
    FrameRef ref = FrameRef::referenceTo(frame);
    if (!ref)
        return;
    if (m_queue.push(Item{std::move(ref), info}))
        m_pushed.fetch_add(1);
}

} // namespace vigil
