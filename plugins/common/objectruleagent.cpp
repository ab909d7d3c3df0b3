#include "objectruleagent.h"

#include "blobobjectsource.h"

#include <QJsonArray>

#include <algorithm>

namespace vigil::common {

namespace {

constexpr qint64 kMinFrameIntervalUs = 160'000; // the manifests ask for 5 fps
constexpr qint64 kStreamGapUs = 10'000'000;

} // namespace

ObjectRuleAgent::ObjectRuleAgent(std::unique_ptr<ObjectRule> rule,
                                 std::unique_ptr<ObjectSource> source)
    : m_rule(std::move(rule)), m_source(std::move(source))
{}

bool ObjectRuleAgent::setSettings(const QJsonObject &settings, QString *error)
{
    if (!m_rule->configure(settings, error))
        return false;
    if (auto *blobs = dynamic_cast<BlobObjectSource *>(m_source.get())) {
        BlobSourceSettings blobSettings;
        // Sensitivity 100 -> 6 grey levels, 60 -> 30, 1 -> 65 (as the motion plugin).
        const int sensitivity =
            std::clamp(settings.value(QStringLiteral("sensitivity")).toInt(60), 1, 100);
        blobSettings.differenceThreshold = 6 + (100 - sensitivity) * 6 / 10;
        blobSettings.minAreaPercent =
            settings.value(QStringLiteral("minObjectAreaPercent")).toDouble(0.1);
        blobs->setSettings(blobSettings);
    }
    m_classes.clear();
    for (const QJsonValue &value : settings.value(QStringLiteral("objectClasses")).toArray())
        m_classes.insert(value.toString());
    return true;
}

FrameResult ObjectRuleAgent::processFrame(const FrameView &frame)
{
    FrameResult result;
    if (!frame.isValid())
        return result;
    const qint64 now = frame.timestampUs;
    if (m_lastProcessedUs >= 0 &&
        (now < m_lastProcessedUs || now - m_lastProcessedUs > kStreamGapUs)) {
        result.events = flush(m_lastProcessedUs);
    } else if (m_lastProcessedUs >= 0 && now - m_lastProcessedUs < kMinFrameIntervalUs) {
        return result;
    }
    m_lastProcessedUs = now;

    const QList<Track> tracks = m_tracker.update(m_source->detect(frame), now);
    QList<Track> relevant;
    for (const Track &track : tracks) {
        if (track.seenThisFrame)
            result.objects.append({track.box, track.classId, track.id, track.confidence});
        if (m_classes.isEmpty() || m_classes.contains(track.classId))
            relevant.append(track);
    }
    result.events += m_rule->update(relevant, now);
    return result;
}

QList<AnalyticsEvent> ObjectRuleAgent::flush(qint64 timestampUs)
{
    m_lastProcessedUs = -1;
    m_source->reset();
    m_tracker.reset();
    return m_rule->flush(timestampUs);
}

std::unique_ptr<AnalyticsAgent> createRuleAgent(std::unique_ptr<ObjectRuleAgent> agent,
                                                const AgentContext &context, QString *error)
{
    // The host names the plugin and the camera around this message.
    if (!agent->setSettings(context.settings, error))
        return nullptr;
    return agent;
}

std::unique_ptr<ObjectSource> makeDefaultObjectSource()
{
    return std::make_unique<BlobObjectSource>();
}

} // namespace vigil::common
