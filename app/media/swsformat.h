#pragma once
// swscale's spelling of a decoder's pixel format: the "J" formats (full-range YUV, as MJPEG and
// some cameras' H.264 deliver) are deprecated input formats to swscale, which wants the plain YUV
// format instead (the range is then set with sws_setColorspaceDetails()). One function for every
// caller that hands decoded AVFrames to swscale.
//
// Thread contract: a pure function; any thread.

extern "C" {
#include <libavutil/pixfmt.h>
}

namespace vigil {

// AV_PIX_FMT_YUVJ420P/422P/444P → AV_PIX_FMT_YUV420P/422P/444P; any other format unchanged.
AVPixelFormat plainSwsFormat(int format);

} // namespace vigil
