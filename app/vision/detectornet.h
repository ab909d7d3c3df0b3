#pragma once
// One loaded detection network (OpenCV DNN) and its pre-/post-processing: our converted
// MobileNetV3-CenterNet (centernet-<size>.onnx: input RGB 0..255 squashed to a square, outputs
// "keypoints" + "wh"), or a user's YOLOv5/YOLOv8-style ONNX model (RGB 0..1, letterboxed).
// Where the model files are: modelDirectory() ($VIGIL_MODEL_DIR, default ~/.cache/vigil/models).
//
// Thread contract: owned by one agent and called from one thread at a time (cv::dnn::Net is not
// safe for concurrent forward passes); separate instances may run in parallel.

#include "vision/decoders.h"

#include <vigil/analyticsresult.h>

#include <opencv2/dnn.hpp>

#include <QString>

#include <memory>

namespace vigil::vision {

enum class ModelKind
{
    CenterNet,
    Yolo
};

struct ModelSpec
{
    ModelKind kind = ModelKind::CenterNet;
    QString path;
    int inputSize = 320;
};

struct Detection
{
    NormalizedRect box;
    QString classId; // "person", "car", ... ("object" for a custom model's non-COCO classes)
    double confidence = 0;
};

// $VIGIL_MODEL_DIR, or ~/.cache/vigil/models ($XDG_CACHE_HOME honoured).
QString modelDirectory();
// The converted CenterNet for an input size (320 or 416) in `directory`.
QString centerNetPath(const QString &directory, int inputSize);
// A user's model: $VIGIL_DETECTOR_MODEL, else <directory>/custom-detector.onnx.
QString customModelPath(const QString &directory);

class DetectorNet
{
public:
    // Loads the model. On failure returns nullptr and sets *error to one line: "model missing:
    // <path>; run scripts/vigil.sh setup" or what OpenCV said about the file.
    static std::unique_ptr<DetectorNet> load(const ModelSpec &spec, QString *error);

    // Objects in a BGR picture with score >= threshold; boxes normalized to the picture.
    // Returns false with *error when the network's output cannot be decoded.
    bool detect(const cv::Mat &bgr, float threshold, QList<Detection> *detections, QString *error);

    const ModelSpec &spec() const { return m_spec; }
    double lastInferenceMs() const { return m_lastInferenceMs; }

private:
    explicit DetectorNet(const ModelSpec &spec, cv::dnn::Net net);
    bool detectCenterNet(const cv::Mat &bgr, float threshold, QList<Detection> *detections);
    bool detectYolo(const cv::Mat &bgr, float threshold, QList<Detection> *detections,
                    QString *error);

    ModelSpec m_spec;
    cv::dnn::Net m_net;
    std::vector<cv::String> m_outputNames;
    std::vector<bool> m_wantedClasses; // COCO indices the detector reports
    double m_lastInferenceMs = 0;
};

} // namespace vigil::vision
