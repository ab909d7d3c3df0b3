#pragma once
// Loitering (org.vigil.loitering): an object of a watched class that stays in a zone longer than
// the dwell time raises a lasting "loitering" event: Started when its time in the zone reaches the
// dwell time, Ended when it leaves or is lost. Leaving the zone resets its clock.
//
// Thread contract (SDK): the plugin keeps no state; each agent is called from one thread at a time.

#include "geometry.h"
#include "objectruleagent.h"
#include "ruleevents.h"

#include <QHash>
#include <QObject>

namespace vigil::loitering {

class LoiteringRule final : public common::ObjectRule
{
public:
    bool configure(const QJsonObject &settings, QString *error) override;
    QList<AnalyticsEvent> update(const QList<common::Track> &tracks, qint64 timestampUs) override;
    QList<AnalyticsEvent> flush(qint64 timestampUs) override;

private:
    using Key = QPair<qint64, int>; // track id, zone index
    QList<common::Zone> m_zones;
    qint64 m_dwellUs = 10'000'000;
    QHash<Key, qint64> m_enteredUs;
    common::LastingEventTable<Key> m_events{QStringLiteral("loitering")};
};

class LoiteringPlugin final : public QObject, public AnalyticsPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VIGIL_ANALYTICS_PLUGIN_IID FILE "loitering.json")
    Q_INTERFACES(vigil::AnalyticsPlugin)

public:
    std::unique_ptr<AnalyticsAgent> createAgent(const AgentContext &context,
                                                QString *error) override;
};

} // namespace vigil::loitering
