#include "media/rgbconverter.h"

#include "media/swsformat.h"
#include "media/yuvhalve.h"

#include <cstring>

extern "C" {
#include <libswscale/swscale.h>
}

namespace vigil {

namespace {

// Shrinking (every wall tile but a maximised one): the fast bilinear filter costs less and looks
// the same at tile size; enlarging keeps the smoother one.
bool shrinking(const AVFrame &frame, QSize size)
{
    return size.width() < frame.width && size.height() < frame.height;
}

// Makes `frame` a yuv420p frame of `width`×`height` with its own buffers; false when out of memory.
bool ensureYuv420Frame(AVFrame *&frame, int width, int height)
{
    if (frame && frame->width == width && frame->height == height)
        return true;
    av_frame_free(&frame);
    frame = av_frame_alloc();
    if (!frame)
        return false;
    frame->width = width;
    frame->height = height;
    frame->format = AV_PIX_FMT_YUV420P;
    if (av_frame_get_buffer(frame, 0) < 0) {
        av_frame_free(&frame);
        return false;
    }
    return true;
}

bool cropsDimension(int source, int target)
{
    const int excess = source - target;
    return excess >= 0 && excess <= qMax(4, source / 100);
}

} // namespace

RgbConverter::~RgbConverter()
{
    sws_freeContext(m_onePass.sws);
    sws_freeContext(m_scale.sws);
    sws_freeContext(m_convert.sws);
    av_frame_free(&m_mid);
    for (AVFrame *&half : m_halves)
        av_frame_free(&half);
}

bool RgbConverter::cropsTo(QSize source, QSize target)
{
    return !target.isEmpty() && cropsDimension(source.width(), target.width()) &&
           cropsDimension(source.height(), target.height());
}

bool RgbConverter::ensure(Context &ctx, int srcW, int srcH, int srcFormat, int dstW, int dstH,
                          int dstFormat, bool fast)
{
    if (ctx.sws && ctx.srcW == srcW && ctx.srcH == srcH && ctx.srcFormat == srcFormat &&
        ctx.dstW == dstW && ctx.dstH == dstH && ctx.dstFormat == dstFormat && ctx.fast == fast)
        return true;
    sws_freeContext(ctx.sws);
    ctx = Context{};
    ctx.sws =
        sws_getContext(srcW, srcH, AVPixelFormat(srcFormat), dstW, dstH, AVPixelFormat(dstFormat),
                       fast ? SWS_FAST_BILINEAR : SWS_BILINEAR, nullptr, nullptr, nullptr);
    if (!ctx.sws)
        return false;
    ctx.srcW = srcW;
    ctx.srcH = srcH;
    ctx.srcFormat = srcFormat;
    ctx.dstW = dstW;
    ctx.dstH = dstH;
    ctx.dstFormat = dstFormat;
    ctx.fast = fast;
    return true;
}

bool RgbConverter::convert(const AVFrame &frame, QSize size, uint8_t *dst, int dstStride)
{
    if (size.isEmpty() || dstStride < minimumStride(size.width()))
        return false;
    bool fullRange = false;
    const AVPixelFormat format = plainSwsFormat(frame.format, &fullRange);
    const bool scaling = size != QSize(frame.width, frame.height);
    m_lastTwoPass = scaling && format == AV_PIX_FMT_YUV420P;
    m_lastHalvings = 0;
    m_lastCropped = false;
    if (!m_lastTwoPass)
        return convertOnePass(frame, format, fullRange, size, dst, dstStride);
    const AVFrame *source = halveWhileLarge(frame, size);
    if (cropsTo(QSize(source->width, source->height), size) &&
        convertCropped(*source, fullRange, size, dst, dstStride)) {
        m_lastCropped = true;
        return true;
    }
    return convertTwoPass(*source, fullRange, size, dst, dstStride);
}

const AVFrame *RgbConverter::halveWhileLarge(const AVFrame &frame, QSize size)
{
    const AVFrame *source = &frame;
    while (m_lastHalvings < kMaxHalvings && 2 * size.width() <= source->width &&
           2 * size.height() <= source->height && canHalveYuv420(source->width, source->height)) {
        AVFrame *&half = m_halves[m_lastHalvings];
        if (!ensureYuv420Frame(half, source->width / 2, source->height / 2))
            break;
        halveYuv420(source->data, source->linesize, source->width, source->height, half->data,
                    half->linesize);
        source = half;
        ++m_lastHalvings;
    }
    return source;
}

bool RgbConverter::convertCropped(const AVFrame &frame, bool fullRange, QSize size, uint8_t *dst,
                                  int dstStride)
{
    const int width = size.width();
    const int rows = allocatedRows(size.height()); // an odd height converts one real spare row
    // Even offsets keep the chroma samples aligned with their luma.
    const int left = ((frame.width - width) / 2) & ~1;
    const int top = ((frame.height - size.height()) / 2) & ~1;
    if (top + rows > frame.height)
        return false;
    if (!ensure(m_convert, width, rows, AV_PIX_FMT_YUV420P, width, rows, AV_PIX_FMT_RGB32, false))
        return false;
    const uint8_t *planes[3] = {
        frame.data[0] + qsizetype(top) * frame.linesize[0] + left,
        frame.data[1] + qsizetype(top / 2) * frame.linesize[1] + left / 2,
        frame.data[2] + qsizetype(top / 2) * frame.linesize[2] + left / 2,
    };
    setSwsSourceRange(m_convert.sws, fullRange);
    uint8_t *out[4] = {dst, nullptr, nullptr, nullptr};
    int strides[4] = {dstStride, 0, 0, 0};
    return sws_scale(m_convert.sws, planes, frame.linesize, 0, rows, out, strides) > 0;
}

bool RgbConverter::convertOnePass(const AVFrame &frame, int format, bool fullRange, QSize size,
                                  uint8_t *dst, int dstStride)
{
    if (!ensure(m_onePass, frame.width, frame.height, format, size.width(), size.height(),
                AV_PIX_FMT_RGB32, shrinking(frame, size)))
        return false;
    setSwsSourceRange(m_onePass.sws, fullRange);
    uint8_t *planes[4] = {dst, nullptr, nullptr, nullptr};
    int strides[4] = {dstStride, 0, 0, 0};
    return sws_scale(m_onePass.sws, frame.data, frame.linesize, 0, frame.height, planes, strides) >
           0;
}

bool RgbConverter::convertTwoPass(const AVFrame &frame, bool fullRange, QSize size, uint8_t *dst,
                                  int dstStride)
{
    const int width = size.width();
    const int height = size.height();
    const int evenHeight = allocatedRows(height);
    // Pass 1 leaves the range alone (limited → limited is no conversion), pass 2 applies it.
    if (!ensure(m_scale, frame.width, frame.height, AV_PIX_FMT_YUV420P, width, height,
                AV_PIX_FMT_YUV420P, shrinking(frame, size)) ||
        !ensure(m_convert, width, evenHeight, AV_PIX_FMT_YUV420P, width, evenHeight,
                AV_PIX_FMT_RGB32, false))
        return false;
    if (!ensureYuv420Frame(m_mid, width, evenHeight))
        return false;
    if (sws_scale(m_scale.sws, frame.data, frame.linesize, 0, frame.height, m_mid->data,
                  m_mid->linesize) <= 0)
        return false;
    if (evenHeight != height) // odd: the spare luma row repeats the last (chroma has its row)
        std::memcpy(m_mid->data[0] + qsizetype(height) * m_mid->linesize[0],
                    m_mid->data[0] + qsizetype(height - 1) * m_mid->linesize[0], size_t(width));
    setSwsSourceRange(m_convert.sws, fullRange);
    uint8_t *planes[4] = {dst, nullptr, nullptr, nullptr};
    int strides[4] = {dstStride, 0, 0, 0};
    return sws_scale(m_convert.sws, m_mid->data, m_mid->linesize, 0, evenHeight, planes, strides) >
           0;
}

} // namespace vigil
