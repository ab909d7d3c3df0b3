#include "intrusion.h"

namespace vigil::intrusion {

using common::Track;

bool IntrusionRule::configure(const QJsonObject &settings, QString *error)
{
    QList<common::Zone> zones;
    if (!common::parseZones(settings.value(QStringLiteral("zones")), QStringLiteral("zones"),
                            &zones, error))
        return false;
    m_zones = zones;
    return true;
}

QList<AnalyticsEvent> IntrusionRule::update(const QList<Track> &tracks, qint64 timestampUs)
{
    QList<AnalyticsEvent> events;
    QSet<Key> inside;
    for (const Track &track : tracks) {
        for (int z = 0; z < m_zones.size(); ++z) {
            if (!m_zones[z].contains(track.anchor()))
                continue;
            const Key key{track.id, z};
            inside.insert(key);
            if (m_events.isOpen(key)) {
                m_events.touch(key, track.lastSeenUs, track.box);
                continue;
            }
            const QString zoneName =
                common::displayName(m_zones[z].name, QStringLiteral("zone"), z);
            QJsonObject details = common::trackDetails(track);
            details.insert(QStringLiteral("zone"), zoneName);
            events.append(m_events.start(
                key, timestampUs, track.box, track.confidence,
                QStringLiteral("%1 %2 entered %3").arg(track.classId).arg(track.id).arg(zoneName),
                details));
        }
    }
    events += m_events.endUnless([&](const Key &key) { return inside.contains(key); });
    return events;
}

QList<AnalyticsEvent> IntrusionRule::flush(qint64 timestampUs)
{
    Q_UNUSED(timestampUs);
    return m_events.endAll();
}

std::unique_ptr<AnalyticsAgent> IntrusionPlugin::createAgent(const AgentContext &context,
                                                             QString *error)
{
    return common::createRuleAgent(
        std::make_unique<common::ObjectRuleAgent>(std::make_unique<IntrusionRule>(),
                                                  common::makeDefaultObjectSource()),
        context, error);
}

} // namespace vigil::intrusion
