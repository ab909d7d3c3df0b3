#include "picturemetrics.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace vigil::tamper {

namespace {

constexpr int kWorkingWidth = 160;
constexpr double kMinMatchScore = 0.3;   // below: the cell's reference view is gone altogether
constexpr double kStillMatchScore = 0.6; // at or above, in place: the cell has not moved
constexpr double kMinCellTexture = 3;    // grey-level deviation a cell needs to be judged

} // namespace

void PictureAnalyser::reset()
{
    m_workingSize = {};
    m_previous.release();
    m_reference.release();
}

PictureMetrics PictureAnalyser::measure(const FrameView &frame)
{
    const int width = std::min(kWorkingWidth, frame.width);
    const cv::Size workingSize(width, std::max(1, frame.height * width / frame.width));
    if (workingSize != m_workingSize) {
        reset();
        m_workingSize = workingSize;
    }

    PictureMetrics metrics;
    auto *data = const_cast<uchar *>(frame.planes[0].data);
    const size_t stride = size_t(frame.planes[0].stride);
    if (frame.format == PixelFormat::Bgr24) {
        cv::Mat small;
        cv::resize(cv::Mat(frame.height, frame.width, CV_8UC3, data, stride), small, workingSize, 0,
                   0, cv::INTER_AREA);
        cv::cvtColor(small, m_gray, cv::COLOR_BGR2GRAY);
        const cv::Scalar channelMeans = cv::mean(small);
        const double high = std::max({channelMeans[0], channelMeans[1], channelMeans[2]});
        const double low = std::min({channelMeans[0], channelMeans[1], channelMeans[2]});
        const double grey = (channelMeans[0] + channelMeans[1] + channelMeans[2]) / 3;
        metrics.colourCast = grey > 1 ? (high - low) / grey : 0;
    } else {
        cv::resize(cv::Mat(frame.height, frame.width, CV_8UC1, data, stride), m_gray, workingSize,
                   0, 0, cv::INTER_AREA);
    }

    cv::Scalar mean;
    cv::Scalar deviation;
    cv::meanStdDev(m_gray, mean, deviation);
    metrics.brightness = mean[0];
    metrics.contrast = deviation[0];

    cv::Mat laplacian;
    cv::Laplacian(m_gray, laplacian, CV_16S, 3);
    metrics.sharpness = cv::mean(cv::abs(laplacian))[0];

    if (!m_previous.empty()) {
        cv::Mat difference;
        cv::absdiff(m_gray, m_previous, difference);
        metrics.change = cv::mean(difference)[0];
    }
    m_gray.copyTo(m_previous);

    if (!m_reference.empty())
        metrics.shiftPercent = measureShift();
    return metrics;
}

double PictureAnalyser::measureShift() const
{
    // The picture is cut into a 3 x 3 grid. In each cell with some texture, the centre of the
    // reference cell is looked for in the current picture around its old place (normalized
    // correlation, so brightness changes do not matter). A person or a car changes one or two
    // cells; a moved camera changes most of them. Regular patterns (pavement, windows) also match
    // at other offsets, so a cell counts as moved only when it no longer matches in place.
    const int cellW = m_workingSize.width / 3;
    const int cellH = m_workingSize.height / 3;
    const int searchX = cellW / 4;
    const int searchY = cellH / 4;
    std::vector<double> offsets; // per textured cell: 0 when still in place
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 3; ++column) {
            const cv::Rect templ(column * cellW + searchX, row * cellH + searchY,
                                 cellW - 2 * searchX, cellH - 2 * searchY);
            cv::Scalar mean;
            cv::Scalar deviation;
            cv::meanStdDev(m_reference(templ), mean, deviation);
            if (deviation[0] < kMinCellTexture)
                continue; // a flat cell says nothing about movement
            const cv::Rect area = cv::Rect(templ.x - searchX, templ.y - searchY,
                                           templ.width + 2 * searchX, templ.height + 2 * searchY) &
                                  cv::Rect(cv::Point(0, 0), m_workingSize);
            cv::Mat scores;
            cv::matchTemplate(m_gray(area), m_reference(templ), scores, cv::TM_CCOEFF_NORMED);
            const cv::Point inPlace(templ.x - area.x, templ.y - area.y);
            if (scores.at<float>(inPlace) >= kStillMatchScore) {
                offsets.push_back(0);
                continue;
            }
            double best = 0;
            cv::Point where;
            cv::minMaxLoc(scores, nullptr, &best, nullptr, &where);
            offsets.push_back(best < kMinMatchScore
                                  ? 100.0
                                  : 100.0 * std::hypot(where.x - inPlace.x, where.y - inPlace.y) /
                                        m_workingSize.width);
        }
    }
    if (offsets.size() < 3)
        return 0; // too little texture to judge
    std::nth_element(offsets.begin(), offsets.begin() + long(offsets.size() / 2), offsets.end());
    return offsets[offsets.size() / 2];
}

void PictureAnalyser::adoptReference()
{
    if (!m_gray.empty())
        m_gray.copyTo(m_reference);
}

} // namespace vigil::tamper
