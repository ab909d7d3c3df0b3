#pragma once
// AnalyticsFrameSource: where the analytics supervisor gets a camera's decoded frames. The
// supervisor attaches one FrameConsumer (an AnalyticsFrameFeed) per analysed camera and detaches
// it when the camera is no longer analysed.
//
// StreamManagerFrameSource shares the wall's ingests (one connection per stream) through
// StreamManager::holdIngest(); IngestFrameSource runs its own StreamIngest per camera (tools,
// tests). Both find the camera's stream with a resolver function.
//
// Thread contract: attach() and detach() are called on the supervisor's thread (the thread the
// AnalyticsSupervisor lives on, normally the GUI thread — StreamManagerFrameSource requires it,
// like StreamManager); the consumer is then called on the ingest thread under FrameConsumer's
// rules. The StreamManager must outlive a StreamManagerFrameSource.

#include "media/frameconsumer.h"
#include "media/streamingest.h"
#include "media/streamtypes.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace vigil {

class AnalyticsFrameSource
{
public:
    virtual ~AnalyticsFrameSource() = default;
    // Returns false and sets *error when the camera's stream cannot be had.
    virtual bool attach(const QString &cameraId, StreamProfile profile,
                        std::shared_ptr<FrameConsumer> consumer, QString *error) = 0;
    virtual void detach(const QString &cameraId, const FrameConsumer *consumer) = 0;
};

using StreamResolver =
    std::function<std::optional<StreamRequest>(const QString &cameraId, StreamProfile profile)>;

class StreamManager;

class StreamManagerFrameSource : public AnalyticsFrameSource
{
public:
    StreamManagerFrameSource(StreamManager *streams, StreamResolver resolver);
    ~StreamManagerFrameSource() override;

    bool attach(const QString &cameraId, StreamProfile profile,
                std::shared_ptr<FrameConsumer> consumer, QString *error) override;
    void detach(const QString &cameraId, const FrameConsumer *consumer) override;

private:
    struct Hold
    {
        std::unique_ptr<QObject> holder; // keeps the ingest running while it lives
        std::shared_ptr<StreamIngest> ingest;
        const FrameConsumer *consumer = nullptr;
    };
    StreamManager *m_streams;
    StreamResolver m_resolver;
    QHash<QString, std::shared_ptr<Hold>> m_holds; // by camera id
};

class IngestFrameSource : public AnalyticsFrameSource
{
public:
    using Resolver = StreamResolver;
    explicit IngestFrameSource(Resolver resolver, IngestOptions options = {});
    ~IngestFrameSource() override;

    bool attach(const QString &cameraId, StreamProfile profile,
                std::shared_ptr<FrameConsumer> consumer, QString *error) override;
    void detach(const QString &cameraId, const FrameConsumer *consumer) override;

private:
    Resolver m_resolver;
    IngestOptions m_options;
    QHash<QString, std::shared_ptr<StreamIngest>> m_ingests; // by camera id
};

} // namespace vigil
