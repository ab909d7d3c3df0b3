#include "vision/detectornet.h"

#include <opencv2/imgproc.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>

namespace vigil::vision {

namespace {

constexpr float kCenterNetStride = 4;
constexpr float kYoloNmsIou = 0.45f;
constexpr int kCocoClasses = 80;
constexpr float kMaxNested = 0.8f;

NormalizedRect normalized(const cv::Rect2f &box, double scaleX, double scaleY, double offsetX,
                          double offsetY, const cv::Size &picture)
{
    // input pixels -> picture pixels -> 0..1, clipped to the picture
    const double x0 = std::clamp((box.x - offsetX) * scaleX / picture.width, 0.0, 1.0);
    const double y0 = std::clamp((box.y - offsetY) * scaleY / picture.height, 0.0, 1.0);
    const double x1 = std::clamp((box.x + box.width - offsetX) * scaleX / picture.width, 0.0, 1.0);
    const double y1 =
        std::clamp((box.y + box.height - offsetY) * scaleY / picture.height, 0.0, 1.0);
    return {x0, y0, x1 - x0, y1 - y0};
}

} // namespace

QString modelDirectory()
{
    const QString fromEnv = qEnvironmentVariable("VIGIL_MODEL_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QString cache = qEnvironmentVariable("XDG_CACHE_HOME");
    if (cache.isEmpty())
        cache = QDir::homePath() + QStringLiteral("/.cache");
    return cache + QStringLiteral("/vigil/models");
}

QString centerNetPath(const QString &directory, int inputSize)
{
    return QStringLiteral("%1/centernet-%2.onnx").arg(directory).arg(inputSize);
}

QString customModelPath(const QString &directory)
{
    const QString fromEnv = qEnvironmentVariable("VIGIL_DETECTOR_MODEL");
    return fromEnv.isEmpty() ? directory + QStringLiteral("/custom-detector.onnx") : fromEnv;
}

DetectorNet::DetectorNet(const ModelSpec &spec, cv::dnn::Net net)
    : m_spec(spec), m_net(std::move(net)), m_outputNames(m_net.getUnconnectedOutLayersNames()),
      m_wantedClasses(kCocoClasses, false)
{
    for (int c = 0; c < kCocoClasses; ++c)
        m_wantedClasses[c] = !cocoClassName(c).isEmpty();
}

std::unique_ptr<DetectorNet> DetectorNet::load(const ModelSpec &spec, QString *error)
{
    if (!QFileInfo(spec.path).isFile()) {
        *error = QStringLiteral("model missing: %1; run scripts/vigil.sh setup").arg(spec.path);
        return nullptr;
    }
    cv::dnn::Net net;
    try {
        net = cv::dnn::readNetFromONNX(spec.path.toStdString());
    } catch (const cv::Exception &e) {
        *error = QStringLiteral("model %1 cannot be loaded by OpenCV DNN: %2")
                     .arg(spec.path, QString::fromStdString(e.msg).simplified());
        return nullptr;
    }
    if (net.empty()) {
        *error = QStringLiteral("model %1: OpenCV DNN read an empty network").arg(spec.path);
        return nullptr;
    }
    std::unique_ptr<DetectorNet> detector(new DetectorNet(spec, std::move(net)));
    if (spec.kind == ModelKind::CenterNet && detector->m_outputNames.size() != 2) {
        *error = QStringLiteral("model %1: expected the CenterNet outputs keypoints and wh, got %2 "
                                "outputs")
                     .arg(spec.path)
                     .arg(detector->m_outputNames.size());
        return nullptr;
    }
    return detector;
}

bool DetectorNet::detect(const cv::Mat &bgr, float threshold, QList<Detection> *detections,
                         QString *error)
{
    detections->clear();
    QElapsedTimer timer;
    timer.start();
    bool ok = false;
    try {
        ok = m_spec.kind == ModelKind::CenterNet ? detectCenterNet(bgr, threshold, detections)
                                                 : detectYolo(bgr, threshold, detections, error);
    } catch (const cv::Exception &e) {
        *error = QStringLiteral("model %1 failed on a %2x%3 picture: %4")
                     .arg(m_spec.path)
                     .arg(bgr.cols)
                     .arg(bgr.rows)
                     .arg(QString::fromStdString(e.msg).simplified());
        ok = false;
    }
    m_lastInferenceMs = timer.nsecsElapsed() / 1e6;
    return ok;
}

bool DetectorNet::detectCenterNet(const cv::Mat &bgr, float threshold, QList<Detection> *detections)
{
    const int size = m_spec.inputSize;
    // The network was trained on a plain square resize of RGB 0..255 (no mean, no letterbox).
    m_net.setInput(
        cv::dnn::blobFromImage(bgr, 1.0, cv::Size(size, size), cv::Scalar(), true, false));
    std::vector<cv::Mat> outputs;
    m_net.forward(outputs, m_outputNames);
    // Output order follows m_outputNames; the heatmap is the one with 80 channels.
    const bool firstIsHeatmap = outputs[0].size[1] == kCocoClasses;
    const cv::Mat &heatmap = firstIsHeatmap ? outputs[0] : outputs[1];
    const cv::Mat &sizes = firstIsHeatmap ? outputs[1] : outputs[0];
    const auto raw = suppressNested(
        decodeCenterNet(heatmap, sizes, kCenterNetStride, threshold, m_wantedClasses), kMaxNested);
    const double scaleX = double(bgr.cols) / size;
    const double scaleY = double(bgr.rows) / size;
    for (const RawDetection &d : raw) {
        const NormalizedRect box = normalized(d.box, scaleX, scaleY, 0, 0, bgr.size());
        if (!box.isEmpty())
            detections->append({box, cocoClassName(d.classIndex), d.score});
    }
    return true;
}

bool DetectorNet::detectYolo(const cv::Mat &bgr, float threshold, QList<Detection> *detections,
                             QString *error)
{
    const int size = m_spec.inputSize;
    // Letterbox: keep the aspect ratio, pad with grey (what YOLO models are trained on).
    const double scale = std::min(double(size) / bgr.cols, double(size) / bgr.rows);
    const int width = std::max(1, int(bgr.cols * scale));
    const int height = std::max(1, int(bgr.rows * scale));
    const int padX = (size - width) / 2;
    const int padY = (size - height) / 2;
    cv::Mat canvas(size, size, CV_8UC3, cv::Scalar(114, 114, 114));
    cv::resize(bgr, canvas(cv::Rect(padX, padY, width, height)), cv::Size(width, height));
    m_net.setInput(
        cv::dnn::blobFromImage(canvas, 1.0 / 255, cv::Size(), cv::Scalar(), true, false));
    const cv::Mat output = m_net.forward();
    std::vector<RawDetection> raw;
    if (!decodeYolo(output, threshold, kYoloNmsIou, &raw, error)) {
        *error = QStringLiteral("model %1: %2").arg(m_spec.path, *error);
        return false;
    }
    // Values per candidate: 4 box + 80 classes (v8) or 4 box + objectness + 80 classes (v5).
    const int perCandidate = std::min(output.size[1], output.size[2]);
    const bool coco = perCandidate == kCocoClasses + 4 || perCandidate == kCocoClasses + 5;
    for (const RawDetection &d : raw) {
        QString name = QStringLiteral("object");
        if (coco) {
            name = cocoClassName(d.classIndex);
            if (name.isEmpty())
                continue;
        }
        const NormalizedRect box = normalized(d.box, 1 / scale, 1 / scale, padX, padY, bgr.size());
        if (!box.isEmpty())
            detections->append({box, name, d.score});
    }
    return true;
}

} // namespace vigil::vision
