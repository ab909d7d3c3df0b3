#include "vision/facedetector.h"

#include "vision/detectornet.h" // modelDirectory()

#include <opencv2/imgproc.hpp>

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace vigil::vision {

namespace {

// Output names of the converted model: one score and one regressor tensor per anchor block.
const char *const kOutputNames[] = {"scores_16", "boxes_16", "scores_8", "boxes_8"};

void appendGridAnchors(std::vector<FaceAnchor> &anchors, int cells, int perCell)
{
    for (int y = 0; y < cells; ++y)
        for (int x = 0; x < cells; ++x)
            for (int i = 0; i < perCell; ++i)
                anchors.push_back(
                    {(float(x) + 0.5f) / float(cells), (float(y) + 0.5f) / float(cells)});
}

float sigmoid(float logit)
{
    // MediaPipe clips the logits at ±100 before the sigmoid; keeps exp() finite.
    return 1.0f / (1.0f + std::exp(-std::clamp(logit, -100.0f, 100.0f)));
}

float iou(const cv::Rect2f &a, const cv::Rect2f &b)
{
    const float intersection = (a & b).area();
    const float unionArea = a.area() + b.area() - intersection;
    return unionArea > 0 ? intersection / unionArea : 0.0f;
}

} // namespace

std::vector<FaceAnchor> blazeFaceAnchors()
{
    std::vector<FaceAnchor> anchors;
    anchors.reserve(kBlazeFaceAnchorCount);
    appendGridAnchors(anchors, 16, 2);
    appendGridAnchors(anchors, 8, 6);
    return anchors;
}

std::vector<FaceBox> decodeBlazeFace(const float *scores, const float *regressors,
                                     const std::vector<FaceAnchor> &anchors, int inputSize,
                                     float minScore)
{
    std::vector<FaceBox> boxes;
    const float scale = float(inputSize);
    for (size_t i = 0; i < anchors.size(); ++i) {
        const float score = sigmoid(scores[i]);
        if (score < minScore)
            continue;
        const float *r = regressors + i * kBlazeFaceValuesPerAnchor;
        const float cx = anchors[i].cx + r[0] / scale;
        const float cy = anchors[i].cy + r[1] / scale;
        const float w = r[2] / scale;
        const float h = r[3] / scale;
        if (w <= 0 || h <= 0)
            continue;
        boxes.push_back({cv::Rect2f(cx - w / 2, cy - h / 2, w, h), score});
    }
    return boxes;
}

std::vector<FaceBox> suppressOverlaps(std::vector<FaceBox> boxes, float maxIou)
{
    std::sort(boxes.begin(), boxes.end(),
              [](const FaceBox &a, const FaceBox &b) { return a.score > b.score; });
    std::vector<FaceBox> kept;
    for (const FaceBox &candidate : boxes) {
        const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const FaceBox &k) {
            return iou(k.box, candidate.box) > maxIou;
        });
        if (!overlaps)
            kept.push_back(candidate);
    }
    return kept;
}

QString faceModelPath()
{
    return QDir(modelDirectory()).filePath(QStringLiteral("blazeface-back-256.onnx"));
}

std::unique_ptr<FaceDetector> FaceDetector::load(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path)) {
        *error = QStringLiteral("model missing: %1; run scripts/vigil.sh setup")
                     .arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    try {
        cv::dnn::Net net = cv::dnn::readNetFromONNX(path.toStdString());
        if (net.empty()) {
            *error = QStringLiteral("%1: OpenCV loaded an empty network").arg(path);
            return nullptr;
        }
        return std::unique_ptr<FaceDetector>(new FaceDetector(std::move(net)));
    } catch (const cv::Exception &e) {
        *error = QStringLiteral("%1: %2").arg(path, QString::fromStdString(e.what()).trimmed());
        return nullptr;
    }
}

FaceDetector::FaceDetector(cv::dnn::Net net)
    : m_net(std::move(net)), m_outputNames(std::begin(kOutputNames), std::end(kOutputNames)),
      m_anchors(blazeFaceAnchors())
{}

bool FaceDetector::detect(const cv::Mat &bgr, float minScore, std::vector<FaceBox> *faces,
                          QString *error)
{
    faces->clear();
    if (bgr.empty())
        return true;
    // Letterbox into a square (black = -1 after scaling), so faces keep their shape.
    const int side = std::max(bgr.cols, bgr.rows);
    m_letterboxed.create(side, side, bgr.type());
    m_letterboxed.setTo(cv::Scalar::all(0));
    const int offsetX = (side - bgr.cols) / 2;
    const int offsetY = (side - bgr.rows) / 2;
    bgr.copyTo(m_letterboxed(cv::Rect(offsetX, offsetY, bgr.cols, bgr.rows)));
    const auto started = std::chrono::steady_clock::now();
    std::vector<cv::Mat> outputs;
    try {
        m_net.setInput(cv::dnn::blobFromImage(m_letterboxed, 1.0 / 127.5,
                                              cv::Size(kBlazeFaceInputSize, kBlazeFaceInputSize),
                                              cv::Scalar::all(127.5), true, false));
        m_net.forward(outputs, m_outputNames);
    } catch (const cv::Exception &e) {
        *error = QStringLiteral("BlazeFace forward failed: %1")
                     .arg(QString::fromStdString(e.what()).trimmed());
        return false;
    }
    m_lastInferenceMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count();
    if (outputs.size() != 4 || outputs[0].total() != 512 || outputs[1].total() != 512 * 16 ||
        outputs[2].total() != 384 || outputs[3].total() != 384 * 16) {
        *error = QStringLiteral("BlazeFace outputs have unexpected shapes (want scores_16 512, "
                                "boxes_16 512×16, scores_8 384, boxes_8 384×16)");
        return false;
    }
    // Both blocks into one contiguous array in anchor order.
    std::vector<float> scores(kBlazeFaceAnchorCount);
    std::vector<float> regressors(size_t(kBlazeFaceAnchorCount) * kBlazeFaceValuesPerAnchor);
    std::copy_n(outputs[0].ptr<float>(), 512, scores.begin());
    std::copy_n(outputs[2].ptr<float>(), 384, scores.begin() + 512);
    std::copy_n(outputs[1].ptr<float>(), 512 * 16, regressors.begin());
    std::copy_n(outputs[3].ptr<float>(), 384 * 16, regressors.begin() + 512 * 16);

    std::vector<FaceBox> decoded = suppressOverlaps(
        decodeBlazeFace(scores.data(), regressors.data(), m_anchors, kBlazeFaceInputSize, minScore),
        0.3f);
    // From the letterboxed square back to fractions of the picture.
    const cv::Rect2f picture(0, 0, 1, 1);
    for (FaceBox &face : decoded) {
        const cv::Rect2f squarePx(face.box.x * side - offsetX, face.box.y * side - offsetY,
                                  face.box.width * side, face.box.height * side);
        const cv::Rect2f normalized(squarePx.x / bgr.cols, squarePx.y / bgr.rows,
                                    squarePx.width / bgr.cols, squarePx.height / bgr.rows);
        face.box = normalized & picture;
        if (face.box.area() > 0)
            faces->push_back(face);
    }
    return true;
}

} // namespace vigil::vision
