#pragma once
// swscale's spelling of a decoder's pixel format: the "J" formats (full-range YUV, as MJPEG and
// full-range H.264 decode to) are deprecated input formats to swscale, which wants the plain YUV
// format plus the source range set on the context. One pair of functions for every caller that
// hands decoded AVFrames to swscale (wall tiles, YUV frames, the analytics feed).
//
// Thread contract: pure functions; setSwsSourceRange() touches only the context it is given
// (used by one thread at a time, like any SwsContext).

extern "C" {
#include <libavutil/pixfmt.h>
}

struct SwsContext;

namespace vigil {

// AV_PIX_FMT_YUVJ420P/422P/444P/440P → AV_PIX_FMT_YUV420P/422P/444P/440P with *fullRange true;
// any other format unchanged with *fullRange false. `fullRange` may be null.
AVPixelFormat plainSwsFormat(int format, bool *fullRange = nullptr);

// Sets the source range of `sws` (full = JPEG range 0–255, else limited 16–235) when it differs,
// keeping its other colour details. A cached context (sws_getCachedContext) is reused for the
// plain and the "J" format alike, so call this for every frame: it costs one getter when the
// range is already right.
void setSwsSourceRange(SwsContext *sws, bool fullRange);

} // namespace vigil
