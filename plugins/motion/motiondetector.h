#pragma once
// Finds moving regions in successive frames: downscales to a small working size, compares with a
// running-average background, drops pixels inside exclusion zones and groups the rest into blobs.
//
// Thread contract: owned by one MotionAgent; called from one thread at a time, never overlapping.

#include "motionsettings.h"

#include <vigil/analyticsresult.h>
#include <vigil/frame.h>

#include <opencv2/core.hpp>

#include <QList>

namespace vigil::motion {

struct MotionBlob
{
    NormalizedRect box;
    double areaPercent = 0; // moving pixels in this blob, as a share of the frame
};

class MotionDetector
{
public:
    void setSettings(const MotionSettings &settings);

    // Forget the background (after a size change or a gap in the stream).
    void reset();

    // Blobs moving in this frame. The first frame after a reset only seeds the background.
    QList<MotionBlob> process(const FrameView &frame);

private:
    cv::Mat toWorkingGray(const FrameView &frame) const;
    void rebuildExclusionMask();

    MotionSettings m_settings;
    cv::Size m_sourceSize;
    cv::Size m_workingSize;
    cv::Mat m_background;    // CV_32F running average
    cv::Mat m_exclusionMask; // CV_8U, 255 where motion is ignored
};

} // namespace vigil::motion
