#pragma once
// Drawing of the actors into a BGR frame: people and side-on vehicles for the street scenes,
// vehicles seen from the front or the rear (with their plate warped onto the bumper) for the
// checkpoint scenes, and the vertical motion blur of a fast vehicle.
//
// Thread contract: pure functions on the given frame; callable from any thread.

#include "scene.h"

#include <opencv2/core.hpp>

namespace vigil::scenegen {

cv::Rect pixelRect(const NormalizedRect &box, cv::Size frame);

// The body (and lamps) of the actor; light < 1 dims a Front/Rear vehicle's body, not its lamps.
void drawActorBody(cv::Mat &frame, const Actor &actor, const Pose &pose, double light = 1);
// The plate image (1 px per mm) warped onto the plate quad, at `light` brightness.
void drawPlate(cv::Mat &frame, const Actor &actor, const Pose &pose, const cv::Mat &plate,
               double light);
// Vertical smear of the vehicle's box over `lengthPx` pixels.
void blurVehicle(cv::Mat &frame, const Actor &actor, const Pose &pose, int lengthPx);

} // namespace vigil::scenegen
