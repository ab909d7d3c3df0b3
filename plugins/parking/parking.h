#pragma once
// Illegal parking (org.vigil.parking): an object of a watched class (vehicles by default) standing
// still with its anchor in a no-parking zone for longer than the allowed stop time raises a lasting
// "illegalParking" event: Started when the allowed time is exceeded, Ended when it drives off or is
// lost. "Still" means the anchor stays within a small radius (the tracker's stillSinceUs).
//
// Limitation while objects come from motion blobs: a still object fades into the background after
// about two minutes, so the allowed stop time is capped at 90 s in the manifest.
//
// Thread contract (SDK): the plugin keeps no state; each agent is called from one thread at a time.

#include "geometry.h"
#include "objectruleagent.h"
#include "ruleevents.h"

#include <QObject>

namespace vigil::parking {

class ParkingRule final : public common::ObjectRule
{
public:
    bool configure(const QJsonObject &settings, QString *error) override;
    QList<AnalyticsEvent> update(const QList<common::Track> &tracks, qint64 timestampUs) override;
    QList<AnalyticsEvent> flush(qint64 timestampUs) override;

private:
    using Key = QPair<qint64, int>; // track id, zone index
    QList<common::Zone> m_zones;
    qint64 m_maxStopUs = 30'000'000;
    common::LastingEventTable<Key> m_events{QStringLiteral("illegalParking")};
};

class ParkingPlugin final : public QObject, public AnalyticsPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VIGIL_ANALYTICS_PLUGIN_IID FILE "parking.json")
    Q_INTERFACES(vigil::AnalyticsPlugin)

public:
    std::unique_ptr<AnalyticsAgent> createAgent(const AgentContext &context,
                                                QString *error) override;
};

} // namespace vigil::parking
