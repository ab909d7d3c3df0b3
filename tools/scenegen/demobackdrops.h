#pragma once
// Backgrounds of the demo district's synthetic cameras (demoscenes.h), drawn once per clip from
// the seed: a boulevard with a zebra crossing, a residential compound's gate with a pedestrian
// door, a barrier and a guard booth, and a parking strip along a road. Perspective is faked by a
// horizon and by sizing the actors with their depth (Keyframe::scale).
//
// At night (SceneScript::ambient < 1) the background is dimmed first; lightDemoBackdrop() then
// paints what keeps its own light (street lamps and their pools, some lit windows), and
// drawVehicleLights() the head and tail lamps of side-on vehicles.
//
// Thread contract: pure functions on the given image; callable from any thread. The gate's sign
// text needs a QGuiApplication (fonts) and is left out without one.

#include "scene.h"

#include <opencv2/core.hpp>

namespace vigil::scenegen {

// seed: the layout (blocks, windows, signs); rng: the fine texture.
cv::Mat drawDemoBackdrop(Backdrop backdrop, int width, int height, unsigned seed, cv::RNG &rng);
void lightDemoBackdrop(cv::Mat &image, Backdrop backdrop, unsigned seed);
// `heading` +1 when the vehicle moves right, -1 left, 0 when parked (no lamps).
void drawVehicleLights(cv::Mat &frame, const Actor &actor, const Pose &pose, int heading);

} // namespace vigil::scenegen
