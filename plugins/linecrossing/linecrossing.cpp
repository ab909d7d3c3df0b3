#include "linecrossing.h"

#include "ruleevents.h"

#include <QSet>

namespace vigil::linecrossing {

using common::CrossingDirection;
using common::Track;

namespace {

constexpr double kSideMargin = 0.01; // normalized distance from the line that still counts as "on"

} // namespace

bool LineCrossingRule::configure(const QJsonObject &settings, QString *error)
{
    QList<common::DirectedLine> lines;
    if (!common::parseLines(settings.value(QStringLiteral("lines")), QStringLiteral("lines"),
                            &lines, error))
        return false;
    if (lines.size() != m_lines.size())
        m_counts = QList<Counts>(lines.size());
    m_lines = lines;
    m_sides.clear();
    return true;
}

QList<AnalyticsEvent> LineCrossingRule::update(const QList<Track> &tracks, qint64 timestampUs)
{
    QList<AnalyticsEvent> events;
    QSet<qint64> alive;
    for (const Track &track : tracks) {
        alive.insert(track.id);
        if (!track.seenThisFrame)
            continue;
        const QPointF anchor = track.anchor();
        for (int l = 0; l < m_lines.size(); ++l) {
            const common::DirectedLine &line = m_lines[l];
            const int side = line.side(anchor, kSideMargin);
            if (side == 0)
                continue;
            const Key key{track.id, l};
            auto it = m_sides.find(key);
            if (it == m_sides.end()) {
                m_sides.insert(key, {side, anchor});
                continue;
            }
            const SideMemory previous = *it;
            *it = {side, anchor};
            if (previous.side == side || !line.crossedBy(previous.where, anchor))
                continue;
            const CrossingDirection direction =
                side > 0 ? CrossingDirection::LeftToRight : CrossingDirection::RightToLeft;
            Counts &counts = m_counts[l];
            (direction == CrossingDirection::LeftToRight ? counts.leftToRight
                                                         : counts.rightToLeft) += 1;
            if (!line.counts(direction))
                continue;
            const QString lineName = common::displayName(line.name, QStringLiteral("line"), l);
            const QString way = common::directionKey(direction);
            QJsonObject details = common::trackDetails(track);
            details.insert(QStringLiteral("line"), lineName);
            details.insert(QStringLiteral("lineIndex"), l);
            details.insert(QStringLiteral("direction"), way);
            details.insert(QStringLiteral("countLeftToRight"), counts.leftToRight);
            details.insert(QStringLiteral("countRightToLeft"), counts.rightToLeft);
            events.append(common::makeEvent(
                QStringLiteral("lineCrossing"), EventPhase::Instant, m_nextEventId++, timestampUs,
                timestampUs, {track.box}, track.confidence,
                QStringLiteral("%1 %2 crossed %3 (%4); counts %5 left-to-right, %6 right-to-left")
                    .arg(track.classId)
                    .arg(track.id)
                    .arg(lineName, way)
                    .arg(counts.leftToRight)
                    .arg(counts.rightToLeft),
                details));
        }
    }
    m_sides.removeIf([&](const QHash<Key, SideMemory>::iterator &it) {
        return !alive.contains(it.key().first);
    });
    return events;
}

QList<AnalyticsEvent> LineCrossingRule::flush(qint64 timestampUs)
{
    Q_UNUSED(timestampUs);
    m_sides.clear();
    return {};
}

std::unique_ptr<AnalyticsAgent> LineCrossingPlugin::createAgent(const AgentContext &context,
                                                                QString *error)
{
    return common::createRuleAgent(
        std::make_unique<common::ObjectRuleAgent>(std::make_unique<LineCrossingRule>(),
                                                  common::makeDefaultObjectSource()),
        context, error);
}

} // namespace vigil::linecrossing
