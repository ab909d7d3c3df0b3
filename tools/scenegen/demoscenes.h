#pragma once
// The demo district's synthetic cameras (resources/demo/camsim.json; rendered by
// scripts/render-demo-scenes.sh), next to the checkpoint scenes and the real footage:
//
//   demo_street        a boulevard with four lanes of traffic and people on the pavements
//   demo_street_night  the same street at night: lamps, lit windows, head and tail lamps
//   demo_gate          a residential compound's gate: people walk in and out through the
//                      pedestrian door (one on someone else's access), others walk past
//   demo_parking       a parking strip along a road: a car leaves its bay and another takes it,
//                      one stops in the hatched no-parking box, traffic and walkers
//   demo_checkpoint, demo_checkpoint_night, demo_checkpoint_newenergy
//                      the checkpoint scenes (checkpoint.h) with the same plates, traffic and
//                      truth for a seed, without the sensor noise (cheaper to render and encode)
//
// The first four: 1280 x 720 rendered at 12.5 fps (the clip holds each frame for two of its 25),
// 20 s, without sensor noise (the backdrops have a fixed fine texture). They loop
// without a visible jump: traffic and walkers that are still in the picture at the end are
// already in it at the start (wrapAround()), the parking bay is taken at the end by a car like
// the one that leaves it at the start, and the light swing is a whole cycle. Each carries the
// truth and settings of one plugin (line crossing, tailgating, illegal parking), like the
// analytics scenes. The seed moves the traffic and walkers and changes the buildings.
//
// Thread contract: pure functions; callable from any thread.

#include "scenecases.h"

#include <QStringList>

#include <optional>

namespace vigil::scenegen {

QStringList demoSceneNames();
std::optional<SceneCase> demoSceneCase(const QString &name, std::optional<unsigned> seed = {});

// Adds, for every actor still on its path at the end of the clip, a copy shifted back by the
// clip's duration (as often as needed), so frame 0 continues the last frame.
void wrapAround(SceneScript &script);

} // namespace vigil::scenegen
