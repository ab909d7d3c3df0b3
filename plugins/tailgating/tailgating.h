#pragma once
// Tailgating (org.vigil.tailgating): each access granted by the door's access-control system lets
// peoplePerAccess people through a door zone within accessWindow seconds. Every further person
// whose anchor enters the door zone in that window raises an instant "tailgating" event.
//
// Access events come from outside the video through the SDK 1.1 ExternalEventReceiver interface
// (vigil/externalevent.h) with typeId "access.granted". They may arrive a little after the people
// they let in: passages are remembered for accessWindow seconds and matched when the access comes.
// An access whose details name a "doorZone" (the site file binds a door to a camera and one of its
// door zones) admits people through that zone only; without one, through any door zone.
//
// Thread contract (SDK): the plugin keeps no state; each agent (including receiveExternalEvent) is
// called from one thread at a time.

#include "geometry.h"
#include "objectruleagent.h"

#include <vigil/externalevent.h>

#include <QObject>
#include <QSet>

namespace vigil::tailgating {

class TailgatingRule final : public common::ObjectRule
{
public:
    bool configure(const QJsonObject &settings, QString *error) override;
    QList<AnalyticsEvent> update(const QList<common::Track> &tracks, qint64 timestampUs) override;
    QList<AnalyticsEvent> flush(qint64 timestampUs) override;
    void addAccess(qint64 timestampUs, const QString &sourceId, const QString &doorZone = {});

private:
    struct Passage
    {
        qint64 timestampUs = 0;
        qint64 trackId = 0;
        NormalizedRect box;
        QString zone;
        bool matched = false; // already used up by an access (or reported)
    };
    struct Access
    {
        qint64 timestampUs = 0;
        QString sourceId;
        QString doorZone; // empty: any door zone
        int passages = 0;
    };
    QList<AnalyticsEvent> matchPassages();

    QList<common::Zone> m_zones;
    qint64 m_windowUs = 5'000'000;
    int m_peoplePerAccess = 1;
    QSet<QPair<qint64, int>> m_inside; // (track, zone) pairs inside a door zone
    QList<Passage> m_passages;
    QList<Access> m_accesses;
    qint64 m_nowUs = 0;
    quint64 m_nextEventId = 1;
};

class TailgatingAgent final : public common::ObjectRuleAgent, public ExternalEventReceiver
{
public:
    TailgatingAgent();
    void receiveExternalEvent(const ExternalEvent &event) override;

private:
    TailgatingRule *m_rule;
};

class TailgatingPlugin final : public QObject, public AnalyticsPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VIGIL_ANALYTICS_PLUGIN_IID FILE "tailgating.json")
    Q_INTERFACES(vigil::AnalyticsPlugin)

public:
    std::unique_ptr<AnalyticsAgent> createAgent(const AgentContext &context,
                                                QString *error) override;
};

} // namespace vigil::tailgating
