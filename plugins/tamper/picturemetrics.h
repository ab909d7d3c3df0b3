#pragma once
// Measures of one picture that the tamper checks compare against thresholds and against a learnt
// reference: brightness, contrast, sharpness, colour cast, change since the previous picture and
// shift against the reference picture.
//
// Thread contract: owned by one agent; called from one thread at a time.

#include <vigil/frame.h>

#include <opencv2/core.hpp>

namespace vigil::tamper {

struct PictureMetrics
{
    double brightness = 0;   // mean grey level 0..255
    double contrast = 0;     // standard deviation of the grey levels
    double sharpness = 0;    // mean absolute Laplacian of the working picture
    double colourCast = 0;   // (max - min channel mean) / mean grey level; 0 for grey input
    double change = -1;      // mean absolute difference from the previous picture; -1 on the first
    double shiftPercent = 0; // median translation of the picture's cells against the reference,
                             // % of the picture width (100: the reference view is gone)
};

class PictureAnalyser
{
public:
    PictureMetrics measure(const FrameView &frame);
    // Make the current picture the reference for the shift measure.
    void adoptReference();
    bool hasReference() const { return !m_reference.empty(); }
    void reset();

private:
    double measureShift() const;

    cv::Size m_workingSize;
    cv::Mat m_gray;      // CV_8U working picture
    cv::Mat m_previous;  // CV_8U previous working picture
    cv::Mat m_reference; // CV_8U reference picture for the shift measure
};

} // namespace vigil::tamper
