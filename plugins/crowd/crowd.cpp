#include "crowd.h"

#include <algorithm>

namespace vigil::crowd {

using common::Track;

namespace {

// A count below the threshold for less than this does not end (or restart) a gathering.
constexpr qint64 kGraceUs = 2'000'000;

NormalizedRect unite(const NormalizedRect &a, const NormalizedRect &b)
{
    if (a.isEmpty())
        return b;
    const double left = std::min(a.x, b.x);
    const double top = std::min(a.y, b.y);
    return {left, top, std::max(a.x + a.width, b.x + b.width) - left,
            std::max(a.y + a.height, b.y + b.height) - top};
}

} // namespace

bool CrowdRule::configure(const QJsonObject &settings, QString *error)
{
    QList<common::Zone> zones;
    if (!common::parseZones(settings.value(QStringLiteral("zones")), QStringLiteral("zones"),
                            &zones, error))
        return false;
    if (zones.size() != m_zones.size())
        m_states = QList<ZoneState>(zones.size());
    m_zones = zones;
    m_minPeople = settings.value(QStringLiteral("minPeople")).toInt(5);
    m_minDurationUs = qint64(settings.value(QStringLiteral("minDuration")).toDouble(5) * 1e6);
    return true;
}

QList<AnalyticsEvent> CrowdRule::update(const QList<Track> &tracks, qint64 timestampUs)
{
    QList<AnalyticsEvent> events;
    for (int z = 0; z < m_zones.size(); ++z) {
        int count = 0;
        NormalizedRect extent;
        for (const Track &track : tracks) {
            if (m_zones[z].contains(track.anchor())) {
                ++count;
                extent = unite(extent, track.box);
            }
        }
        ZoneState &state = m_states[z];
        if (count >= m_minPeople) {
            if (state.crowdedSinceUs < 0)
                state.crowdedSinceUs = timestampUs;
            state.lastCrowdedUs = timestampUs;
            state.peak = std::max(state.peak, count);
        } else if (state.crowdedSinceUs >= 0 && timestampUs - state.lastCrowdedUs > kGraceUs) {
            if (m_events.isOpen(z))
                events.append(m_events.end(z));
            state = {};
            continue;
        }
        if (state.crowdedSinceUs < 0)
            continue;
        if (m_events.isOpen(z)) {
            if (count >= m_minPeople)
                m_events.touch(z, timestampUs, extent);
            continue;
        }
        if (count < m_minPeople || timestampUs - state.crowdedSinceUs < m_minDurationUs)
            continue;
        const QString zoneName = common::displayName(m_zones[z].name, QStringLiteral("zone"), z);
        const QJsonObject details{{QStringLiteral("zone"), zoneName},
                                  {QStringLiteral("count"), count},
                                  {QStringLiteral("peakCount"), state.peak},
                                  {QStringLiteral("crowdedSinceUs"), state.crowdedSinceUs}};
        events.append(m_events.start(
            z, timestampUs, extent, 0.5,
            QStringLiteral("%1 people gathered in %2").arg(count).arg(zoneName), details));
    }
    return events;
}

QList<AnalyticsEvent> CrowdRule::flush(qint64 timestampUs)
{
    Q_UNUSED(timestampUs);
    m_states = QList<ZoneState>(m_zones.size());
    return m_events.endAll();
}

std::unique_ptr<AnalyticsAgent> CrowdPlugin::createAgent(const AgentContext &context,
                                                         QString *error)
{
    return common::createRuleAgent(
        std::make_unique<common::ObjectRuleAgent>(std::make_unique<CrowdRule>(),
                                                  common::makeDefaultObjectSource()),
        context, error);
}

} // namespace vigil::crowd
