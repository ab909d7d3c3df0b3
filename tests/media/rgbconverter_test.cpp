#include "media/rgbconverter.h"
#include "media/yuvhalve.h"

#include <catch2/catch.hpp>

extern "C" {
#include <libavutil/frame.h>
#include <libswscale/swscale.h>
}

#include <QSize>

#include <cstdlib>
#include <cstring>
#include <vector>

using vigil::RgbConverter;

namespace {

struct Yuv
{
    uint8_t y, u, v;
};

// A frame whose top half is `top` and bottom half `bottom` (4:2:0, `format` 8-bit).
AVFrame *makeSplitFrame(int width, int height, Yuv top, Yuv bottom,
                        AVPixelFormat format = AV_PIX_FMT_YUV420P)
{
    AVFrame *frame = av_frame_alloc();
    frame->width = width;
    frame->height = height;
    frame->format = format;
    REQUIRE(av_frame_get_buffer(frame, 0) == 0);
    for (int row = 0; row < height; ++row)
        std::memset(frame->data[0] + row * frame->linesize[0], row < height / 2 ? top.y : bottom.y,
                    size_t(width));
    for (int row = 0; row < height / 2; ++row) {
        const Yuv &c = row < height / 4 ? top : bottom;
        std::memset(frame->data[1] + row * frame->linesize[1], c.u, size_t(width / 2));
        std::memset(frame->data[2] + row * frame->linesize[2], c.v, size_t(width / 2));
    }
    return frame;
}

struct Rgb
{
    int r, g, b;
};

Rgb pixelAt(const std::vector<uint8_t> &image, int stride, int x, int y)
{
    const uint8_t *p = image.data() + size_t(y) * size_t(stride) + size_t(x) * 4; // B,G,R,A
    return {p[2], p[1], p[0]};
}

bool close(Rgb a, Rgb b, int tolerance)
{
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance &&
           std::abs(a.b - b.b) <= tolerance;
}

// The one-pass swscale result (the path before the two-pass converter) as the reference.
std::vector<uint8_t> onePassReference(const AVFrame &frame, QSize size, int stride)
{
    std::vector<uint8_t> out(size_t(stride) * size_t(size.height()));
    SwsContext *sws =
        sws_getContext(frame.width, frame.height, AV_PIX_FMT_YUV420P, size.width(), size.height(),
                       AV_PIX_FMT_RGB32, SWS_BILINEAR, nullptr, nullptr, nullptr);
    REQUIRE(sws);
    uint8_t *planes[4] = {out.data(), nullptr, nullptr, nullptr};
    int strides[4] = {stride, 0, 0, 0};
    sws_scale(sws, frame.data, frame.linesize, 0, frame.height, planes, strides);
    sws_freeContext(sws);
    return out;
}

} // namespace

TEST_CASE("RgbConverter scales yuv420p in two passes with the one-pass colours", "[media][display]")
{
    // BT.601 limited range: red on top, blue below.
    AVFrame *frame = makeSplitFrame(640, 360, {81, 90, 240}, {41, 240, 110});
    // An odd height (the spare-row case), once shrinking and once enlarging.
    const QSize size = GENERATE(QSize(301, 169), QSize(955, 537), QSize(320, 180));
    const int stride = RgbConverter::minimumStride(size.width());
    const int rows = RgbConverter::allocatedRows(size.height());
    CHECK(rows % 2 == 0);
    CHECK(rows - size.height() <= 1);
    // One guard row below the allocated rows must stay untouched.
    std::vector<uint8_t> image(size_t(stride) * size_t(rows + 1), 0xab);

    RgbConverter converter;
    REQUIRE(converter.convert(*frame, size, image.data(), stride));
    CHECK(converter.lastWasTwoPass());
    const std::vector<uint8_t> reference = onePassReference(*frame, size, stride);

    const int x = size.width() / 2;
    const Rgb top = pixelAt(image, stride, x, 2);
    const Rgb bottom = pixelAt(image, stride, x, size.height() - 1); // the last visible row
    CHECK(top.r > 230);
    CHECK(top.g < 25);
    CHECK(top.b < 25);
    CHECK(bottom.b > 200);
    CHECK(bottom.r < 40);
    CHECK(close(top, pixelAt(reference, stride, x, 2), 6));
    CHECK(close(bottom, pixelAt(reference, stride, x, size.height() - 1), 6));
    CHECK(image[size_t(stride) * size_t(rows) + 5] == 0xab);
    CHECK(image[size_t(stride) * size_t(rows + 1) - 1] == 0xab);
    av_frame_free(&frame);
}

TEST_CASE("RgbConverter keeps the one-pass path when nothing is scaled", "[media][display]")
{
    AVFrame *frame = makeSplitFrame(64, 36, {126, 128, 128}, {126, 128, 128});
    std::vector<uint8_t> image(size_t(64 * 4) * 36);
    RgbConverter converter;
    CHECK_FALSE(converter.convert(*frame, QSize(60, 36), image.data(), 60 * 4)); // stride short
    REQUIRE(converter.convert(*frame, QSize(64, 36), image.data(), 64 * 4));
    CHECK_FALSE(converter.lastWasTwoPass());
    const Rgb grey = pixelAt(image, 64 * 4, 10, 10);
    CHECK(close(grey, {128, 128, 128}, 4));
    av_frame_free(&frame);
}

TEST_CASE("RgbConverter applies full range to yuvj420p in the two-pass path", "[media][display]")
{
    // Y=16 is black in limited range but dark grey (16) in full range.
    AVFrame *frame = makeSplitFrame(640, 360, {16, 128, 128}, {235, 128, 128}, AV_PIX_FMT_YUVJ420P);
    const QSize size(301, 169);
    const int stride = RgbConverter::minimumStride(size.width());
    std::vector<uint8_t> image(size_t(stride) * size_t(RgbConverter::allocatedRows(size.height())));
    RgbConverter converter;
    REQUIRE(converter.convert(*frame, size, image.data(), stride));
    CHECK(converter.lastWasTwoPass());
    CHECK(close(pixelAt(image, stride, 150, 5), {16, 16, 16}, 3));
    CHECK(close(pixelAt(image, stride, 150, 165), {235, 235, 235}, 3));
    av_frame_free(&frame);
}

TEST_CASE("halvePlane gives the rounded mean of each 2x2 block", "[media][display]")
{
    // Widths around the 32-byte SIMD step exercise both the vector loop and the scalar tail.
    const int width = GENERATE(2, 30, 32, 34, 66, 100);
    const int height = 6;
    const int srcStride = width + 7;
    const int dstStride = width / 2 + 3;
    std::vector<uint8_t> src(size_t(srcStride) * height);
    unsigned seed = 12345;
    for (uint8_t &value : src) {
        seed = seed * 1103515245u + 12345u;
        value = uint8_t(seed >> 16);
    }
    std::vector<uint8_t> dst(size_t(dstStride) * (height / 2), 0xcd);
    vigil::halvePlane(src.data(), srcStride, width, height, dst.data(), dstStride);
    int mismatches = 0;
    for (int y = 0; y < height / 2; ++y) {
        for (int x = 0; x < width / 2; ++x) {
            const uint8_t *a = src.data() + 2 * y * srcStride + 2 * x;
            const int expected = (a[0] + a[1] + a[srcStride] + a[srcStride + 1] + 2) / 4;
            mismatches += dst[size_t(y * dstStride + x)] != expected;
        }
        // Padding past the output width is not written.
        for (int x = width / 2; x < dstStride; ++x)
            mismatches += dst[size_t(y * dstStride + x)] != 0xcd;
    }
    CHECK(mismatches == 0);
}

TEST_CASE("RgbConverter halves a picture at least twice the display size", "[media][display]")
{
    AVFrame *frame = makeSplitFrame(1280, 720, {81, 90, 240}, {41, 240, 110});
    const QSize size = GENERATE(QSize(316, 178), QSize(301, 169), QSize(640, 360));
    const int stride = RgbConverter::minimumStride(size.width());
    std::vector<uint8_t> image(size_t(stride) * size_t(RgbConverter::allocatedRows(size.height())));
    RgbConverter converter;
    REQUIRE(converter.convert(*frame, size, image.data(), stride));
    CHECK(converter.lastWasTwoPass());
    CHECK(converter.lastHalvings() == (size.width() * 4 <= 1280 ? 2 : 1));
    // 316×178 is 4 px narrower than 320×180: cropped; 301×169 is scaled; 640×360 exact.
    CHECK(converter.lastWasCropped() == (size.width() != 301));
    const std::vector<uint8_t> reference = onePassReference(*frame, size, stride);
    const int x = size.width() / 2;
    // Away from the colour edge in the middle, where the filters differ.
    for (int y : {2, size.height() / 4, size.height() * 3 / 4, size.height() - 1})
        CHECK(close(pixelAt(image, stride, x, y), pixelAt(reference, stride, x, y), 6));
    av_frame_free(&frame);
}

TEST_CASE("RgbConverter crops a picture a few pixels larger than the display size",
          "[media][display]")
{
    // Columns of distinct luma, so a shifted or scaled picture shows.
    AVFrame *frame = makeSplitFrame(320, 180, {126, 128, 128}, {126, 128, 128});
    for (int row = 0; row < 180; ++row)
        for (int col = 0; col < 320; ++col)
            frame->data[0][row * frame->linesize[0] + col] = uint8_t(16 + (col * 7 + row) % 200);
    const QSize full(320, 180);
    const int fullStride = RgbConverter::minimumStride(full.width());
    std::vector<uint8_t> unscaled(size_t(fullStride) * 180);
    RgbConverter reference;
    REQUIRE(reference.convert(*frame, full, unscaled.data(), fullStride));

    const QSize size(316, 177); // odd: the converter fills the spare row from the picture
    const int stride = RgbConverter::minimumStride(size.width());
    std::vector<uint8_t> image(size_t(stride) * size_t(RgbConverter::allocatedRows(size.height())));
    RgbConverter converter;
    REQUIRE(converter.convert(*frame, size, image.data(), stride));
    CHECK(converter.lastWasCropped());
    CHECK(converter.lastHalvings() == 0);
    int mismatches = 0;
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            mismatches +=
                !close(pixelAt(image, stride, x, y), pixelAt(unscaled, fullStride, x + 2, y), 0);
    CHECK(mismatches == 0);

    // More than 4 px / 1 % off is scaled, not cropped.
    CHECK(RgbConverter::cropsTo(QSize(1920, 1080), QSize(1901, 1070)));
    CHECK_FALSE(RgbConverter::cropsTo(QSize(1920, 1080), QSize(1900, 1070)));
    CHECK_FALSE(RgbConverter::cropsTo(QSize(320, 180), QSize(315, 180)));
    CHECK_FALSE(RgbConverter::cropsTo(QSize(320, 180), QSize(321, 180)));
    const QSize scaled(300, 170);
    std::vector<uint8_t> other(size_t(RgbConverter::minimumStride(300)) * 170);
    REQUIRE(converter.convert(*frame, scaled, other.data(), RgbConverter::minimumStride(300)));
    CHECK_FALSE(converter.lastWasCropped());
    av_frame_free(&frame);
}
