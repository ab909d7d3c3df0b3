#include "detectoragent.h"

#include <opencv2/imgproc.hpp>

#include <QDebug>

namespace vigil::detector {

namespace {

constexpr qint64 kMinFrameIntervalUs = 160'000; // the manifest asks for 5 fps
constexpr qint64 kStreamGapUs = 10'000'000;

SourceOptions sourceOptions(const DetectorSettings &settings)
{
    return {settings.threshold, settings.objectClasses, settings.gating, false};
}

} // namespace

std::unique_ptr<DetectorAgent> DetectorAgent::create(const QJsonObject &settings,
                                                     const QString &modelDir, QString *error)
{
    std::unique_ptr<DetectorAgent> agent(new DetectorAgent(modelDir));
    if (!agent->setSettings(settings, error))
        return nullptr;
    return agent;
}

bool DetectorAgent::setSettings(const QJsonObject &settings, QString *error)
{
    DetectorSettings parsed;
    if (!parseDetectorSettings(settings, m_modelDir, &parsed, error))
        return false;
    const vision::ModelSpec *current = m_source ? &m_source->net().spec() : nullptr;
    const bool sameModel = current && current->path == parsed.model.path &&
                           current->kind == parsed.model.kind &&
                           current->inputSize == parsed.model.inputSize;
    if (sameModel) {
        m_source->setOptions(sourceOptions(parsed));
    } else {
        auto net = vision::DetectorNet::load(parsed.model, error);
        if (!net)
            return false; // keep the previous model and settings
        m_source = std::make_unique<NeuralObjectSource>(std::move(net), sourceOptions(parsed));
    }
    m_settings = parsed;
    return true;
}

FrameResult DetectorAgent::processFrame(const FrameView &frame)
{
    FrameResult result;
    if (!frame.isValid() || !m_source)
        return result;
    const qint64 now = frame.timestampUs;
    if (m_lastProcessedUs >= 0 &&
        (now < m_lastProcessedUs || now - m_lastProcessedUs > kStreamGapUs)) {
        result.events = flush(m_lastProcessedUs);
    } else if (m_lastProcessedUs >= 0 && now - m_lastProcessedUs < kMinFrameIntervalUs) {
        return result;
    }
    m_lastProcessedUs = now;
    const QList<common::DetectedObject> objects = m_source->detect(frame);
    const QString &error = m_source->lastError();
    if (!error.isEmpty() && error != m_lastError)
        qWarning().noquote() << "detector, camera" << frame.cameraId << ":" << error;
    m_lastError = error;

    const QList<common::Track> tracks = m_tracker.update(objects, now);
    for (const common::Track &track : tracks) {
        if (track.seenThisFrame)
            result.objects.append({track.box, track.classId, track.id, track.confidence});
    }
    result.events += announceNewTracks(tracks, now);
    return result;
}

QList<AnalyticsEvent> DetectorAgent::announceNewTracks(const QList<common::Track> &tracks,
                                                       qint64 now)
{
    QList<AnalyticsEvent> events;
    QSet<qint64> alive;
    const DetectorStats &stats = m_source->stats();
    for (const common::Track &track : tracks) {
        alive.insert(track.id);
        if (m_announced.contains(track.id) || !m_settings.alertClasses.contains(track.classId))
            continue;
        m_announced.insert(track.id);
        AnalyticsEvent event;
        event.typeId = QStringLiteral("objectDetected");
        event.phase = EventPhase::Instant;
        event.eventId = m_nextEventId++;
        event.timestampUs = event.startTimestampUs = now;
        event.boxes = {track.box};
        event.confidence = track.confidence;
        event.description = QStringLiteral("%1 detected").arg(track.classId);
        event.details = {{QStringLiteral("classId"), track.classId},
                         {QStringLiteral("trackId"), track.id},
                         {QStringLiteral("inferenceMs"), stats.lastInferenceMs},
                         {QStringLiteral("meanInferenceMs"),
                          stats.inferences ? stats.totalInferenceMs / stats.inferences : 0.0},
                         {QStringLiteral("inputSize"), m_settings.model.inputSize}};
        events.append(event);
    }
    m_announced.intersect(alive);
    return events;
}

QList<AnalyticsEvent> DetectorAgent::flush(qint64 timestampUs)
{
    Q_UNUSED(timestampUs);
    m_lastProcessedUs = -1;
    m_source->reset();
    m_tracker.reset();
    m_announced.clear();
    return {}; // objectDetected events are instants; nothing is open
}

} // namespace vigil::detector
