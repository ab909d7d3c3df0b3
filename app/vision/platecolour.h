#pragma once
// The colour of a licence plate from its crop: the background colour decides the kind ("blue"
// ordinary, "green" new energy, "yellow" large vehicle, "white" police/military, "black" foreign/
// Hong Kong/Macau). The characters are the minority of the pixels, so the dominant hue class of
// the crop's central part is the background.
//
// Thread contract: a pure function; callable from any thread.

#include <opencv2/core.hpp>

#include <QString>

namespace vigil::vision {

// "blue", "green", "yellow", "white", "black" or "unknown" (empty or too small crop).
QString plateColourKind(const cv::Mat &bgrPlate);

} // namespace vigil::vision
