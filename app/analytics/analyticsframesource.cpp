#include "analytics/analyticsframesource.h"

#include "media/streammanager.h"

namespace vigil {

StreamManagerFrameSource::StreamManagerFrameSource(StreamManager *streams, StreamResolver resolver)
    : m_streams(streams), m_resolver(std::move(resolver))
{}

StreamManagerFrameSource::~StreamManagerFrameSource()
{
    for (const std::shared_ptr<Hold> &hold : std::as_const(m_holds))
        hold->ingest->removeConsumer(hold->consumer);
}

bool StreamManagerFrameSource::attach(const QString &cameraId, StreamProfile profile,
                                      std::shared_ptr<FrameConsumer> consumer, QString *error)
{
    if (m_holds.contains(cameraId)) {
        *error = QStringLiteral("camera %1: analytics frames already attached").arg(cameraId);
        return false;
    }
    const std::optional<StreamRequest> request = m_resolver(cameraId, profile);
    if (!request) {
        *error = QStringLiteral("camera %1: no stream to analyse").arg(cameraId);
        return false;
    }
    auto hold = std::make_shared<Hold>();
    hold->holder = std::make_unique<QObject>();
    hold->ingest = m_streams->holdIngest(*request, hold->holder.get());
    hold->consumer = consumer.get();
    hold->ingest->addConsumer(std::move(consumer));
    m_holds.insert(cameraId, hold);
    return true;
}

void StreamManagerFrameSource::detach(const QString &cameraId, const FrameConsumer *consumer)
{
    const std::shared_ptr<Hold> hold = m_holds.take(cameraId);
    if (!hold)
        return;
    hold->ingest->removeConsumer(consumer);
    // Destroying the holder lets StreamManager stop the ingest if no display uses it either.
}

IngestFrameSource::IngestFrameSource(Resolver resolver, IngestOptions options)
    : m_resolver(std::move(resolver)), m_options(options)
{}

IngestFrameSource::~IngestFrameSource()
{
    for (const auto &ingest : std::as_const(m_ingests))
        ingest->requestStop();
    for (const auto &ingest : std::as_const(m_ingests))
        ingest->stop();
}

bool IngestFrameSource::attach(const QString &cameraId, StreamProfile profile,
                               std::shared_ptr<FrameConsumer> consumer, QString *error)
{
    if (m_ingests.contains(cameraId)) {
        *error = QStringLiteral("camera %1: analytics frames already attached").arg(cameraId);
        return false;
    }
    const std::optional<StreamRequest> request = m_resolver(cameraId, profile);
    if (!request) {
        *error = QStringLiteral("camera %1: no stream to analyse").arg(cameraId);
        return false;
    }
    auto ingest = std::make_shared<StreamIngest>(*request, m_options);
    ingest->addConsumer(std::move(consumer));
    ingest->start();
    m_ingests.insert(cameraId, ingest);
    return true;
}

void IngestFrameSource::detach(const QString &cameraId, const FrameConsumer *consumer)
{
    const std::shared_ptr<StreamIngest> ingest = m_ingests.take(cameraId);
    if (!ingest)
        return;
    ingest->removeConsumer(consumer);
    ingest->stop();
}

} // namespace vigil
