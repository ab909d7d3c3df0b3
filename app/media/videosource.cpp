#include "media/videosource.h"

#include "media/displaysink.h"
#include "media/streamingest.h"

namespace vigil {

VideoSource::VideoSource(StreamRequest request, std::shared_ptr<DisplaySink> sink, QObject *parent)
    : QObject(parent), m_request(std::move(request)), m_sink(std::move(sink))
{
    m_sink->setReceiver(this, [this] { deliverFrameNotification(); });
}

VideoSource::~VideoSource()
{
    m_sink->detach();
    if (m_ingest)
        m_ingest->removeConsumer(m_sink.get());
}

void VideoSource::setTargetSize(QSize size)
{
    m_sink->setTargetSize(size);
}

void VideoSource::setActive(bool active)
{
    m_sink->setActive(active);
}

void VideoSource::setFrameStride(int stride)
{
    m_sink->setFrameStride(stride);
}

void VideoSource::setYuvOutput(bool yuv)
{
    m_sink->setYuvOutput(yuv);
}

bool VideoSource::isFiltered() const
{
    return m_sink->hasFrameFilter();
}

DisplayFrame VideoSource::latestFrame() const
{
    return m_sink->latestFrame();
}

StreamStats VideoSource::stats() const
{
    return m_ingest ? m_ingest->stats() : StreamStats{};
}

void VideoSource::applyStatus(const StreamStatus &status)
{
    m_status = status;
    emit statusChanged(status);
}

void VideoSource::deliverFrameNotification()
{
    m_sink->notificationDelivered();
    emit frameAvailable();
}

} // namespace vigil
