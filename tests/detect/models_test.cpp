// The converted model files (scripts/fetch-models.sh -> tools/modelconvert) in OpenCV 4.6: they
// load, give the documented output shapes, and match the SHA-256 manifest written at set-up.
#include "modelfiles.h"

#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QTextStream>

#include <map>

using namespace vigil;

namespace {

std::map<std::string, std::vector<int>> forwardShapes(const QString &path, int size)
{
    cv::dnn::Net net = cv::dnn::readNetFromONNX(path.toStdString());
    REQUIRE_FALSE(net.empty());
    const cv::Mat picture(size, size, CV_8UC3, cv::Scalar(90, 120, 150));
    net.setInput(cv::dnn::blobFromImage(picture, 1.0, cv::Size(), cv::Scalar(), true, false));
    const auto names = net.getUnconnectedOutLayersNames();
    std::vector<cv::Mat> outputs;
    net.forward(outputs, names);
    std::map<std::string, std::vector<int>> shapes;
    for (size_t i = 0; i < names.size(); ++i) {
        std::vector<int> shape(outputs[i].size.p, outputs[i].size.p + outputs[i].dims);
        shapes[names[i]] = shape;
        // A finite network: no NaN/Inf anywhere (a wrong weight layout usually explodes).
        CHECK(cv::checkRange(outputs[i]));
    }
    return shapes;
}

} // namespace

TEST_CASE("converted CenterNet loads in OpenCV 4.6 with the documented outputs", "[detect][models]")
{
    const QString dir = vision::modelDirectory();
    for (int size : {320, 416}) {
        const QString path = vision::centerNetPath(dir, size);
        INFO(path.toStdString());
        if (!test::requireModelFile(path))
            return;
        const auto shapes = forwardShapes(path, size);
        REQUIRE(shapes.size() == 2);
        CHECK(shapes.at("keypoints") == std::vector<int>{1, 80, size / 4, size / 4});
        CHECK(shapes.at("wh") == std::vector<int>{1, 4, size / 4, size / 4});
    }
}

TEST_CASE("converted BlazeFace loads in OpenCV 4.6 with the documented outputs", "[detect][models]")
{
    const QString path = vision::modelDirectory() + QStringLiteral("/blazeface-back-256.onnx");
    INFO(path.toStdString());
    if (!test::requireModelFile(path))
        return;
    const auto shapes = forwardShapes(path, 256);
    REQUIRE(shapes.size() == 4);
    CHECK(shapes.at("scores_16") == std::vector<int>{1, 512, 1});
    CHECK(shapes.at("boxes_16") == std::vector<int>{1, 512, 16});
    CHECK(shapes.at("scores_8") == std::vector<int>{1, 384, 1});
    CHECK(shapes.at("boxes_8") == std::vector<int>{1, 384, 16});
}

TEST_CASE("fixed PP-OCRv4 text detector loads in OpenCV 4.6 and finds printed text",
          "[detect][models]")
{
    const QString path = vision::modelDirectory() + QStringLiteral("/ppocr-det-320.onnx");
    INFO(path.toStdString());
    if (!test::requireModelFile(path))
        return;
    cv::dnn::Net net = cv::dnn::readNetFromONNX(path.toStdString());
    REQUIRE_FALSE(net.empty());
    cv::Mat picture(320, 320, CV_8UC3, cv::Scalar(230, 230, 230));
    cv::putText(picture, "AB 12345", cv::Point(20, 120), cv::FONT_HERSHEY_SIMPLEX, 1.5,
                cv::Scalar(20, 20, 20), 4);
    cv::Mat normalized;
    picture.convertTo(normalized, CV_32F, 1 / 255.0);
    cv::subtract(normalized, cv::Scalar(0.485, 0.456, 0.406), normalized);
    cv::divide(normalized, cv::Scalar(0.229, 0.224, 0.225), normalized);
    net.setInput(cv::dnn::blobFromImage(normalized));
    const cv::Mat out = net.forward();
    REQUIRE(std::vector<int>(out.size.p, out.size.p + out.dims) ==
            std::vector<int>{1, 1, 320, 320});
    const cv::Mat map(320, 320, CV_32F, const_cast<float *>(out.ptr<float>()));
    const double onText = cv::mean(map(cv::Rect(20, 90, 230, 40)))[0];
    const double blank = cv::mean(map(cv::Rect(0, 200, 320, 120)))[0];
    INFO("text probability on the text " << onText << ", on the blank part " << blank);
    CHECK(onText > 0.2);
    CHECK(blank < 0.01);
}

TEST_CASE("model files match the SHA-256 manifest written at set-up", "[detect][models]")
{
    const QString dir = vision::modelDirectory();
    const QString manifestPath = dir + QStringLiteral("/MANIFEST.sha256");
    if (!test::requireModelFile(manifestPath))
        return;
    QFile manifest(manifestPath);
    REQUIRE(manifest.open(QIODevice::ReadOnly | QIODevice::Text));
    QTextStream in(&manifest);
    int checked = 0;
    int lineNumber = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++lineNumber;
        if (line.startsWith(QLatin1Char('#')) || line.trimmed().isEmpty())
            continue;
        const QString expected = line.section(QLatin1Char(' '), 0, 0);
        const QString name = line.section(QLatin1Char(' '), -1);
        INFO(manifestPath.toStdString() << ":" << lineNumber << ": " << name.toStdString());
        QFile file(dir + QLatin1Char('/') + name);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        REQUIRE(hash.addData(&file));
        CHECK(QString::fromLatin1(hash.result().toHex()) == expected);
        ++checked;
    }
    CHECK(checked >= 5); // centernet-320/-416, blazeface, text detector, OCR dictionary
}
