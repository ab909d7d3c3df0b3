#include "vision/platelocator.h"

#include <opencv2/imgproc.hpp>

#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>

namespace vigil::vision {

namespace {

// DB post-processing: the network marks a shrunk core of each text line; the line is the core
// grown by area * ratio / perimeter on every side (PaddleOCR's unclip ratio 1.5).
constexpr double kUnclipRatio = 1.5;

} // namespace

QString plateLocatorModelPath(const QString &directory)
{
    return directory + QStringLiteral("/ppocr-det-320.onnx");
}

PlateLocator::PlateLocator(cv::dnn::Net net, const PlateLocatorOptions &options)
    : m_net(std::move(net)), m_options(options)
{}

std::unique_ptr<PlateLocator> PlateLocator::load(const QString &modelDirectory, QString *error,
                                                 const PlateLocatorOptions &options)
{
    const QString path = plateLocatorModelPath(modelDirectory);
    if (!QFileInfo(path).isFile()) {
        *error = QStringLiteral("model missing: %1; run scripts/vigil.sh setup").arg(path);
        return nullptr;
    }
    try {
        cv::dnn::Net net = cv::dnn::readNetFromONNX(path.toStdString());
        return std::unique_ptr<PlateLocator>(new PlateLocator(std::move(net), options));
    } catch (const cv::Exception &e) {
        *error = QStringLiteral("model %1 cannot be loaded by OpenCV DNN: %2")
                     .arg(path, QString::fromStdString(e.msg).simplified());
        return nullptr;
    }
}

std::vector<PlateCandidate> PlateLocator::locate(const cv::Mat &bgr, cv::Rect roi)
{
    QElapsedTimer timer;
    timer.start();
    std::vector<PlateCandidate> plates;
    if (bgr.empty() || bgr.type() != CV_8UC3)
        return plates;
    roi =
        roi.empty() ? cv::Rect(0, 0, bgr.cols, bgr.rows) : roi & cv::Rect(0, 0, bgr.cols, bgr.rows);
    if (roi.width < m_options.minWidthPx || roi.height < 8)
        return plates;

    // Letterbox into the top-left corner, keeping the aspect ratio.
    const double scale = std::min(double(kInputSize) / roi.width, double(kInputSize) / roi.height);
    const int width = std::max(1, int(roi.width * scale));
    const int height = std::max(1, int(roi.height * scale));
    cv::Mat canvas(kInputSize, kInputSize, CV_8UC3, cv::Scalar::all(0));
    cv::resize(bgr(roi), canvas(cv::Rect(0, 0, width, height)), cv::Size(width, height), 0, 0,
               cv::INTER_AREA);
    // PaddleOCR's DB preprocessing: BGR, ImageNet mean/std on 0..1.
    cv::Mat blob =
        cv::dnn::blobFromImage(canvas, 1.0 / 255, cv::Size(), cv::Scalar(), false, false, CV_32F);
    const float mean[3] = {0.485f, 0.456f, 0.406f};
    const float stdev[3] = {0.229f, 0.224f, 0.225f};
    for (int c = 0; c < 3; ++c) {
        cv::Mat plane(kInputSize, kInputSize, CV_32F, blob.ptr<float>(0, c));
        plane = (plane - mean[c]) / stdev[c];
    }
    cv::Mat output;
    try {
        m_net.setInput(blob);
        output = m_net.forward();
    } catch (const cv::Exception &) {
        m_lastInferenceMs = timer.nsecsElapsed() / 1e6;
        return plates;
    }
    const cv::Mat probability(kInputSize, kInputSize, CV_32F, output.ptr<float>());
    const cv::Mat valid = probability(cv::Rect(0, 0, width, height));
    cv::Mat mask = valid > m_options.pixelThreshold;
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(mask, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    for (const auto &contour : contours) {
        const cv::Rect core = cv::boundingRect(contour);
        if (core.width < 3 || core.height < 2)
            continue;
        cv::Mat regionMask = cv::Mat::zeros(core.size(), CV_8U);
        cv::drawContours(regionMask, std::vector<std::vector<cv::Point>>{contour}, 0,
                         cv::Scalar(255), cv::FILLED, cv::LINE_8, cv::noArray(), 0, -core.tl());
        const float score = float(cv::mean(valid(core), regionMask)[0]);
        if (score < m_options.regionThreshold)
            continue;
        const double area = core.area();
        const double perimeter = 2.0 * (core.width + core.height);
        const double grow = area * kUnclipRatio / perimeter;
        const double x0 = (core.x - grow) / scale, y0 = (core.y - grow) / scale;
        const double x1 = (core.x + core.width + grow) / scale;
        const double y1 = (core.y + core.height + grow) / scale;
        cv::Rect box(cv::Point(int(x0) + roi.x, int(y0) + roi.y),
                     cv::Point(int(std::ceil(x1)) + roi.x, int(std::ceil(y1)) + roi.y));
        box &= cv::Rect(0, 0, bgr.cols, bgr.rows);
        const double aspect = double(box.width) / std::max(1, box.height);
        if (box.width < m_options.minWidthPx || aspect < m_options.minAspect ||
            aspect > m_options.maxAspect)
            continue;
        plates.push_back({box, score});
    }
    std::sort(plates.begin(), plates.end(),
              [](const PlateCandidate &a, const PlateCandidate &b) { return a.score > b.score; });
    m_lastInferenceMs = timer.nsecsElapsed() / 1e6;
    return plates;
}

} // namespace vigil::vision
