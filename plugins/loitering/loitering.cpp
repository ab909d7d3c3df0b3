#include "loitering.h"

#include <QSet>

namespace vigil::loitering {

using common::Track;

bool LoiteringRule::configure(const QJsonObject &settings, QString *error)
{
    QList<common::Zone> zones;
    if (!common::parseZones(settings.value(QStringLiteral("zones")), QStringLiteral("zones"),
                            &zones, error))
        return false;
    m_zones = zones;
    m_dwellUs = qint64(settings.value(QStringLiteral("dwellTime")).toDouble(10) * 1e6);
    return true;
}

QList<AnalyticsEvent> LoiteringRule::update(const QList<Track> &tracks, qint64 timestampUs)
{
    QList<AnalyticsEvent> events;
    QSet<Key> inside;
    for (const Track &track : tracks) {
        for (int z = 0; z < m_zones.size(); ++z) {
            if (!m_zones[z].contains(track.anchor()))
                continue;
            const Key key{track.id, z};
            inside.insert(key);
            const qint64 entered = m_enteredUs.value(key, -1);
            if (entered < 0) {
                m_enteredUs.insert(key, track.lastSeenUs);
                continue;
            }
            if (m_events.isOpen(key)) {
                m_events.touch(key, track.lastSeenUs, track.box);
                continue;
            }
            if (timestampUs - entered < m_dwellUs)
                continue;
            const QString zoneName =
                common::displayName(m_zones[z].name, QStringLiteral("zone"), z);
            const double seconds = double(timestampUs - entered) / 1e6;
            QJsonObject details = common::trackDetails(track);
            details.insert(QStringLiteral("zone"), zoneName);
            details.insert(QStringLiteral("enteredTimestampUs"), entered);
            events.append(m_events.start(key, timestampUs, track.box, track.confidence,
                                         QStringLiteral("%1 %2 has stayed in %3 for %4 s")
                                             .arg(track.classId)
                                             .arg(track.id)
                                             .arg(zoneName)
                                             .arg(seconds, 0, 'f', 0),
                                         details));
        }
    }
    m_enteredUs.removeIf(
        [&](const QHash<Key, qint64>::iterator &it) { return !inside.contains(it.key()); });
    events += m_events.endUnless([&](const Key &key) { return inside.contains(key); });
    return events;
}

QList<AnalyticsEvent> LoiteringRule::flush(qint64 timestampUs)
{
    Q_UNUSED(timestampUs);
    m_enteredUs.clear();
    return m_events.endAll();
}

std::unique_ptr<AnalyticsAgent> LoiteringPlugin::createAgent(const AgentContext &context,
                                                             QString *error)
{
    return common::createRuleAgent(
        std::make_unique<common::ObjectRuleAgent>(std::make_unique<LoiteringRule>(),
                                                  common::makeDefaultObjectSource()),
        context, error);
}

} // namespace vigil::loitering
