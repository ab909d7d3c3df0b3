#pragma once
// Objects from motion blobs, until a detector exists: foreground against a background model,
// grouped into connected components and classified by shape (tall = "person", wide and large =
// "vehicle", otherwise "object").
//
// The background learns quickly where nothing moves and only very slowly under foreground, so a
// stopped object (a parked car, a person standing) stays foreground for about two minutes before
// it fades into the background; rules that time still objects must use shorter durations.
//
// Thread contract: owned by one agent; called from one thread at a time.

#include "objectsource.h"

#include <opencv2/core.hpp>

namespace vigil::common {

struct BlobSourceSettings
{
    int differenceThreshold = 25;     // grey levels a pixel must differ from the background
    double minAreaPercent = 0.1;      // smaller blobs are noise
    double vehicleMinAreaPercent = 1; // a wide blob at least this large is a vehicle
};

class BlobObjectSource final : public ObjectSource
{
public:
    explicit BlobObjectSource(const BlobSourceSettings &settings = {});
    void setSettings(const BlobSourceSettings &settings) { m_settings = settings; }

    QList<DetectedObject> detect(const FrameView &frame) override;
    void reset() override;

    // The learnt background (CV_32F, working size); empty before the first frame.
    const cv::Mat &backgroundModel() const { return m_background; }

private:
    cv::Mat toWorkingGray(const FrameView &frame);

    BlobSourceSettings m_settings;
    cv::Size m_sourceSize;
    cv::Size m_workingSize;
    cv::Mat m_background; // CV_32F
    cv::Mat m_gray;
    cv::Mat m_foreground;
};

// The object class a blob of this size and shape most likely is (working-image pixels).
QString classifyBlob(int widthPx, int heightPx, double areaPercent,
                     const BlobSourceSettings &settings);

} // namespace vigil::common
