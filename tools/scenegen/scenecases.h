#pragma once
// The built-in synthetic scenes: for each, the script, the plugin it exercises with the settings to
// use, the access events to deliver (tailgating) and the expected events. Used by the golden tests
// and by the vigil-scenegen tool. The checkpoint scenes (checkpoint.h) carry plate passes instead
// of events and no plugin id (the plate reader comes later). The demo district's scenes
// (demoscenes.h) are listed here too.
//
// Thread contract: pure functions; callable from any thread.

#include "checkpoint.h"
#include "groundtruth.h"
#include "scene.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace vigil::scenegen {

struct AccessEvent
{
    double grantedAt = 0;   // seconds, frame timeline
    double deliveredAt = 0; // when the external system's message reaches the agent
};

struct SceneCase
{
    SceneScript script;
    QString pluginId;
    QJsonObject settings;
    QList<AccessEvent> accesses;
    QList<TruthEvent> truth;
    // Line crossing: the expected count per "<line>:<direction>" at the end of the clip.
    QJsonObject expectedCounts;
    // Checkpoint scenes: one record per vehicle pass (plate, lane, readable interval, boxes).
    QList<PlatePass> plates;
};

QStringList sceneCaseNames();
// seed: another seed than the scene's own (textures and noise; for checkpoint scenes also the
// plates and the traffic, with truth to match).
std::optional<SceneCase> sceneCase(const QString &name, std::optional<unsigned> seed = {});

} // namespace vigil::scenegen
