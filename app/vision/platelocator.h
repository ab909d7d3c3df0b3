#pragma once
// Licence-plate boxes in a BGR picture: the PP-OCRv4 text detector (ppocr-det-320.onnx, a DB
// network) on the region of interest letterboxed to 320 x 320, its probability map thresholded
// into text regions, each region grown back by the DB "unclip" margin, and the regions kept that
// have a plate's shape (wider than tall, 2:1 to 8:1) and size. Used by the plate reader (ROI = the
// lower part of a vehicle box) and by the privacy blurring (ROI = the whole frame or a vehicle).
//
// Thread contract: one PlateLocator per thread (cv::dnn::Net is not safe for concurrent forward
// passes); separate instances may run in parallel.

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>

#include <QString>

#include <memory>
#include <vector>

namespace vigil::vision {

struct PlateCandidate
{
    cv::Rect box;    // in the pixels of the whole picture
    float score = 0; // mean text probability inside the region, 0..1
};

struct PlateLocatorOptions
{
    float pixelThreshold = 0.3f;  // text probability for a pixel to be text
    float regionThreshold = 0.5f; // mean probability for a region to be kept
    double minAspect = 1.8;       // width / height of a plate box
    double maxAspect = 8.0;
    int minWidthPx = 24; // in the picture
};

// <directory>/ppocr-det-320.onnx
QString plateLocatorModelPath(const QString &directory);

class PlateLocator
{
public:
    static constexpr int kInputSize = 320;

    // nullptr with *error: "model missing: <path>; run scripts/vigil.sh setup" or what OpenCV
    // said about the file.
    static std::unique_ptr<PlateLocator> load(const QString &modelDirectory, QString *error,
                                              const PlateLocatorOptions &options = {});

    // Plate boxes inside `roi` of `bgr` (the whole picture when `roi` is empty), best score
    // first. An empty list when nothing plate-like is found or the network fails.
    std::vector<PlateCandidate> locate(const cv::Mat &bgr, cv::Rect roi = {});

    double lastInferenceMs() const { return m_lastInferenceMs; }

private:
    PlateLocator(cv::dnn::Net net, const PlateLocatorOptions &options);

    cv::dnn::Net m_net;
    PlateLocatorOptions m_options;
    double m_lastInferenceMs = 0;
};

} // namespace vigil::vision
