#pragma once
// The agent every object-based rule plugin uses: frames -> ObjectSource -> MultiObjectTracker ->
// ObjectRule -> events, plus the confirmed tracks as per-frame object metadata for the overlay.
// A plugin only writes its ObjectRule (zone entry, line crossing, dwell, ...).
//
// Frames arriving faster than 5 fps are skipped; a timestamp going backwards or a gap over 10 s
// restarts detection and tracking (open events are ended first).
//
// Common settings, read here for every rule plugin (see docs/plugin-sdk.md):
//   sensitivity (1..100), minObjectAreaPercent, objectClasses (when the manifest has it).
//
// Thread contract (SDK): called from one thread at a time, never overlapping.

#include "objectsource.h"
#include "tracker.h"

#include <vigil/analyticsplugin.h>

#include <QSet>

#include <memory>

namespace vigil::common {

class ObjectRule
{
public:
    virtual ~ObjectRule() = default;
    // Read the rule's own settings (already validated by the host). False + *error refuses them.
    virtual bool configure(const QJsonObject &settings, QString *error) = 0;
    // The confirmed tracks of this frame, already filtered to the configured object classes.
    virtual QList<AnalyticsEvent> update(const QList<Track> &tracks, qint64 timestampUs) = 0;
    // End every open event (stream stopped or restarted) and forget per-track state.
    virtual QList<AnalyticsEvent> flush(qint64 timestampUs) = 0;
};

class ObjectRuleAgent : public AnalyticsAgent
{
public:
    ObjectRuleAgent(std::unique_ptr<ObjectRule> rule, std::unique_ptr<ObjectSource> source);

    bool setSettings(const QJsonObject &settings, QString *error) override;
    FrameResult processFrame(const FrameView &frame) override;
    QList<AnalyticsEvent> flush(qint64 timestampUs) override;

protected:
    ObjectRule &rule() { return *m_rule; }

private:
    std::unique_ptr<ObjectRule> m_rule;
    std::unique_ptr<ObjectSource> m_source;
    MultiObjectTracker m_tracker;
    QSet<QString> m_classes; // empty: every class
    qint64 m_lastProcessedUs = -1;
};

// Hands the agent its settings; on failure returns nullptr with *error naming the field (the host
// adds the plugin and the camera).
std::unique_ptr<AnalyticsAgent> createRuleAgent(std::unique_ptr<ObjectRuleAgent> agent,
                                                const AgentContext &context, QString *error);

// The default object source for a plugin: motion blobs.
std::unique_ptr<ObjectSource> makeDefaultObjectSource();

} // namespace vigil::common
