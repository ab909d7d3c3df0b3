// Plate reading parts without the networks: CTC greedy decoding, OCR text to plate text, plate
// colour, the per-pass vote and the settings; plus the converted recogniser on a rendered plate
// (skipped without the models unless VIGIL_REQUIRE_MODELS=1).
#include "analytics/pluginhost.h"
#include "modelfiles.h"
#include "passvote.h"
#include "platereadersettings.h"
#include "vision/platecolour.h"
#include "vision/plateformat.h"
#include "vision/textrecognizer.h"

#include <catch2/catch.hpp>

#include <opencv2/imgproc.hpp>

#include <QJsonArray>

using namespace vigil;
using namespace vigil::vision;

namespace {

// [T, C] one-hot-ish rows: the given class gets `p`, the rest share what is left.
cv::Mat ctcRows(const std::vector<int> &classes, int alphabetSize, float p = 0.9f)
{
    cv::Mat rows(int(classes.size()), alphabetSize, CV_32F,
                 cv::Scalar((1 - p) / (alphabetSize - 1)));
    for (int t = 0; t < int(classes.size()); ++t)
        rows.at<float>(t, classes[t]) = p;
    return rows;
}

} // namespace

TEST_CASE("CTC greedy decoding collapses repeats and drops blanks", "[plates]")
{
    const QStringList alphabet{QString(), QStringLiteral("鄂"), QStringLiteral("C"),
                               QStringLiteral("1"), QStringLiteral(" ")};
    // 鄂 鄂 _ C 1 _ 1 1 -> "鄂C11"
    const TextReading reading = decodeCtcGreedy(ctcRows({1, 1, 0, 2, 3, 0, 3, 3}, 5), alphabet);
    CHECK(reading.text == QStringLiteral("鄂C11"));
    CHECK(reading.symbols.size() == 4);
    REQUIRE(reading.characterScores.size() == 4);
    CHECK(reading.confidence == Approx(0.9f));
    // A lower score on one character is the reading's confidence.
    cv::Mat rows = ctcRows({1, 2}, 5);
    rows.at<float>(1, 2) = 0.6f;
    CHECK(decodeCtcGreedy(rows, alphabet).confidence == Approx(0.6f));
    // The wrong alphabet size decodes nothing rather than garbage.
    CHECK(decodeCtcGreedy(ctcRows({1, 2}, 6), alphabet).text.isEmpty());
}

TEST_CASE("OCR text becomes plate text", "[plates]")
{
    CHECK(plateTextFromOcr(QStringLiteral("鄂A·8LSO0")) == QStringLiteral("鄂A8LS00"));
    CHECK(plateTextFromOcr(QStringLiteral("鄂c-1j876")) == QStringLiteral("鄂C1J876"));
    CHECK(plateTextFromOcr(QStringLiteral("鄂L：2402警")) == QStringLiteral("鄂L2402警"));
    CHECK(plateTextFromOcr(QStringLiteral("粤Z 4549X")) == QStringLiteral("粤Z4549X"));
    // Position 2 keeps its letter O-less check to checkPlate (no digit mapping there).
    CHECK(plateTextFromOcr(QStringLiteral("京I12345")) == QStringLiteral("京I12345"));
    CHECK_FALSE(checkPlate(plateTextFromOcr(QStringLiteral("京I12345"))).valid);
}

TEST_CASE("plate colour from the background", "[plates]")
{
    auto plate = [](cv::Scalar background, cv::Scalar ink) {
        cv::Mat image(40, 140, CV_8UC3, background);
        for (int x = 10; x < 130; x += 16)
            cv::rectangle(image, cv::Rect(x, 8, 6, 24), ink, cv::FILLED);
        return image;
    };
    CHECK(plateColourKind(plate({160, 60, 20}, {255, 255, 255})) == QStringLiteral("blue"));
    CHECK(plateColourKind(plate({40, 200, 230}, {0, 0, 0})) == QStringLiteral("yellow"));
    CHECK(plateColourKind(plate({90, 200, 60}, {0, 0, 0})) == QStringLiteral("green"));
    CHECK(plateColourKind(plate({230, 230, 230}, {0, 0, 0})) == QStringLiteral("white"));
    // A dim white plate at night is still white: its background is the bright majority.
    CHECK(plateColourKind(plate({110, 110, 110}, {10, 10, 10})) == QStringLiteral("white"));
    CHECK(plateColourKind(plate({20, 20, 20}, {240, 240, 240})) == QStringLiteral("black"));
    CHECK(plateColourKind(cv::Mat()) == QStringLiteral("unknown"));
}

namespace {

// One OCR reading of a plate, as the reader hands it to the pass vote.
platereader::PlateRead plateReading(const char *text, double confidence, qint64 timestampUs)
{
    platereader::PlateRead r;
    r.text = QString::fromUtf8(text);
    r.confidence = confidence;
    r.timestampUs = timestampUs;
    return r;
}

} // namespace

TEST_CASE("a pass votes for the best-supported plate text", "[plates]")
{
    using platereader::PassVote;
    PassVote vote;
    CHECK_FALSE(vote.result());
    vote.add(plateReading("鄂A9L01Z", 0.5, 1));
    vote.add(plateReading("郭A9L01Z", 0.9, 2)); // no province: counts for less
    vote.add(plateReading("鄂A9L01Z", 0.7, 3));
    vote.add(plateReading("", 0.99, 4)); // ignored
    auto result = vote.result();
    REQUIRE(result);
    CHECK(result->best.text == QStringLiteral("鄂A9L01Z"));
    CHECK(result->votes == 2);
    CHECK(result->best.timestampUs == 3); // the best-confidence reading of the winner
    CHECK(result->confidence == Approx(0.6));
    CHECK(vote.reads() == 3);
    CHECK_FALSE(vote.settled());
    for (int i = 0; i < 3; ++i)
        vote.add(plateReading("鄂A9L01Z", 0.95, 10 + i));
    CHECK(vote.settled());
}

TEST_CASE("a reading without the province character supports the full text", "[plates]")
{
    using platereader::PassVote;
    PassVote vote;
    // A small plate: the province is not read, and two letters fit the military format.
    for (int i = 0; i < 4; ++i)
        vote.add(plateReading("AD09985", 0.93, i));
    CHECK_FALSE(vote.settled()); // no province yet: the nearer frames must still be read
    vote.add(plateReading("贵AD09985", 0.8, 10));
    auto result = vote.result();
    REQUIRE(result);
    CHECK(result->best.text == QStringLiteral("贵AD09985"));
    CHECK(result->votes == 5);
    CHECK(result->confidence == Approx((4 * 0.93 + 0.8) / 5));
    CHECK(result->best.timestampUs == 10);

    // Another province in front is not the same plate read partly: no support across them.
    PassVote other;
    other.add(plateReading("鄂A12345", 0.9, 1));
    other.add(plateReading("京B12345", 0.9, 3));
    other.add(plateReading("B12345", 0.9, 4)); // fits no format (0.3 each), supports 京B12345 only
    other.add(plateReading("B12345", 0.9, 5));
    result = other.result();
    REQUIRE(result);
    CHECK(result->best.text == QStringLiteral("京B12345"));
    CHECK(result->votes == 3);

    // The full text settles once it has its own confident readings.
    for (int i = 0; i < 3; ++i)
        vote.add(plateReading("贵AD09985", 0.95, 20 + i));
    CHECK(vote.settled());
}

TEST_CASE("plate reader settings name the field at fault", "[plates]")
{
    platereader::PlateReaderSettings settings;
    QString error;
    REQUIRE(platereader::parsePlateReaderSettings({}, &settings, &error));
    CHECK(settings.vehicleSource == platereader::VehicleSource::CenterNet);
    CHECK(settings.minConfidence == Approx(0.6));
    CHECK_FALSE(platereader::parsePlateReaderSettings(
        {{QStringLiteral("vehicleSource"), QStringLiteral("radar")}}, &settings, &error));
    CHECK(error.startsWith(QStringLiteral("vehicleSource")));
    const QJsonArray badLane{QJsonObject{{QStringLiteral("points"), QJsonArray{}}}};
    CHECK_FALSE(platereader::parsePlateReaderSettings({{QStringLiteral("lanes"), badLane}},
                                                      &settings, &error));
    CHECK(error.startsWith(QStringLiteral("lanes[0].points")));
}

TEST_CASE("the converted PP-OCRv4 recogniser loads and reads a drawn line", "[plates][models]")
{
    const QString dir = vision::modelDirectory();
    if (!test::requireModelFile(textRecognizerModelPath(dir)))
        return;
    QString error;
    auto recognizer = TextRecognizer::load(dir, &error);
    INFO(error.toStdString());
    REQUIRE(recognizer);
    // Latin digits and letters drawn with OpenCV's Hershey font (no CJK font needed here).
    cv::Mat line(48, 200, CV_8UC3, cv::Scalar(255, 255, 255));
    cv::putText(line, "A12345", cv::Point(8, 36), cv::FONT_HERSHEY_SIMPLEX, 1.2,
                cv::Scalar(0, 0, 0), 3, cv::LINE_AA);
    const TextReading reading = recognizer->read(line);
    CHECK(reading.text == QStringLiteral("A12345"));
    CHECK(reading.confidence > 0.5f);
}

TEST_CASE("plate reader plugin: manifest loads, agents refused with the field or file at fault",
          "[plates][plugin]")
{
    PluginHost host;
    host.scan({QStringLiteral(VIGIL_PLUGIN_BUILD_DIR)});
    const auto *manifest = host.manifest(QStringLiteral("org.vigil.platereader"));
    REQUIRE(manifest);
    QString error;
    // The schema refuses a second direction line, naming the field.
    const QJsonArray line{QJsonObject{
        {QStringLiteral("points"), QJsonArray{QJsonArray{0.1, 0.5}, QJsonArray{0.9, 0.5}}},
        {QStringLiteral("direction"), QStringLiteral("both")}}};
    auto agent =
        host.createAgent(QStringLiteral("org.vigil.platereader"),
                         {QStringLiteral("cam-1"),
                          QStringLiteral("Gate"),
                          {{QStringLiteral("directionLine"), QJsonArray{line[0], line[0]}}}},
                         &error);
    CHECK_FALSE(agent);
    CHECK(error.contains(QStringLiteral("directionLine")));

    const QByteArray saved = qgetenv("VIGIL_MODEL_DIR");
    qputenv("VIGIL_MODEL_DIR", "/nonexistent/vigil-models");
    agent = host.createAgent(QStringLiteral("org.vigil.platereader"),
                             {QStringLiteral("cam-1"), QStringLiteral("Gate"), {}}, &error);
    if (saved.isNull())
        qunsetenv("VIGIL_MODEL_DIR");
    else
        qputenv("VIGIL_MODEL_DIR", saved);
    CHECK_FALSE(agent);
    CHECK(error.contains(
        QStringLiteral("model missing: /nonexistent/vigil-models/ppocr-det-320.onnx; run "
                       "scripts/vigil.sh setup")));
}
