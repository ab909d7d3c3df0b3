#pragma once
// Halves a planar 4:2:0 picture in both directions with a 2×2 box filter (each output sample is
// the rounded mean of four input samples): the cheap first step of shrinking a picture to less
// than half its size for a small wall tile. swscale's downscalers read every source pixel
// through a generic filter (0.10 ms for 640×360 → 316×178 yuv420p, measured); a 2×2 mean is a
// few SIMD instructions per 16 output pixels, and it averages away the detail that a bilinear
// filter at that ratio would alias.
//
// Thread contract: pure functions, any thread.

#include <cstdint>

namespace vigil {

// Whether `width`×`height` 4:2:0 can be halved exactly (chroma included): both multiples of 4.
bool canHalveYuv420(int width, int height);

// Halves one plane: `dst` gets (width / 2)×(height / 2) samples. Any width and height ≥ 2.
void halvePlane(const uint8_t *src, int srcStride, int width, int height, uint8_t *dst,
                int dstStride);

// Halves a `width`×`height` yuv420p picture (canHalveYuv420 must hold) into `dst`, whose planes
// have room for (width / 2)×(height / 2).
void halveYuv420(const uint8_t *const src[3], const int srcLinesize[3], int width, int height,
                 uint8_t *const dst[3], const int dstLinesize[3]);

} // namespace vigil
