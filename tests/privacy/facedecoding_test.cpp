// BlazeFace anchor generation, box decoding and overlap suppression on synthetic tensors.
#include "vision/facedetector.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using namespace vigil::vision;

namespace {

float logit(float p)
{
    return std::log(p / (1 - p));
}

} // namespace

TEST_CASE("BlazeFace anchors: 16x16x2 then 8x8x6, centred on their cells", "[privacy][face]")
{
    const std::vector<FaceAnchor> anchors = blazeFaceAnchors();
    REQUIRE(anchors.size() == size_t(kBlazeFaceAnchorCount));
    // First block: stride 16 on 256 px, two anchors per cell, row-major.
    CHECK(anchors[0].cx == Approx(0.5 / 16));
    CHECK(anchors[1].cx == Approx(0.5 / 16));
    CHECK(anchors[2].cx == Approx(1.5 / 16));
    CHECK(anchors[2 * 16].cy == Approx(1.5 / 16)); // second row
    CHECK(anchors[511].cx == Approx(15.5 / 16));
    CHECK(anchors[511].cy == Approx(15.5 / 16));
    // Second block: stride 32, six anchors per cell.
    CHECK(anchors[512].cx == Approx(0.5 / 8));
    CHECK(anchors[512 + 5].cx == Approx(0.5 / 8));
    CHECK(anchors[512 + 6].cx == Approx(1.5 / 8));
    CHECK(anchors[512 + 6 * 8].cy == Approx(1.5 / 8));
    CHECK(anchors.back().cx == Approx(7.5 / 8));
}

TEST_CASE("BlazeFace decoding: anchor centre plus offsets in input pixels", "[privacy][face]")
{
    const std::vector<FaceAnchor> anchors = blazeFaceAnchors();
    std::vector<float> scores(anchors.size(), -10.0f); // sigmoid ≈ 0
    std::vector<float> regressors(anchors.size() * kBlazeFaceValuesPerAnchor, 0.0f);
    // A face near anchor 100 (stride-16 block: cell 50 → x = 2, y = 3).
    const size_t a = 100;
    scores[a] = logit(0.9f);
    regressors[a * 16 + 0] = 8;  // centre 8 px right of the anchor
    regressors[a * 16 + 1] = -4; // 4 px up
    regressors[a * 16 + 2] = 32; // 32 px wide
    regressors[a * 16 + 3] = 40; // 40 px high
    // A weak one that must be filtered by the threshold.
    scores[700] = logit(0.3f);
    regressors[700 * 16 + 2] = 20;
    regressors[700 * 16 + 3] = 20;

    const std::vector<FaceBox> boxes =
        decodeBlazeFace(scores.data(), regressors.data(), anchors, 256, 0.5f);
    REQUIRE(boxes.size() == 1);
    const float cx = anchors[a].cx + 8.0f / 256;
    const float cy = anchors[a].cy - 4.0f / 256;
    CHECK(anchors[a].cx == Approx(2.5 / 16));
    CHECK(anchors[a].cy == Approx(3.5 / 16));
    CHECK(boxes[0].score == Approx(0.9f));
    CHECK(boxes[0].box.x == Approx(cx - 16.0f / 256));
    CHECK(boxes[0].box.y == Approx(cy - 20.0f / 256));
    CHECK(boxes[0].box.width == Approx(32.0f / 256));
    CHECK(boxes[0].box.height == Approx(40.0f / 256));

    // Lowering the threshold lets the weak one through.
    CHECK(decodeBlazeFace(scores.data(), regressors.data(), anchors, 256, 0.25f).size() == 2);
}

TEST_CASE("BlazeFace overlap suppression keeps the best of each group", "[privacy][face]")
{
    std::vector<FaceBox> boxes = {
        {cv::Rect2f(0.10f, 0.10f, 0.2f, 0.2f), 0.7f},
        {cv::Rect2f(0.11f, 0.10f, 0.2f, 0.2f), 0.9f}, // same face, better
        {cv::Rect2f(0.60f, 0.60f, 0.2f, 0.2f), 0.6f}, // another face
    };
    const std::vector<FaceBox> kept = suppressOverlaps(boxes, 0.3f);
    REQUIRE(kept.size() == 2);
    CHECK(kept[0].score == Approx(0.9f));
    CHECK(kept[1].score == Approx(0.6f));
}
