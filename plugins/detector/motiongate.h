#pragma once
// Where the picture moves, so the detector runs only on frames with motion and keeps only
// detections that overlap moving pixels (a rock that looks like a person never moves). Mixture-of-
// Gaussians background subtraction on a small grey picture; a person standing still fades into
// the background after about a minute (history of 300 processed frames).
//
// Thread contract: owned by one agent; called from one thread at a time.

#include <vigil/analyticsresult.h>

#include <opencv2/core.hpp>
#include <opencv2/video/background_segm.hpp>

namespace vigil::detector {

class MotionGate
{
public:
    MotionGate();

    // Feeds a BGR picture; returns the fraction of the picture (0..1) that moves.
    double update(const cv::Mat &bgr);
    // Fraction (0..1) of a normalized box's area that moved in the last update.
    double movingFraction(const NormalizedRect &box) const;
    // True until the background model has seen enough frames to be trusted.
    bool learning() const { return m_frames < kWarmUpFrames; }
    void reset();

private:
    static constexpr int kWarmUpFrames = 5;
    cv::Ptr<cv::BackgroundSubtractorMOG2> m_subtractor;
    cv::Mat m_small;
    cv::Mat m_mask; // CV_8U, 255 where moving
    cv::Mat m_integral;
    int m_frames = 0;
};

} // namespace vigil::detector
