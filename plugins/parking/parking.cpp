#include "parking.h"

#include <QSet>

namespace vigil::parking {

using common::Track;

bool ParkingRule::configure(const QJsonObject &settings, QString *error)
{
    QList<common::Zone> zones;
    if (!common::parseZones(settings.value(QStringLiteral("zones")), QStringLiteral("zones"),
                            &zones, error))
        return false;
    m_zones = zones;
    m_maxStopUs = qint64(settings.value(QStringLiteral("maxStopTime")).toDouble(30) * 1e6);
    return true;
}

QList<AnalyticsEvent> ParkingRule::update(const QList<Track> &tracks, qint64 timestampUs)
{
    QList<AnalyticsEvent> events;
    QSet<Key> parked;
    for (const Track &track : tracks) {
        for (int z = 0; z < m_zones.size(); ++z) {
            const Key key{track.id, z};
            const bool stopped = timestampUs - track.stillSinceUs >= m_maxStopUs;
            if (!stopped || !m_zones[z].contains(track.anchor()))
                continue;
            parked.insert(key);
            if (m_events.isOpen(key)) {
                m_events.touch(key, track.lastSeenUs, track.box);
                continue;
            }
            const QString zoneName =
                common::displayName(m_zones[z].name, QStringLiteral("zone"), z);
            const double seconds = double(timestampUs - track.stillSinceUs) / 1e6;
            QJsonObject details = common::trackDetails(track);
            details.insert(QStringLiteral("zone"), zoneName);
            details.insert(QStringLiteral("stoppedTimestampUs"), track.stillSinceUs);
            events.append(m_events.start(key, timestampUs, track.box, track.confidence,
                                         QStringLiteral("%1 %2 stopped in %3 for %4 s")
                                             .arg(track.classId)
                                             .arg(track.id)
                                             .arg(zoneName)
                                             .arg(seconds, 0, 'f', 0),
                                         details));
        }
    }
    events += m_events.endUnless([&](const Key &key) { return parked.contains(key); });
    return events;
}

QList<AnalyticsEvent> ParkingRule::flush(qint64 timestampUs)
{
    Q_UNUSED(timestampUs);
    return m_events.endAll();
}

std::unique_ptr<AnalyticsAgent> ParkingPlugin::createAgent(const AgentContext &context,
                                                           QString *error)
{
    return common::createRuleAgent(
        std::make_unique<common::ObjectRuleAgent>(std::make_unique<ParkingRule>(),
                                                  common::makeDefaultObjectSource()),
        context, error);
}

} // namespace vigil::parking
