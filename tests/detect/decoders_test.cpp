// Post-processing of raw network outputs on synthetic tensors: CenterNet peak search and box
// sizes, YOLOv5/YOLOv8 layouts with non-maximum suppression, and a stub YOLO model end to end.
#include "detectoragent.h"
#include "vision/decoders.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace vigil;
using namespace vigil::detector;
using namespace vigil::vision;

namespace {

cv::Mat tensor(std::initializer_list<int> shape)
{
    const std::vector<int> sizes(shape);
    return cv::Mat(int(sizes.size()), sizes.data(), CV_32F, cv::Scalar(0));
}

float &at4(cv::Mat &m, int c, int y, int x)
{
    return m.ptr<float>()[(size_t(c) * m.size[2] + y) * m.size[3] + x];
}

} // namespace

TEST_CASE("CenterNet: one detection per local maximum, boxes from the size maps",
          "[detect][decode]")
{
    cv::Mat heat = tensor({1, 80, 20, 20});
    cv::Mat sizes = tensor({1, 4, 20, 20});
    // A person blob peaking at (5, 6) with a lower shoulder around it.
    for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx)
            at4(heat, 0, 6 + dy, 5 + dx) = 0.5f;
    at4(heat, 0, 6, 5) = 0.9f;
    at4(sizes, 0, 6, 5) = 4;  // left
    at4(sizes, 1, 6, 5) = 10; // top
    at4(sizes, 2, 6, 5) = 6;  // right
    at4(sizes, 3, 6, 5) = 12; // bottom
    // A car (class 2) as a flat 2-cell plateau: must give ONE detection.
    at4(heat, 2, 15, 10) = 0.7f;
    at4(heat, 2, 15, 11) = 0.7f;
    for (int side = 0; side < 4; ++side) {
        at4(sizes, side, 15, 10) = 8;
        at4(sizes, side, 15, 11) = 8;
    }
    // Below threshold, and a class that is not wanted.
    at4(heat, 0, 18, 18) = 0.2f;
    at4(heat, 30, 2, 2) = 0.95f;
    for (int side = 0; side < 4; ++side)
        at4(sizes, side, 2, 2) = 3;

    std::vector<bool> wanted(80, false);
    wanted[0] = wanted[2] = true;
    auto found = decodeCenterNet(heat, sizes, 4.f, 0.4f, wanted);
    std::sort(found.begin(), found.end(),
              [](const RawDetection &a, const RawDetection &b) { return a.score > b.score; });
    REQUIRE(found.size() == 2);
    CHECK(found[0].classIndex == 0);
    CHECK(found[0].score == Approx(0.9f));
    // centre (5*4, 6*4) = (20, 24); box from x 16..26, y 14..36
    CHECK(found[0].box.x == Approx(16));
    CHECK(found[0].box.y == Approx(14));
    CHECK(found[0].box.width == Approx(10));
    CHECK(found[0].box.height == Approx(22));
    CHECK(found[1].classIndex == 2);
    CHECK(found[1].box.x == Approx(32)); // the first cell of the plateau: 10 * 4 - 8

    // Every class when `wanted` is empty: the class-30 peak appears too.
    CHECK(decodeCenterNet(heat, sizes, 4.f, 0.4f).size() == 3);
    CHECK(cocoClassName(0) == QLatin1String("person"));
    CHECK(cocoClassName(7) == QLatin1String("truck"));
    CHECK(cocoClassName(30).isEmpty());
}

TEST_CASE("nested same-class boxes keep only the best one", "[detect][decode]")
{
    const std::vector<RawDetection> input{
        {cv::Rect2f(300, 170, 20, 60), 0, 0.35f},  // upper body
        {cv::Rect2f(298, 165, 28, 100), 0, 0.34f}, // the whole person: contains the first
        {cv::Rect2f(305, 175, 15, 50), 2, 0.30f},  // another class inside: kept
        {cv::Rect2f(315, 170, 20, 60), 0, 0.50f},  // a neighbour overlapping by half: kept
    };
    const auto kept = suppressNested(input, 0.8f);
    REQUIRE(kept.size() == 3);
    CHECK(kept[0].score == Approx(0.50f));
    CHECK(kept[1].score == Approx(0.35f));
    CHECK(kept[2].classIndex == 2);
}

TEST_CASE("YOLOv5 layout [1,N,85]: objectness x class score, NMS per class", "[detect][decode]")
{
    cv::Mat out = tensor({1, 100, 85}); // N > K: one row per candidate
    auto row = [&](int r, float cx, float cy, float w, float h, float obj, int cls, float p) {
        float *v = out.ptr<float>() + size_t(r) * 85;
        v[0] = cx, v[1] = cy, v[2] = w, v[3] = h, v[4] = obj, v[5 + cls] = p;
    };
    row(0, 100, 100, 40, 80, 0.9f, 0, 0.9f);  // person
    row(1, 102, 101, 40, 80, 0.9f, 0, 0.8f);  // the same person again: suppressed
    row(2, 101, 100, 40, 80, 0.9f, 2, 0.85f); // a car on the same spot: other class, kept
    row(3, 300, 200, 20, 20, 0.3f, 0, 0.99f); // low objectness: dropped
    std::vector<RawDetection> found;
    QString error;
    REQUIRE(decodeYolo(out, 0.4f, 0.45f, &found, &error));
    REQUIRE(found.size() == 2);
    std::sort(found.begin(), found.end(), [](const RawDetection &a, const RawDetection &b) {
        return a.classIndex < b.classIndex;
    });
    CHECK(found[0].classIndex == 0);
    CHECK(found[0].score == Approx(0.81f));
    CHECK(found[0].box.x == Approx(80));
    CHECK(found[0].box.y == Approx(60));
    CHECK(found[0].box.width == Approx(40));
    CHECK(found[1].classIndex == 2);
}

TEST_CASE("YOLOv8 layout [1,84,N]: no objectness, transposed", "[detect][decode]")
{
    const int n = 200;
    cv::Mat out = tensor({1, 84, n});
    auto set = [&](int k, int i, float v) { out.ptr<float>()[size_t(k) * n + i] = v; };
    // candidate 7: a bus at (320, 160) size 100x50
    set(0, 7, 320), set(1, 7, 160), set(2, 7, 100), set(3, 7, 50), set(4 + 5, 7, 0.75f);
    // candidate 8: weak
    set(0, 8, 10), set(1, 8, 10), set(2, 8, 5), set(3, 8, 5), set(4 + 0, 8, 0.1f);
    std::vector<RawDetection> found;
    QString error;
    REQUIRE(decodeYolo(out, 0.4f, 0.45f, &found, &error));
    REQUIRE(found.size() == 1);
    CHECK(found[0].classIndex == 5);
    CHECK(found[0].score == Approx(0.75f));
    CHECK(found[0].box.x == Approx(270));
    CHECK(found[0].box.y == Approx(135));
    CHECK(found[0].box.height == Approx(50));

    cv::Mat bad = tensor({1, 4, 3}); // K=4 -> no class scores in either layout
    CHECK_FALSE(decodeYolo(bad, 0.4f, 0.45f, &found, &error));
    CHECK(error.contains(QLatin1String("too few values")));
    cv::Mat flat(1, 10, CV_32F, cv::Scalar(0));
    CHECK_FALSE(decodeYolo(flat, 0.4f, 0.45f, &found, &error));
    CHECK(error.contains(QLatin1String("[1,N,K]")));
}

TEST_CASE("a custom YOLOv8-style ONNX model runs letterboxed and maps boxes back to the picture",
          "[detect][decode]")
{
    // data/yolo_stub.onnx (data/make_yolo_stub.py) always answers one person at centre
    // (160, 160), 64x32 input pixels. A 640x360 picture is scaled by 0.5 and padded by 70 rows
    // at the top, so the box is x 256..384, y 148..212 in the picture.
    const QByteArray saved = qgetenv("VIGIL_DETECTOR_MODEL");
    qputenv("VIGIL_DETECTOR_MODEL", VIGIL_DETECT_TEST_DATA "/yolo_stub.onnx");
    QString error;
    auto agent = DetectorAgent::create(
        {{QStringLiteral("model"), QStringLiteral("custom")},
         {QStringLiteral("motionGate"), QStringLiteral("off")},
         {QStringLiteral("alertClasses"), QJsonArray{QStringLiteral("person")}}},
        QStringLiteral("/nonexistent"), &error);
    if (saved.isNull())
        qunsetenv("VIGIL_DETECTOR_MODEL");
    else
        qputenv("VIGIL_DETECTOR_MODEL", saved);
    INFO(error.toStdString());
    REQUIRE(agent);

    cv::Mat picture(360, 640, CV_8UC3, cv::Scalar(40, 80, 120));
    FrameView view;
    view.width = 640;
    view.height = 360;
    view.format = PixelFormat::Bgr24;
    view.planes[0] = {picture.data, int(picture.step)};
    FrameResult result;
    QList<AnalyticsEvent> events;
    for (int i = 0; i < 3; ++i) {
        view.timestampUs = i * 200'000;
        result = agent->processFrame(view);
        events += result.events;
    }
    REQUIRE(result.objects.size() == 1); // a hundred identical candidates, one after suppression
    const ObjectMetadata &person = result.objects.first();
    CHECK(person.classId == QLatin1String("person"));
    CHECK(person.trackId > 0);
    CHECK(person.confidence == Approx(0.9));
    CHECK(person.box.x == Approx(256.0 / 640).margin(0.005));
    CHECK(person.box.y == Approx(148.0 / 360).margin(0.005));
    CHECK(person.box.width == Approx(128.0 / 640).margin(0.005));
    CHECK(person.box.height == Approx(64.0 / 360).margin(0.005));
    // The new track raised one objectDetected event carrying the inference time.
    REQUIRE(events.size() == 1);
    CHECK(events.first().typeId == QLatin1String("objectDetected"));
    CHECK(events.first().details.value(QStringLiteral("trackId")).toInteger() == person.trackId);
    CHECK(events.first().details.value(QStringLiteral("inferenceMs")).toDouble() > 0);
}
