#pragma once
// Zone intrusion (org.vigil.intrusion): an object of a watched class whose anchor (bottom centre)
// is inside a protected zone raises a lasting "intrusion" event per object and zone: Started on
// the first frame inside, Ended on the last frame inside once it leaves or is lost.
//
// Thread contract (SDK): the plugin keeps no state; each agent is called from one thread at a time.

#include "geometry.h"
#include "objectruleagent.h"
#include "ruleevents.h"

#include <QObject>

namespace vigil::intrusion {

class IntrusionRule final : public common::ObjectRule
{
public:
    bool configure(const QJsonObject &settings, QString *error) override;
    QList<AnalyticsEvent> update(const QList<common::Track> &tracks, qint64 timestampUs) override;
    QList<AnalyticsEvent> flush(qint64 timestampUs) override;

private:
    using Key = QPair<qint64, int>; // track id, zone index
    QList<common::Zone> m_zones;
    common::LastingEventTable<Key> m_events{QStringLiteral("intrusion")};
};

class IntrusionPlugin final : public QObject, public AnalyticsPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VIGIL_ANALYTICS_PLUGIN_IID FILE "intrusion.json")
    Q_INTERFACES(vigil::AnalyticsPlugin)

public:
    std::unique_ptr<AnalyticsAgent> createAgent(const AgentContext &context,
                                                QString *error) override;
};

} // namespace vigil::intrusion
