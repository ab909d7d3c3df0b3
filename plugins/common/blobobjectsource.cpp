#include "blobobjectsource.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace vigil::common {

namespace {

constexpr int kWorkingWidth = 320;
constexpr double kBackgroundRate = 0.05;  // where nothing moves: learnt in a few seconds at 5 fps
constexpr double kForegroundRate = 0.002; // under objects: a still object fades in ~2 minutes

} // namespace

QString classifyBlob(int widthPx, int heightPx, double areaPercent,
                     const BlobSourceSettings &settings)
{
    const double aspect = double(heightPx) / std::max(1, widthPx);
    if (aspect >= 1.25)
        return QStringLiteral("person");
    if (aspect <= 0.9 && areaPercent >= settings.vehicleMinAreaPercent)
        return QStringLiteral("vehicle");
    return QStringLiteral("object");
}

BlobObjectSource::BlobObjectSource(const BlobSourceSettings &settings) : m_settings(settings) {}

void BlobObjectSource::reset()
{
    m_background.release();
    m_sourceSize = {};
}

cv::Mat BlobObjectSource::toWorkingGray(const FrameView &frame)
{
    auto *luma = const_cast<uchar *>(frame.planes[0].data);
    const size_t stride = size_t(frame.planes[0].stride);
    cv::Mat gray;
    if (frame.format == PixelFormat::Bgr24)
        cv::cvtColor(cv::Mat(frame.height, frame.width, CV_8UC3, luma, stride), gray,
                     cv::COLOR_BGR2GRAY);
    else // gray8, or the Y plane of yuv420p
        gray = cv::Mat(frame.height, frame.width, CV_8UC1, luma, stride);
    cv::resize(gray, m_gray, m_workingSize, 0, 0, cv::INTER_AREA);
    cv::GaussianBlur(m_gray, m_gray, cv::Size(3, 3), 0);
    return m_gray;
}

QList<DetectedObject> BlobObjectSource::detect(const FrameView &frame)
{
    if (!frame.isValid())
        return {};
    const cv::Size sourceSize(frame.width, frame.height);
    if (sourceSize != m_sourceSize) {
        reset();
        m_sourceSize = sourceSize;
        const int width = std::min(kWorkingWidth, frame.width);
        m_workingSize = cv::Size(width, std::max(1, frame.height * width / frame.width));
    }
    const cv::Mat gray = toWorkingGray(frame);
    if (m_background.empty()) {
        gray.convertTo(m_background, CV_32F);
        return {};
    }

    cv::Mat background8;
    m_background.convertTo(background8, CV_8U);
    cv::Mat difference;
    cv::absdiff(gray, background8, difference);
    // The background learns fast only where the picture clearly matches it; anything that differs
    // by half the threshold or more (objects, their soft edges) is learnt very slowly.
    cv::Mat settled;
    cv::threshold(difference, settled, m_settings.differenceThreshold / 2, 255,
                  cv::THRESH_BINARY_INV);
    cv::accumulateWeighted(gray, m_background, kBackgroundRate, settled);
    cv::bitwise_not(settled, settled);
    cv::accumulateWeighted(gray, m_background, kForegroundRate, settled);

    cv::threshold(difference, m_foreground, m_settings.differenceThreshold, 255, cv::THRESH_BINARY);
    cv::morphologyEx(m_foreground, m_foreground, cv::MORPH_OPEN,
                     cv::getStructuringElement(cv::MORPH_RECT, cv::Size(2, 2)));
    // Close small gaps inside one body without bridging neighbours a few pixels apart.
    cv::morphologyEx(m_foreground, m_foreground, cv::MORPH_CLOSE,
                     cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(5, 5)));

    cv::Mat labels;
    cv::Mat stats;
    cv::Mat centroids;
    // Grana's block-based labelling, named explicitly: OpenCV's default (Spaghetti) costs twice
    // as much when OpenCV runs single-threaded, as it does in vigil-analyticsd (docs/analytics.md,
    // "Measured figures"); the labels and stats are the same.
    const int count = cv::connectedComponentsWithStats(m_foreground, labels, stats, centroids, 8,
                                                       CV_32S, cv::CCL_GRANA);
    const double frameArea = double(m_workingSize.area());
    const double w = m_workingSize.width;
    const double h = m_workingSize.height;
    QList<DetectedObject> objects;
    for (int label = 1; label < count; ++label) { // label 0 is the background
        const double areaPercent = 100.0 * stats.at<int>(label, cv::CC_STAT_AREA) / frameArea;
        if (areaPercent < m_settings.minAreaPercent)
            continue;
        const int bw = stats.at<int>(label, cv::CC_STAT_WIDTH);
        const int bh = stats.at<int>(label, cv::CC_STAT_HEIGHT);
        DetectedObject object;
        object.box = {stats.at<int>(label, cv::CC_STAT_LEFT) / w,
                      stats.at<int>(label, cv::CC_STAT_TOP) / h, bw / w, bh / h};
        object.classId = classifyBlob(bw, bh, areaPercent, m_settings);
        // Shape is weak evidence: a blob is never reported as certain.
        object.confidence = 0.5;
        objects.append(object);
    }
    return objects;
}

} // namespace vigil::common
