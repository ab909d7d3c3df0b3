#pragma once
// Crowd gathering (org.vigil.crowd): when at least minPeople objects of the watched classes have
// their anchor in a zone for minDuration, a lasting "crowdGathering" event starts for that zone;
// it ends once the count has stayed below the threshold for a grace period (so a person briefly
// hidden does not split the event). The details carry the current and peak counts.
//
// Thread contract (SDK): the plugin keeps no state; each agent is called from one thread at a time.

#include "geometry.h"
#include "objectruleagent.h"
#include "ruleevents.h"

#include <QObject>

namespace vigil::crowd {

class CrowdRule final : public common::ObjectRule
{
public:
    bool configure(const QJsonObject &settings, QString *error) override;
    QList<AnalyticsEvent> update(const QList<common::Track> &tracks, qint64 timestampUs) override;
    QList<AnalyticsEvent> flush(qint64 timestampUs) override;

private:
    struct ZoneState
    {
        qint64 crowdedSinceUs = -1; // -1: below the threshold
        qint64 lastCrowdedUs = -1;
        int peak = 0;
    };
    QList<common::Zone> m_zones;
    QList<ZoneState> m_states;
    int m_minPeople = 5;
    qint64 m_minDurationUs = 5'000'000;
    common::LastingEventTable<int> m_events{QStringLiteral("crowdGathering")};
};

class CrowdPlugin final : public QObject, public AnalyticsPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VIGIL_ANALYTICS_PLUGIN_IID FILE "crowd.json")
    Q_INTERFACES(vigil::AnalyticsPlugin)

public:
    std::unique_ptr<AnalyticsAgent> createAgent(const AgentContext &context,
                                                QString *error) override;
};

} // namespace vigil::crowd
