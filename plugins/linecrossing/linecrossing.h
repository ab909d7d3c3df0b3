#pragma once
// Directional line crossing (org.vigil.linecrossing): an object of a watched class whose anchor
// moves from one side of a line to the other raises an instant "lineCrossing" event, if the line's
// direction setting counts that way. The agent keeps per-line counts in each direction since it
// started; every event carries them.
//
// A side is only taken when the anchor is clearly off the line (a small margin), so an object
// jittering on the line is counted once.
//
// Thread contract (SDK): the plugin keeps no state; each agent is called from one thread at a time.

#include "geometry.h"
#include "objectruleagent.h"

#include <QHash>
#include <QObject>

namespace vigil::linecrossing {

class LineCrossingRule final : public common::ObjectRule
{
public:
    bool configure(const QJsonObject &settings, QString *error) override;
    QList<AnalyticsEvent> update(const QList<common::Track> &tracks, qint64 timestampUs) override;
    QList<AnalyticsEvent> flush(qint64 timestampUs) override;

private:
    struct SideMemory
    {
        int side = 0;  // -1 left, +1 right
        QPointF where; // anchor when that side was last confirmed
    };
    struct Counts
    {
        int leftToRight = 0;
        int rightToLeft = 0;
    };
    using Key = QPair<qint64, int>; // track id, line index

    QList<common::DirectedLine> m_lines;
    QList<Counts> m_counts;
    QHash<Key, SideMemory> m_sides;
    quint64 m_nextEventId = 1;
};

class LineCrossingPlugin final : public QObject, public AnalyticsPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VIGIL_ANALYTICS_PLUGIN_IID FILE "linecrossing.json")
    Q_INTERFACES(vigil::AnalyticsPlugin)

public:
    std::unique_ptr<AnalyticsAgent> createAgent(const AgentContext &context,
                                                QString *error) override;
};

} // namespace vigil::linecrossing
