#pragma once
// FaceDetector: MediaPipe BlazeFace ("back" model, 256×256) on OpenCV DNN, for privacy blurring.
// The converted model (blazeface-back-256.onnx, see docs/models.md) takes RGB scaled to [-1, 1]
// in a letterboxed square and returns raw SSD-style regressors: per anchor one score logit and
// 16 numbers (box centre offset x/y, width, height in input pixels, then six keypoints). The
// anchors are 16×16 cells × 2 (stride 16) followed by 8×8 cells × 6 (stride 32), all of unit
// size centred on their cell; we generate them and decode here.
//
// Thread contract: the free functions are pure. A FaceDetector is used by one thread at a time
// (cv::dnn::Net is not safe for concurrent forward passes); separate instances may run in
// parallel.

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>

#include <QString>

#include <memory>
#include <vector>

namespace vigil::vision {

struct FaceAnchor
{
    float cx = 0; // centre, fraction of the square input
    float cy = 0;
};

struct FaceBox
{
    cv::Rect2f box; // fraction of the (square, letterboxed) network input, or of the picture
    float score = 0;
};

constexpr int kBlazeFaceInputSize = 256;
constexpr int kBlazeFaceAnchorCount = 16 * 16 * 2 + 8 * 8 * 6; // 896
constexpr int kBlazeFaceValuesPerAnchor = 16;

// The 896 anchors in the order of the model's outputs (stride-16 block first).
std::vector<FaceAnchor> blazeFaceAnchors();

// Boxes with sigmoid(score) >= minScore, in fractions of the square network input. `scores`
// holds anchors.size() logits, `regressors` anchors.size() × 16 values.
std::vector<FaceBox> decodeBlazeFace(const float *scores, const float *regressors,
                                     const std::vector<FaceAnchor> &anchors, int inputSize,
                                     float minScore);

// Greedy non-maximum suppression: keeps the best box of every group overlapping above `maxIou`.
std::vector<FaceBox> suppressOverlaps(std::vector<FaceBox> boxes, float maxIou);

// $VIGIL_MODEL_DIR/blazeface-back-256.onnx (default ~/.cache/vigil/models).
QString faceModelPath();

class FaceDetector
{
public:
    // nullptr with *error ("model missing: <path>; run scripts/vigil.sh setup" or OpenCV's
    // message) when the model cannot be loaded.
    static std::unique_ptr<FaceDetector> load(const QString &path, QString *error);

    // Faces in a BGR picture, boxes as fractions of the picture. False with *error when the
    // network's outputs do not have the expected shapes.
    bool detect(const cv::Mat &bgr, float minScore, std::vector<FaceBox> *faces, QString *error);

    double lastInferenceMs() const { return m_lastInferenceMs; }

private:
    explicit FaceDetector(cv::dnn::Net net);

    cv::dnn::Net m_net;
    std::vector<cv::String> m_outputNames;
    std::vector<FaceAnchor> m_anchors;
    cv::Mat m_letterboxed;
    double m_lastInferenceMs = 0;
};

} // namespace vigil::vision
