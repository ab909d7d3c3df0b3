#include "motionagent.h"

#include <QJsonArray>

#include <algorithm>

namespace vigil::motion {

namespace {

// The manifest asks for 5 fps; frames arriving much faster are skipped, so a host that sends the
// full stream does not multiply the cost.
constexpr qint64 kMinFrameIntervalUs = 160'000;
// A gap this long (or time running backwards) means a new stream: relearn the background.
constexpr qint64 kStreamGapUs = 10'000'000;
constexpr int kFramesToStart = 2;

NormalizedRect unite(const NormalizedRect &a, const NormalizedRect &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    const double left = std::min(a.x, b.x);
    const double top = std::min(a.y, b.y);
    const double right = std::max(a.x + a.width, b.x + b.width);
    const double bottom = std::max(a.y + a.height, b.y + b.height);
    return {left, top, right - left, bottom - top};
}

QJsonArray boxJson(const NormalizedRect &r)
{
    return {r.x, r.y, r.width, r.height};
}

} // namespace

MotionAgent::MotionAgent(const MotionSettings &settings) : m_settings(settings)
{
    m_detector.setSettings(settings);
}

bool MotionAgent::setSettings(const QJsonObject &settings, QString *error)
{
    MotionSettings parsed;
    if (!parseMotionSettings(settings, &parsed, error))
        return false;
    m_settings = parsed;
    m_detector.setSettings(parsed);
    return true;
}

FrameResult MotionAgent::processFrame(const FrameView &frame)
{
    FrameResult result;
    if (!frame.isValid())
        return result;
    const qint64 now = frame.timestampUs;
    if (m_lastProcessedUs >= 0 &&
        (now < m_lastProcessedUs || now - m_lastProcessedUs > kStreamGapUs)) {
        result.events = flush(m_lastProcessedUs);
        m_detector.reset();
    } else if (m_lastProcessedUs >= 0 && now - m_lastProcessedUs < kMinFrameIntervalUs) {
        return result;
    }
    m_lastProcessedUs = now;

    const QList<MotionBlob> blobs = m_detector.process(frame);
    const double minArea = m_settings.minBlobAreaPercent;
    for (const MotionBlob &blob : blobs) {
        // Confidence grows from 0.5 at the minimum area to 1 at four times that.
        const double confidence = 0.5 + 0.5 * std::min(1.0, blob.areaPercent / (4 * minArea));
        result.objects.append({blob.box, QStringLiteral("motion"), -1, confidence});
    }

    if (blobs.isEmpty()) {
        m_consecutiveMotionFrames = 0;
        if (m_active && now - m_lastMotionUs >= qint64(m_settings.holdSeconds * 1e6))
            result.events.append(endEvent());
        return result;
    }

    if (m_consecutiveMotionFrames++ == 0)
        m_firstMotionUs = now;
    if (m_active) {
        m_lastMotionUs = now;
        ++m_motionFrames;
        for (const MotionBlob &blob : blobs) {
            m_eventExtent = unite(m_eventExtent, blob.box);
        }
        double area = 0;
        for (const MotionBlob &blob : blobs)
            area += blob.areaPercent;
        m_peakAreaPercent = std::max(m_peakAreaPercent, area);
    } else if (m_consecutiveMotionFrames >= kFramesToStart) {
        result.events.append(startEvent(now, blobs));
    }
    return result;
}

AnalyticsEvent MotionAgent::startEvent(qint64 timestampUs, const QList<MotionBlob> &blobs)
{
    m_active = true;
    m_eventId += 1;
    m_eventStartUs = m_firstMotionUs;
    m_lastMotionUs = timestampUs;
    m_motionFrames = m_consecutiveMotionFrames;
    m_eventExtent = {};
    m_peakAreaPercent = 0;

    AnalyticsEvent event;
    event.typeId = QStringLiteral("motion");
    event.phase = EventPhase::Started;
    event.eventId = m_eventId;
    event.timestampUs = m_eventStartUs;
    event.startTimestampUs = m_eventStartUs;
    double confidence = 0;
    for (const MotionBlob &blob : blobs) {
        event.boxes.append(blob.box);
        m_eventExtent = unite(m_eventExtent, blob.box);
        m_peakAreaPercent += blob.areaPercent;
        confidence = std::max(
            confidence,
            0.5 + 0.5 * std::min(1.0, blob.areaPercent / (4 * m_settings.minBlobAreaPercent)));
    }
    event.confidence = confidence;
    event.description = QStringLiteral("Motion in %1 area(s), %2% of the picture")
                            .arg(blobs.size())
                            .arg(m_peakAreaPercent, 0, 'f', 1);
    event.details = {{QStringLiteral("areaPercent"), m_peakAreaPercent},
                     {QStringLiteral("blobs"), int(blobs.size())}};
    return event;
}

AnalyticsEvent MotionAgent::endEvent()
{
    m_active = false;
    AnalyticsEvent event;
    event.typeId = QStringLiteral("motion");
    event.phase = EventPhase::Ended;
    event.eventId = m_eventId;
    event.timestampUs = m_lastMotionUs;
    event.startTimestampUs = m_eventStartUs;
    event.boxes = {m_eventExtent};
    const double seconds = double(m_lastMotionUs - m_eventStartUs) / 1e6;
    event.description = QStringLiteral("Motion ended after %1 s").arg(seconds, 0, 'f', 1);
    event.details = {{QStringLiteral("durationSeconds"), seconds},
                     {QStringLiteral("peakAreaPercent"), m_peakAreaPercent},
                     {QStringLiteral("framesWithMotion"), m_motionFrames},
                     {QStringLiteral("extent"), boxJson(m_eventExtent)}};
    return event;
}

QList<AnalyticsEvent> MotionAgent::flush(qint64 timestampUs)
{
    Q_UNUSED(timestampUs);
    m_consecutiveMotionFrames = 0;
    m_lastProcessedUs = -1;
    if (!m_active)
        return {};
    return {endEvent()};
}

} // namespace vigil::motion
