#pragma once
// Runs a scenegen scene through an analytics plugin loaded by the real PluginHost, and scores the
// plugin's events against the scene's ground truth (time tolerance, one-to-one matching).

#include "analytics/pluginhost.h"
#include "scenecases.h"

#include <QList>
#include <QString>

namespace vigil::test {

struct GoldenRun
{
    QList<AnalyticsEvent> events; // including those flushed at the end of the clip
    int framesWithObjects = 0;
    QString error; // non-empty when the agent could not be created
};

// Feeds every frame of the scene (converted to the plugin's manifest pixel format), delivers the
// scene's access events at their delivery times, and flushes at the end.
GoldenRun runScene(PluginHost &host, const scenegen::SceneCase &scene);

struct GoldenScore
{
    int truthCount = 0;
    int reported = 0; // Instant and Started events
    int matched = 0;
    int endsChecked = 0;
    int endsWithinTolerance = 0;
    QStringList problems; // one line per missed truth event, unexpected event or late end

    double precision() const { return reported ? double(matched) / reported : 1.0; }
    double recall() const { return truthCount ? double(matched) / truthCount : 1.0; }
};

// Matches Instant/Started events to truth events of the same type (and detail, for line crossings:
// "<line>:<direction>") whose start is within `toleranceSeconds`; for lasting truth events the
// Ended event of the matched id must also be within the tolerance of the truth's end.
GoldenScore scoreRun(const scenegen::SceneCase &scene, const GoldenRun &run,
                     double toleranceSeconds = 1.0);

} // namespace vigil::test
