#include "motiondetector.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace vigil::motion {

namespace {

constexpr int kWorkingWidth = 320;
// Background adaptation per processed frame: at ~5 fps a still scene is learnt in a few seconds.
constexpr double kBackgroundRate = 0.08;

} // namespace

void MotionDetector::setSettings(const MotionSettings &settings)
{
    m_settings = settings;
    rebuildExclusionMask();
}

void MotionDetector::reset()
{
    m_background.release();
    m_sourceSize = {};
    m_workingSize = {};
    m_exclusionMask.release();
}

cv::Mat MotionDetector::toWorkingGray(const FrameView &frame) const
{
    // Wrap the host's pixels without copying; only the resize below writes new memory.
    cv::Mat gray;
    auto *luma = const_cast<uchar *>(frame.planes[0].data);
    switch (frame.format) {
    case PixelFormat::Gray8:
    case PixelFormat::Yuv420p: // the Y plane is the grey picture
        gray = cv::Mat(frame.height, frame.width, CV_8UC1, luma, size_t(frame.planes[0].stride));
        break;
    case PixelFormat::Bgr24:
        cv::cvtColor(
            cv::Mat(frame.height, frame.width, CV_8UC3, luma, size_t(frame.planes[0].stride)), gray,
            cv::COLOR_BGR2GRAY);
        break;
    }
    cv::Mat small;
    cv::resize(gray, small, m_workingSize, 0, 0, cv::INTER_AREA);
    cv::GaussianBlur(small, small, cv::Size(5, 5), 0);
    return small;
}

void MotionDetector::rebuildExclusionMask()
{
    if (m_workingSize.empty())
        return;
    m_exclusionMask = cv::Mat::zeros(m_workingSize, CV_8UC1);
    std::vector<std::vector<cv::Point>> polygons;
    for (const QList<QPointF> &zone : m_settings.exclusionZones) {
        std::vector<cv::Point> polygon;
        for (const QPointF &p : zone)
            polygon.emplace_back(cvRound(p.x() * m_workingSize.width),
                                 cvRound(p.y() * m_workingSize.height));
        polygons.push_back(std::move(polygon));
    }
    if (!polygons.empty())
        cv::fillPoly(m_exclusionMask, polygons, cv::Scalar(255));
}

QList<MotionBlob> MotionDetector::process(const FrameView &frame)
{
    const cv::Size sourceSize(frame.width, frame.height);
    if (sourceSize != m_sourceSize) {
        reset();
        m_sourceSize = sourceSize;
        const int width = std::min(kWorkingWidth, frame.width);
        m_workingSize = cv::Size(width, std::max(1, frame.height * width / frame.width));
        rebuildExclusionMask();
    }
    const cv::Mat gray = toWorkingGray(frame);
    if (m_background.empty()) {
        gray.convertTo(m_background, CV_32F);
        return {};
    }

    cv::Mat background8;
    m_background.convertTo(background8, CV_8U);
    cv::Mat moving;
    cv::absdiff(gray, background8, moving);
    cv::threshold(moving, moving, m_settings.differenceThreshold(), 255, cv::THRESH_BINARY);
    moving.setTo(0, m_exclusionMask);
    cv::morphologyEx(moving, moving, cv::MORPH_OPEN,
                     cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    cv::dilate(moving, moving, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(7, 7)));
    cv::accumulateWeighted(gray, m_background, kBackgroundRate);

    cv::Mat labels;
    cv::Mat stats;
    cv::Mat centroids;
    // Grana's block-based labelling, named explicitly: OpenCV's default (Spaghetti) costs twice
    // as much when OpenCV runs single-threaded, as it does in vigil-analyticsd (docs/analytics.md,
    // "Measured figures"); the labels and stats are the same.
    const int count = cv::connectedComponentsWithStats(moving, labels, stats, centroids, 8, CV_32S,
                                                       cv::CCL_GRANA);
    const double frameArea = double(m_workingSize.area());
    const double w = m_workingSize.width;
    const double h = m_workingSize.height;
    QList<MotionBlob> blobs;
    for (int label = 1; label < count; ++label) { // label 0 is the still background
        const double areaPercent = 100.0 * stats.at<int>(label, cv::CC_STAT_AREA) / frameArea;
        if (areaPercent < m_settings.minBlobAreaPercent)
            continue;
        MotionBlob blob;
        blob.areaPercent = areaPercent;
        blob.box = {stats.at<int>(label, cv::CC_STAT_LEFT) / w,
                    stats.at<int>(label, cv::CC_STAT_TOP) / h,
                    stats.at<int>(label, cv::CC_STAT_WIDTH) / w,
                    stats.at<int>(label, cv::CC_STAT_HEIGHT) / h};
        blobs.append(blob);
    }
    return blobs;
}

} // namespace vigil::motion
