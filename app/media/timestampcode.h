#pragma once
// Machine-readable capture timestamp burnt into the luma (Y) plane of a video frame.
// vigil-camsim stamps it; the client reads it back to measure glass-to-glass latency.
// Header-only, pure C++17: no Qt, no GStreamer.
//
// Thread contract: stateless free functions; any thread, calls may overlap freely.
//
// Layout: kRows x kColumns square blocks in the top-left corner, row-major, MSB first.
// Block side = max(8, width / 40 rounded down to a multiple of 8), so blocks line up with the
// 8x8 / 16x16 transform grid of H.264/H.265 and survive lossy compression.
// 64 bits: 8-bit sync pattern | 48-bit milliseconds since the Unix epoch | CRC-8 of the 6 time
// bytes. A bit is a black (luma 16) or white (luma 235) block. The reader samples the inner half
// of every block; an ambiguous block, a wrong sync or a wrong CRC gives nullopt, never a wrong
// time.

#include <cstddef>
#include <cstdint>
#include <optional>

namespace vigil::tscode {

inline constexpr int kColumns = 32;
inline constexpr int kRows = 2;
inline constexpr int kBits = kColumns * kRows;
inline constexpr uint8_t kSync = 0xB2;
inline constexpr uint8_t kBlack = 16;
inline constexpr uint8_t kWhite = 235;
inline constexpr uint64_t kTimeMask = (uint64_t{1} << 48) - 1;

// Side of one block in pixels for a frame of this width.
inline int blockSize(int width)
{
    const int side = (width / 40) / 8 * 8;
    return side < 8 ? 8 : side;
}

// Whether the code fits into a frame of this size.
inline bool fits(int width, int height)
{
    const int side = blockSize(width);
    return width > 0 && height > 0 && side * kColumns <= width && side * kRows <= height;
}

inline uint8_t crc8(const uint8_t *data, std::size_t size)
{
    uint8_t crc = 0;
    for (std::size_t i = 0; i < size; ++i) {
        crc ^= data[i];
        for (int bit = 0; bit < 8; ++bit)
            crc = static_cast<uint8_t>((crc & 0x80) ? (crc << 1) ^ 0x07 : crc << 1);
    }
    return crc;
}

namespace detail {
inline uint64_t compose(uint64_t ms)
{
    const uint64_t time = ms & kTimeMask;
    uint8_t bytes[6];
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<uint8_t>(time >> (8 * (5 - i)));
    return (uint64_t{kSync} << 56) | (time << 8) | crc8(bytes, 6);
}
} // namespace detail

// Writes the code for msSinceEpoch into the Y plane. Does nothing if the frame is too small.
inline void stamp(uint8_t *yPlane, int stride, int width, int height, uint64_t msSinceEpoch)
{
    if (!yPlane || !fits(width, height) || stride < width)
        return;
    const int side = blockSize(width);
    const uint64_t word = detail::compose(msSinceEpoch);
    for (int index = 0; index < kBits; ++index) {
        const bool one = (word >> (kBits - 1 - index)) & 1U;
        const int x0 = (index % kColumns) * side;
        const int y0 = (index / kColumns) * side;
        for (int y = y0; y < y0 + side; ++y) {
            uint8_t *row = yPlane + static_cast<std::ptrdiff_t>(y) * stride;
            for (int x = x0; x < x0 + side; ++x)
                row[x] = one ? kWhite : kBlack;
        }
    }
}

// Reads the code back; nullopt when no valid code is present.
inline std::optional<uint64_t> read(const uint8_t *yPlane, int stride, int width, int height)
{
    if (!yPlane || !fits(width, height) || stride < width)
        return std::nullopt;
    const int side = blockSize(width);
    const int margin = side / 4;
    uint64_t word = 0;
    for (int index = 0; index < kBits; ++index) {
        const int x0 = (index % kColumns) * side + margin;
        const int y0 = (index / kColumns) * side + margin;
        unsigned sum = 0;
        unsigned count = 0;
        for (int y = y0; y < y0 + side - 2 * margin; ++y) {
            const uint8_t *row = yPlane + static_cast<std::ptrdiff_t>(y) * stride;
            for (int x = x0; x < x0 + side - 2 * margin; ++x) {
                sum += row[x];
                ++count;
            }
        }
        const unsigned mean = sum / count;
        if (mean > 96 && mean < 160) // neither clearly black nor clearly white
            return std::nullopt;
        word = (word << 1) | (mean >= 160 ? 1U : 0U);
    }
    if ((word >> 56) != kSync)
        return std::nullopt;
    const uint64_t time = (word >> 8) & kTimeMask;
    if (detail::compose(time) != word)
        return std::nullopt;
    return time;
}

} // namespace vigil::tscode
