#include "media/yuvhalve.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace vigil {

bool canHalveYuv420(int width, int height)
{
    return width >= 4 && height >= 4 && width % 4 == 0 && height % 4 == 0;
}

void halvePlane(const uint8_t *src, int srcStride, int width, int height, uint8_t *dst,
                int dstStride)
{
    const int outWidth = width / 2;
    const int outHeight = height / 2;
    for (int row = 0; row < outHeight; ++row) {
        const uint8_t *top = src + 2 * row * srcStride;
        const uint8_t *bottom = top + srcStride;
        uint8_t *out = dst + row * dstStride;
        int x = 0;
#if defined(__SSE2__)
        // 16 outputs per step: add the even and odd bytes of both rows as 16-bit lanes.
        const __m128i lowBytes = _mm_set1_epi16(0x00ff);
        const __m128i two = _mm_set1_epi16(2);
        auto pairSums = [&](const uint8_t *a, const uint8_t *b) {
            const __m128i va = _mm_loadu_si128(reinterpret_cast<const __m128i *>(a));
            const __m128i vb = _mm_loadu_si128(reinterpret_cast<const __m128i *>(b));
            const __m128i sumA = _mm_add_epi16(_mm_and_si128(va, lowBytes), _mm_srli_epi16(va, 8));
            const __m128i sumB = _mm_add_epi16(_mm_and_si128(vb, lowBytes), _mm_srli_epi16(vb, 8));
            return _mm_srli_epi16(_mm_add_epi16(_mm_add_epi16(sumA, sumB), two), 2);
        };
        for (; x + 16 <= outWidth; x += 16) {
            const __m128i first = pairSums(top + 2 * x, bottom + 2 * x);
            const __m128i second = pairSums(top + 2 * x + 16, bottom + 2 * x + 16);
            _mm_storeu_si128(reinterpret_cast<__m128i *>(out + x), _mm_packus_epi16(first, second));
        }
#endif
        for (; x < outWidth; ++x)
            out[x] =
                uint8_t((top[2 * x] + top[2 * x + 1] + bottom[2 * x] + bottom[2 * x + 1] + 2) >> 2);
    }
}

void halveYuv420(const uint8_t *const src[3], const int srcLinesize[3], int width, int height,
                 uint8_t *const dst[3], const int dstLinesize[3])
{
    halvePlane(src[0], srcLinesize[0], width, height, dst[0], dstLinesize[0]);
    for (int plane = 1; plane < 3; ++plane)
        halvePlane(src[plane], srcLinesize[plane], width / 2, height / 2, dst[plane],
                   dstLinesize[plane]);
}

} // namespace vigil
