#pragma once
// The detection network as an ObjectSource (plugins/common/objectsource.h): frame -> BGR ->
// motion gate -> network (only when something moves) -> class and motion filters -> objects. The
// detector agent feeds these objects to the shared tracker; an object-based rule plugin can use
// the same source instead of motion blobs (with vehiclesAsOneClass, car/bus/truck/motorcycle
// become "vehicle" as the rules expect).
//
// Thread contract: owned by one agent; called from one thread at a time.

#include "detectorsettings.h"
#include "motiongate.h"
#include "vision/detectornet.h"

#include <objectsource.h>

#include <memory>

namespace vigil::detector {

struct SourceOptions
{
    float threshold = 0.3f;
    QSet<QString> classes; // reported classes (network names: "person", "car", ...)
    MotionGating gating = MotionGating::Region;
    bool vehiclesAsOneClass = false;
};

struct DetectorStats
{
    int framesProcessed = 0; // frames handed to detect()
    int inferences = 0;      // frames the network ran on
    double totalInferenceMs = 0;
    double lastInferenceMs = 0;
};

class NeuralObjectSource final : public common::ObjectSource
{
public:
    NeuralObjectSource(std::unique_ptr<vision::DetectorNet> net, const SourceOptions &options);
    void setOptions(const SourceOptions &options) { m_options = options; }

    QList<common::DetectedObject> detect(const FrameView &frame) override;
    void reset() override;

    const vision::DetectorNet &net() const { return *m_net; }
    const DetectorStats &stats() const { return m_stats; }
    // What went wrong in the last detect() (empty when it worked).
    const QString &lastError() const { return m_lastError; }

private:
    std::unique_ptr<vision::DetectorNet> m_net;
    SourceOptions m_options;
    MotionGate m_gate;
    cv::Mat m_bgr;
    DetectorStats m_stats;
    QString m_lastError;
};

// The frame as a BGR picture (wrapping the host's pixels for bgr24, converted otherwise).
bool frameToBgr(const FrameView &frame, cv::Mat *bgr);

} // namespace vigil::detector
