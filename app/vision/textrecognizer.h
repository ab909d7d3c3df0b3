#pragma once
// PP-OCRv4 text-line recogniser (OpenCV DNN on ppocr-rec-160.onnx, converted by
// tools/modelconvert/ppocr.py) and its greedy CTC decoding with the ppocr_keys_v1.txt dictionary.
// Input: one text line (BGR), resized to height 48 keeping its aspect (at most 160 px wide),
// scaled to [-1, 1] and right-padded with 0. Output per step: softmax over CTC blank (0), the
// 6,623 dictionary symbols (1..6623) and a space (6624).
//
// Thread contract: a TextRecognizer is used from one thread at a time (cv::dnn::Net is not safe
// for concurrent forward passes); decodeCtcGreedy() is a pure function.

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace vigil::vision {

struct TextReading
{
    QString text;
    QStringList symbols;                // the dictionary symbols `text` is made of
    std::vector<float> characterScores; // per symbol, the best step's probability
    float confidence = 0;               // the lowest character score (0 for an empty text)
};

// The alphabet of a CTC output: index 0 is the blank (an empty string here), then `symbols`,
// then a space. `probabilities` is [T, C] or [1, T, C] with C == alphabet size. Repeated indices
// collapse unless a blank separates them.
TextReading decodeCtcGreedy(const cv::Mat &probabilities, const QStringList &alphabet);

// ppocr_keys_v1.txt as a CTC alphabet ("" + one symbol per line + " "); empty with *error naming
// the file (and the line) when it cannot be read.
QStringList loadCtcAlphabet(const QString &keysPath, QString *error);

// <directory>/ppocr-rec-160.onnx and <directory>/ppocr_keys_v1.txt.
QString textRecognizerModelPath(const QString &directory);
QString textRecognizerKeysPath(const QString &directory);

class TextRecognizer
{
public:
    static constexpr int kInputHeight = 48;
    static constexpr int kInputWidth = 160;

    // nullptr with *error: "model missing: <path>; run scripts/vigil.sh setup", what OpenCV
    // said, or a dictionary that does not match the network's output size.
    static std::unique_ptr<TextRecognizer> load(const QString &modelDirectory, QString *error);

    // One line of text in a BGR crop (any size; wider than 160:48 is squeezed).
    TextReading read(const cv::Mat &bgrLine);
    double lastInferenceMs() const { return m_lastInferenceMs; }

private:
    TextRecognizer(cv::dnn::Net net, QStringList alphabet);

    cv::dnn::Net m_net;
    QStringList m_alphabet;
    cv::Mat m_input; // [1, 3, 48, 160] float
    double m_lastInferenceMs = 0;
};

} // namespace vigil::vision
