// Unit tests for vigil::tscode (app/media/timestampcode.h): round trip, robustness, rejection.
#include "media/timestampcode.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <vector>

using namespace vigil::tscode;

namespace {
struct Plane
{
    Plane(int w, int h, int padding = 0) : width(w), height(h), stride(w + padding)
    {
        data.assign(static_cast<std::size_t>(stride) * h, 0);
        // A busy background, so the code is not read from a blank picture by luck.
        std::mt19937 random(7);
        for (auto &pixel : data)
            pixel = static_cast<uint8_t>(random());
    }
    int width, height, stride;
    std::vector<uint8_t> data;
};
} // namespace

TEST_CASE("tscode round-trips on common frame sizes", "[tscode]")
{
    const uint64_t ms = 1'732'000'123'456ULL;
    for (auto [w, h] : {std::pair{320, 180}, {640, 360}, {1280, 720}, {1920, 1080}, {704, 576}}) {
        Plane plane(w, h, 32);
        stamp(plane.data.data(), plane.stride, w, h, ms + static_cast<uint64_t>(w));
        const auto read = vigil::tscode::read(plane.data.data(), plane.stride, w, h);
        INFO(w << "x" << h);
        REQUIRE(read.has_value());
        CHECK(*read == ms + static_cast<uint64_t>(w));
    }
}

TEST_CASE("tscode blocks are codec friendly", "[tscode]")
{
    CHECK(blockSize(320) == 8);
    CHECK(blockSize(640) == 16);
    CHECK(blockSize(1280) == 32);
    for (int w : {176, 320, 641, 1280, 3840})
        CHECK(blockSize(w) % 8 == 0);
}

TEST_CASE("tscode survives moderate noise on every pixel", "[tscode]")
{
    Plane plane(640, 360);
    const uint64_t ms = 1'700'000'000'001ULL;
    stamp(plane.data.data(), plane.stride, plane.width, plane.height, ms);
    std::mt19937 random(42);
    std::uniform_int_distribution<int> noise(-40, 40);
    for (auto &pixel : plane.data)
        pixel = static_cast<uint8_t>(std::clamp(int(pixel) + noise(random), 0, 255));
    const auto read = vigil::tscode::read(plane.data.data(), plane.stride, 640, 360);
    REQUIRE(read.has_value());
    CHECK(*read == ms);
}

TEST_CASE("tscode refuses damaged or absent codes instead of guessing", "[tscode]")
{
    const uint64_t ms = 1'700'000'000'002ULL;
    SECTION("no code at all")
    {
        Plane plane(640, 360);
        CHECK_FALSE(vigil::tscode::read(plane.data.data(), plane.stride, 640, 360).has_value());
        std::fill(plane.data.begin(), plane.data.end(), uint8_t{235});
        CHECK_FALSE(vigil::tscode::read(plane.data.data(), plane.stride, 640, 360).has_value());
    }
    SECTION("one flipped data bit is caught by the checksum")
    {
        const int side = blockSize(640);
        for (int bit : {8, 20, 40, 55}) {
            Plane plane(640, 360);
            stamp(plane.data.data(), plane.stride, 640, 360, ms);
            const int x0 = (bit % kColumns) * side;
            const int y0 = (bit / kColumns) * side;
            const uint8_t current = plane.data[static_cast<std::size_t>(y0) * plane.stride + x0];
            for (int y = y0; y < y0 + side; ++y)
                for (int x = x0; x < x0 + side; ++x)
                    plane.data[static_cast<std::size_t>(y) * plane.stride + x] =
                        current == kWhite ? kBlack : kWhite;
            INFO("bit " << bit);
            CHECK_FALSE(vigil::tscode::read(plane.data.data(), plane.stride, 640, 360).has_value());
        }
    }
    SECTION("a grey (ambiguous) block is rejected")
    {
        Plane plane(640, 360);
        stamp(plane.data.data(), plane.stride, 640, 360, ms);
        for (int y = 0; y < 16; ++y)
            for (int x = 16 * 10; x < 16 * 11; ++x)
                plane.data[static_cast<std::size_t>(y) * plane.stride + x] = 128;
        CHECK_FALSE(vigil::tscode::read(plane.data.data(), plane.stride, 640, 360).has_value());
    }
    SECTION("frames too small for the code are left alone")
    {
        Plane plane(176, 144);
        const auto before = plane.data;
        stamp(plane.data.data(), plane.stride, 176, 144, ms);
        CHECK(plane.data == before);
        CHECK_FALSE(vigil::tscode::read(plane.data.data(), plane.stride, 176, 144).has_value());
        CHECK_FALSE(vigil::tscode::read(nullptr, 640, 640, 360).has_value());
    }
}
