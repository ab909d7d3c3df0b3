#include "neuralobjectsource.h"

#include <opencv2/imgproc.hpp>

#include <cstring>

namespace vigil::detector {

namespace {

// Below this moving share of the picture a frame is "still" and the network is not run.
constexpr double kMinMovingFraction = 0.0005;
// With region gating, a detection is kept when at least this share of its box moved.
constexpr double kMinBoxMovingFraction = 0.04;

QString ruleClass(const QString &classId)
{
    if (classId == QLatin1String("car") || classId == QLatin1String("bus") ||
        classId == QLatin1String("truck") || classId == QLatin1String("motorcycle"))
        return QStringLiteral("vehicle");
    return classId;
}

} // namespace

bool frameToBgr(const FrameView &frame, cv::Mat *bgr)
{
    const PlaneView &y = frame.planes[0];
    switch (frame.format) {
    case PixelFormat::Bgr24:
        *bgr = cv::Mat(frame.height, frame.width, CV_8UC3, const_cast<uchar *>(y.data),
                       size_t(y.stride));
        return true;
    case PixelFormat::Gray8:
        cv::cvtColor(cv::Mat(frame.height, frame.width, CV_8UC1, const_cast<uchar *>(y.data),
                             size_t(y.stride)),
                     *bgr, cv::COLOR_GRAY2BGR);
        return true;
    case PixelFormat::Yuv420p: {
        // Pack the three planes into one I420 picture for cvtColor.
        const int w = frame.width & ~1;
        const int h = frame.height & ~1;
        if (w == 0 || h == 0)
            return false;
        cv::Mat i420(h * 3 / 2, w, CV_8UC1);
        for (int r = 0; r < h; ++r)
            std::memcpy(i420.ptr(r), y.data + size_t(r) * y.stride, size_t(w));
        uchar *u = i420.ptr(h);
        uchar *v = u + size_t(w / 2) * (h / 2);
        for (int r = 0; r < h / 2; ++r) {
            std::memcpy(u + size_t(r) * (w / 2),
                        frame.planes[1].data + size_t(r) * frame.planes[1].stride, size_t(w / 2));
            std::memcpy(v + size_t(r) * (w / 2),
                        frame.planes[2].data + size_t(r) * frame.planes[2].stride, size_t(w / 2));
        }
        cv::cvtColor(i420, *bgr, cv::COLOR_YUV2BGR_I420);
        return true;
    }
    }
    return false;
}

NeuralObjectSource::NeuralObjectSource(std::unique_ptr<vision::DetectorNet> net,
                                       const SourceOptions &options)
    : m_net(std::move(net)), m_options(options)
{}

void NeuralObjectSource::reset()
{
    m_gate.reset();
}

QList<common::DetectedObject> NeuralObjectSource::detect(const FrameView &frame)
{
    QList<common::DetectedObject> objects;
    m_lastError.clear();
    ++m_stats.framesProcessed;
    if (!frame.isValid() || !frameToBgr(frame, &m_bgr))
        return objects;
    bool infer = true;
    if (m_options.gating != MotionGating::Off) {
        const double moving = m_gate.update(m_bgr);
        infer = m_gate.learning() || moving >= kMinMovingFraction;
    }
    if (!infer)
        return objects;

    QList<vision::Detection> detections;
    const bool ok = m_net->detect(m_bgr, m_options.threshold, &detections, &m_lastError);
    ++m_stats.inferences;
    m_stats.lastInferenceMs = m_net->lastInferenceMs();
    m_stats.totalInferenceMs += m_stats.lastInferenceMs;
    if (!ok)
        return objects;
    const bool customModel = m_net->spec().kind == vision::ModelKind::Yolo;
    for (const vision::Detection &d : detections) {
        const bool wanted = m_options.classes.contains(d.classId) ||
                            (customModel && d.classId == QLatin1String("object"));
        if (!wanted)
            continue;
        if (m_options.gating == MotionGating::Region && !m_gate.learning() &&
            m_gate.movingFraction(d.box) < kMinBoxMovingFraction)
            continue;
        objects.append(
            {d.box, m_options.vehiclesAsOneClass ? ruleClass(d.classId) : d.classId, d.confidence});
    }
    return objects;
}

} // namespace vigil::detector
