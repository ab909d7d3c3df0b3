#include "tailgating.h"

#include "ruleevents.h"

#include <algorithm>

namespace vigil::tailgating {

using common::Track;

namespace {

// An access is allowed to arrive this much after the first person it let in (clock skew, API
// latency).
constexpr qint64 kAccessLateUs = 1'000'000;

} // namespace

bool TailgatingRule::configure(const QJsonObject &settings, QString *error)
{
    QList<common::Zone> zones;
    if (!common::parseZones(settings.value(QStringLiteral("doorZones")),
                            QStringLiteral("doorZones"), &zones, error))
        return false;
    m_zones = zones;
    m_windowUs = qint64(settings.value(QStringLiteral("accessWindow")).toDouble(5) * 1e6);
    m_peoplePerAccess = settings.value(QStringLiteral("peoplePerAccess")).toInt(1);
    return true;
}

void TailgatingRule::addAccess(qint64 timestampUs, const QString &sourceId, const QString &doorZone)
{
    m_accesses.append({timestampUs, sourceId, doorZone, 0});
}

QList<AnalyticsEvent> TailgatingRule::update(const QList<Track> &tracks, qint64 timestampUs)
{
    m_nowUs = timestampUs;
    QSet<QPair<qint64, int>> inside;
    for (const Track &track : tracks) {
        for (int z = 0; z < m_zones.size(); ++z) {
            if (!m_zones[z].contains(track.anchor()))
                continue;
            const QPair<qint64, int> key{track.id, z};
            inside.insert(key);
            if (!m_inside.contains(key))
                m_passages.append({track.lastSeenUs, track.id, track.box,
                                   common::displayName(m_zones[z].name, QStringLiteral("door"), z),
                                   false});
        }
    }
    m_inside = inside;
    return matchPassages();
}

QList<AnalyticsEvent> TailgatingRule::matchPassages()
{
    QList<AnalyticsEvent> events;
    std::sort(m_accesses.begin(), m_accesses.end(),
              [](const Access &a, const Access &b) { return a.timestampUs < b.timestampUs; });
    for (Passage &passage : m_passages) {
        if (passage.matched)
            continue;
        // The latest access whose window holds this passage.
        Access *access = nullptr;
        for (Access &candidate : m_accesses) {
            if (candidate.timestampUs - kAccessLateUs <= passage.timestampUs &&
                passage.timestampUs <= candidate.timestampUs + m_windowUs &&
                (candidate.doorZone.isEmpty() || candidate.doorZone == passage.zone))
                access = &candidate;
        }
        if (!access)
            continue; // maybe its access is still on the way; forgotten after the window
        passage.matched = true;
        if (++access->passages <= m_peoplePerAccess)
            continue;
        QJsonObject details{{QStringLiteral("trackId"), passage.trackId},
                            {QStringLiteral("door"), passage.zone},
                            {QStringLiteral("accessTimestampUs"), access->timestampUs},
                            {QStringLiteral("accessSource"), access->sourceId},
                            {QStringLiteral("peopleThisAccess"), access->passages},
                            {QStringLiteral("peoplePerAccess"), m_peoplePerAccess}};
        events.append(
            common::makeEvent(QStringLiteral("tailgating"), EventPhase::Instant, m_nextEventId++,
                              passage.timestampUs, passage.timestampUs, {passage.box}, 0.5,
                              QStringLiteral("%1 people passed %2 on one access (allowed %3)")
                                  .arg(access->passages)
                                  .arg(passage.zone)
                                  .arg(m_peoplePerAccess),
                              details));
    }
    const qint64 horizon = m_nowUs - m_windowUs - kAccessLateUs;
    m_passages.removeIf([&](const Passage &p) { return p.timestampUs < horizon; });
    m_accesses.removeIf([&](const Access &a) { return a.timestampUs + m_windowUs < horizon; });
    return events;
}

QList<AnalyticsEvent> TailgatingRule::flush(qint64 timestampUs)
{
    Q_UNUSED(timestampUs);
    m_inside.clear();
    m_passages.clear();
    return {};
}

TailgatingAgent::TailgatingAgent()
    : ObjectRuleAgent(std::make_unique<TailgatingRule>(), common::makeDefaultObjectSource())
{
    m_rule = static_cast<TailgatingRule *>(&rule());
}

void TailgatingAgent::receiveExternalEvent(const ExternalEvent &event)
{
    if (event.typeId == QStringLiteral("access.granted"))
        m_rule->addAccess(event.timestampUs, event.sourceId,
                          event.details.value(QStringLiteral("doorZone")).toString());
}

std::unique_ptr<AnalyticsAgent> TailgatingPlugin::createAgent(const AgentContext &context,
                                                              QString *error)
{
    return common::createRuleAgent(std::make_unique<TailgatingAgent>(), context, error);
}

} // namespace vigil::tailgating
