#pragma once
// Decodes a video file with FFmpeg into BGR frames of a chosen size, for the tests that run the
// plugins on real footage. Test-only; not a general decoder.

#include <opencv2/core.hpp>

#include <QString>

#include <functional>

namespace vigil::test {

// Calls `onFrame(bgr, timestampUs)` for each decoded frame up to `maxSeconds` of stream time.
// Returns an empty string on success, otherwise what failed.
QString readClip(const QString &path, cv::Size size, double maxSeconds,
                 const std::function<void(const cv::Mat &, qint64)> &onFrame);

} // namespace vigil::test
