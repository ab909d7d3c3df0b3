#pragma once
// Turning raw network outputs into boxes: the CenterNet heatmap + box-size maps of our converted
// MobileNetV3-CenterNet, and YOLO-style outputs of a user's own ONNX model ([1,N,5+C] YOLOv5
// layout with objectness, or [1,4+C,N] YOLOv8 layout without). Pure functions on cv::Mat.
//
// Thread contract: stateless; callable from any thread.

#include <opencv2/core.hpp>

#include <QString>

#include <vector>

namespace vigil::vision {

struct RawDetection
{
    cv::Rect2f box; // in network input pixels
    int classIndex = 0;
    float score = 0;
};

// The detector's object classes from a COCO class index: "person", "bicycle", "car",
// "motorcycle", "bus", "truck"; an empty string for every other class.
QString cocoClassName(int classIndex);

// CenterNet: `heatmap` [1,C,H,W] per-class sigmoid scores, `sizes` [1,4,H,W] left/top/right/
// bottom distances in input pixels, `stride` input pixels per heatmap cell. A detection is a cell
// that is the maximum of its 3x3 neighbourhood in its class plane (ties keep the first) and scores
// at least `threshold`. Only classes with wanted[classIndex] are decoded (all when empty).
std::vector<RawDetection> decodeCenterNet(const cv::Mat &heatmap, const cv::Mat &sizes,
                                          float stride, float threshold,
                                          const std::vector<bool> &wanted = {});

// Drops a detection when most of it (intersection / smaller area > `maxNested`) lies inside a
// higher-scoring detection of the same class: CenterNet sometimes peaks twice on one tall person
// (head and body cells more than one cell apart).
std::vector<RawDetection> suppressNested(std::vector<RawDetection> detections, float maxNested);

// YOLO: `output` is 3-D. [1,N,K] with N > K is the YOLOv5 layout (cx, cy, w, h, objectness,
// K-5 class scores); [1,K,N] with K < N the YOLOv8 layout (cx, cy, w, h, K-4 class scores).
// Boxes are in input pixels; score = objectness x best class score. Per-class non-maximum
// suppression at `nmsIou`. Returns false with *error when the shape fits neither layout.
bool decodeYolo(const cv::Mat &output, float threshold, float nmsIou,
                std::vector<RawDetection> *detections, QString *error);

} // namespace vigil::vision
