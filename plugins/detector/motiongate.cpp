#include "motiongate.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace vigil::detector {

namespace {

constexpr int kWorkingWidth = 192;
constexpr int kHistoryFrames = 300;
constexpr double kVarianceThreshold = 25;

} // namespace

MotionGate::MotionGate()
{
    reset();
}

void MotionGate::reset()
{
    m_subtractor = cv::createBackgroundSubtractorMOG2(kHistoryFrames, kVarianceThreshold, false);
    m_mask.release();
    m_integral.release();
    m_frames = 0;
}

double MotionGate::update(const cv::Mat &bgr)
{
    const int height = std::max(1, bgr.rows * kWorkingWidth / std::max(1, bgr.cols));
    cv::resize(bgr, m_small, cv::Size(kWorkingWidth, height), 0, 0, cv::INTER_AREA);
    cv::cvtColor(m_small, m_small, cv::COLOR_BGR2GRAY);
    cv::GaussianBlur(m_small, m_small, cv::Size(5, 5), 0);
    // Learn fast while warming up, then at the subtractor's own rate.
    m_subtractor->apply(m_small, m_mask, m_frames < kWarmUpFrames ? 0.5 : -1);
    ++m_frames;
    // Drop single-pixel noise, then join the parts of one moving body.
    const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(3, 3));
    cv::morphologyEx(m_mask, m_mask, cv::MORPH_OPEN, kernel);
    cv::dilate(m_mask, m_mask, kernel, cv::Point(-1, -1), 2);
    cv::integral(m_mask, m_integral, CV_32S);
    return cv::countNonZero(m_mask) / double(m_mask.total());
}

double MotionGate::movingFraction(const NormalizedRect &box) const
{
    if (m_integral.empty() || box.isEmpty())
        return 0;
    const int cols = m_mask.cols;
    const int rows = m_mask.rows;
    const int x0 = std::clamp(int(box.x * cols), 0, cols - 1);
    const int y0 = std::clamp(int(box.y * rows), 0, rows - 1);
    const int x1 = std::clamp(int(std::ceil((box.x + box.width) * cols)), x0 + 1, cols);
    const int y1 = std::clamp(int(std::ceil((box.y + box.height) * rows)), y0 + 1, rows);
    const qint64 sum = qint64(m_integral.at<int>(y1, x1)) - m_integral.at<int>(y0, x1) -
                       m_integral.at<int>(y1, x0) + m_integral.at<int>(y0, x0);
    return sum / 255.0 / (double(x1 - x0) * (y1 - y0));
}

} // namespace vigil::detector
