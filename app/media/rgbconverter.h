#pragma once
// Converts decoded frames to RGB32 at a display size for the raster wall (DisplaySink).
//
// swscale's one-pass "scale + YUV→RGB" output runs a generic per-pixel path that costs several
// times the decoding of a sub stream (profile of session 15: 48 % of the ingest threads' samples
// in libswscale against 17 % in the decoder, 4 sub-stream tiles). Its unscaled 4:2:0 → RGB32
// converter is SIMD and about ten times cheaper per pixel, but only for an even height. So a
// yuv420p frame that needs scaling is scaled as YUV first (planar, SIMD vertical filter) into a
// reused buffer of even height, then converted unscaled; an odd target height is converted with
// the last luma row repeated into a destination that has one spare row, which the image does
// not show. Other formats keep the one-pass path.
//
// Two cheaper steps come first for yuv420p (session 16, figures in docs/performance.md): while the
// picture is at least twice the display size it is halved with a 2×2 mean (yuvhalve.h; 0.012 ms
// for 640×360 against 0.10 ms for swscale's downscale to 316×178), and a picture no more than a
// few pixels larger than the display size (at most 4 px or 1 % per dimension) is cropped
// centrally instead of scaled — 320×180 into a 316×178 tile, or a 1920×1080 main stream into a
// maximised 1916×1078 tile (0.79 ms against 3.4 ms for scale + convert).
//
// Thread contract: not thread-safe; owned and used by one thread at a time (the ingest thread of
// a DisplaySink).

#include <QSize>

extern "C" {
#include <libavutil/frame.h>
}

struct SwsContext;

namespace vigil {

class RgbConverter
{
public:
    RgbConverter() = default;
    ~RgbConverter();
    RgbConverter(const RgbConverter &) = delete;
    RgbConverter &operator=(const RgbConverter &) = delete;

    // Rows a destination of `height` rows must have room for (the spare row of an odd height).
    static int allocatedRows(int height) { return height + (height & 1); }
    // Bytes a destination row needs at least: the SIMD converter writes whole blocks of pixels,
    // up to the next multiple of 16 (64-byte aligned rows, as DisplaySink allocates, fit).
    static int minimumStride(int width) { return (width + 15) / 16 * 16 * 4; }

    // Writes `frame` scaled to `size` as RGB32 (B,G,R,255 in memory) into `dst`, which has
    // `dstStride` (≥ minimumStride(size.width())) bytes per row and
    // allocatedRows(size.height()) rows. Returns false when the stride is too small or swscale
    // refuses the formats or the sizes.
    bool convert(const AVFrame &frame, QSize size, uint8_t *dst, int dstStride);

    // How the last convert() went (tests, benches): the two-pass path (yuv420p that needed
    // resizing), how many times the picture was halved first, and whether it was then cropped
    // rather than scaled.
    bool lastWasTwoPass() const { return m_lastTwoPass; }
    int lastHalvings() const { return m_lastHalvings; }
    bool lastWasCropped() const { return m_lastCropped; }

    // Whether a `source` picture is shown at `target` by cropping (at most 4 px or 1 % of each
    // dimension) rather than scaling.
    static bool cropsTo(QSize source, QSize target);

private:
    // `format` is the frame's format without the J (full-range) variants; `fullRange` their range.
    bool convertOnePass(const AVFrame &frame, int format, bool fullRange, QSize size, uint8_t *dst,
                        int dstStride);
    bool convertTwoPass(const AVFrame &frame, bool fullRange, QSize size, uint8_t *dst,
                        int dstStride);
    // Unscaled conversion of the centre `size` of yuv420p `frame`; false when the rows do not fit.
    bool convertCropped(const AVFrame &frame, bool fullRange, QSize size, uint8_t *dst,
                        int dstStride);
    // Halves yuv420p `frame` while it is at least twice `size`; returns the picture to go on
    // with (`frame` itself when it was not halved).
    const AVFrame *halveWhileLarge(const AVFrame &frame, QSize size);

    struct Context
    {
        SwsContext *sws = nullptr;
        int srcW = 0, srcH = 0, srcFormat = -1, dstW = 0, dstH = 0, dstFormat = -1;
        bool fast = false;
    };
    // (Re)creates `ctx` when the key changed; false when swscale refuses.
    static bool ensure(Context &ctx, int srcW, int srcH, int srcFormat, int dstW, int dstH,
                       int dstFormat, bool fast);

    Context m_onePass;
    Context m_scale;   // yuv420p → yuv420p at the display size
    Context m_convert; // yuv420p → RGB32, unscaled
    AVFrame *m_mid = nullptr;
    static constexpr int kMaxHalvings = 4;
    AVFrame *m_halves[kMaxHalvings] = {};
    bool m_lastTwoPass = false;
    int m_lastHalvings = 0;
    bool m_lastCropped = false;
};

} // namespace vigil
