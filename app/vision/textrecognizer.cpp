#include "vision/textrecognizer.h"

#include <opencv2/imgproc.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace vigil::vision {

TextReading decodeCtcGreedy(const cv::Mat &probabilities, const QStringList &alphabet)
{
    TextReading reading;
    const int steps = probabilities.dims == 3 ? probabilities.size[1] : probabilities.rows;
    const int classes = probabilities.dims == 3 ? probabilities.size[2] : probabilities.cols;
    if (classes != alphabet.size() || probabilities.type() != CV_32F)
        return reading;
    const cv::Mat table(steps, classes, CV_32F, const_cast<uchar *>(probabilities.ptr()));
    int previous = 0;
    for (int t = 0; t < steps; ++t) {
        const float *row = table.ptr<float>(t);
        const int best = int(std::max_element(row, row + classes) - row);
        if (best != 0 && best != previous) {
            reading.text += alphabet[best];
            reading.symbols.append(alphabet[best]);
            reading.characterScores.push_back(row[best]);
        } else if (best != 0 && best == previous && !reading.characterScores.empty()) {
            reading.characterScores.back() = std::max(reading.characterScores.back(), row[best]);
        }
        previous = best;
    }
    if (!reading.characterScores.empty()) {
        reading.confidence =
            *std::min_element(reading.characterScores.begin(), reading.characterScores.end());
    }
    return reading;
}

QStringList loadCtcAlphabet(const QString &keysPath, QString *error)
{
    QFile file(keysPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("dictionary missing: %1; run scripts/vigil.sh setup").arg(keysPath);
        return {};
    }
    QStringList alphabet{QString()};
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        QString symbol = QString::fromUtf8(file.readLine());
        while (symbol.endsWith(QLatin1Char('\n')) || symbol.endsWith(QLatin1Char('\r')))
            symbol.chop(1);
        if (symbol.isEmpty()) {
            *error = QStringLiteral("%1:%2: empty dictionary entry").arg(keysPath).arg(line);
            return {};
        }
        alphabet.append(symbol);
    }
    alphabet.append(QStringLiteral(" "));
    return alphabet;
}

QString textRecognizerModelPath(const QString &directory)
{
    return directory + QStringLiteral("/ppocr-rec-160.onnx");
}

QString textRecognizerKeysPath(const QString &directory)
{
    return directory + QStringLiteral("/ppocr_keys_v1.txt");
}

TextRecognizer::TextRecognizer(cv::dnn::Net net, QStringList alphabet)
    : m_net(std::move(net)), m_alphabet(std::move(alphabet))
{
    const int shape[] = {1, 3, kInputHeight, kInputWidth};
    m_input.create(4, shape, CV_32F);
    m_input.setTo(0);
}

std::unique_ptr<TextRecognizer> TextRecognizer::load(const QString &modelDirectory, QString *error)
{
    const QString modelPath = textRecognizerModelPath(modelDirectory);
    if (!QFileInfo(modelPath).isFile()) {
        *error = QStringLiteral("model missing: %1; run scripts/vigil.sh setup").arg(modelPath);
        return nullptr;
    }
    QStringList alphabet = loadCtcAlphabet(textRecognizerKeysPath(modelDirectory), error);
    if (alphabet.isEmpty())
        return nullptr;
    cv::dnn::Net net;
    try {
        net = cv::dnn::readNetFromONNX(modelPath.toStdString());
    } catch (const cv::Exception &e) {
        *error = QStringLiteral("model %1 cannot be loaded by OpenCV DNN: %2")
                     .arg(modelPath, QString::fromStdString(e.msg).simplified());
        return nullptr;
    }
    std::unique_ptr<TextRecognizer> recognizer(new TextRecognizer(std::move(net), alphabet));
    // One blank input through the network: checks that it runs and that the dictionary fits.
    cv::Mat output;
    try {
        recognizer->m_net.setInput(recognizer->m_input);
        output = recognizer->m_net.forward();
    } catch (const cv::Exception &e) {
        *error = QStringLiteral("model %1 does not run in OpenCV DNN: %2")
                     .arg(modelPath, QString::fromStdString(e.msg).simplified());
        return nullptr;
    }
    if (output.dims != 3 || output.size[2] != alphabet.size()) {
        *error = QStringLiteral("model %1: %2 output classes, but the dictionary %3 gives %4")
                     .arg(modelPath)
                     .arg(output.dims == 3 ? output.size[2] : -1)
                     .arg(textRecognizerKeysPath(modelDirectory))
                     .arg(alphabet.size());
        return nullptr;
    }
    return recognizer;
}

TextReading TextRecognizer::read(const cv::Mat &bgrLine)
{
    QElapsedTimer timer;
    timer.start();
    m_input.setTo(0);
    if (bgrLine.empty() || bgrLine.type() != CV_8UC3)
        return {};
    const double aspect = double(bgrLine.cols) / bgrLine.rows;
    const int width = std::clamp(int(std::ceil(kInputHeight * aspect)), 1, kInputWidth);
    cv::Mat resized;
    cv::resize(bgrLine, resized, cv::Size(width, kInputHeight), 0, 0, cv::INTER_LINEAR);
    // HWC uint8 -> CHW float in [-1, 1], padding on the right stays 0.
    for (int c = 0; c < 3; ++c) {
        cv::Mat plane(kInputHeight, kInputWidth, CV_32F, m_input.ptr<float>(0, c));
        for (int y = 0; y < kInputHeight; ++y) {
            const uchar *src = resized.ptr<uchar>(y);
            float *dst = plane.ptr<float>(y);
            for (int x = 0; x < width; ++x)
                dst[x] = src[x * 3 + c] / 127.5f - 1.0f;
        }
    }
    TextReading reading;
    try {
        m_net.setInput(m_input);
        reading = decodeCtcGreedy(m_net.forward(), m_alphabet);
    } catch (const cv::Exception &) {
        reading = {};
    }
    m_lastInferenceMs = timer.nsecsElapsed() / 1e6;
    return reading;
}

} // namespace vigil::vision
