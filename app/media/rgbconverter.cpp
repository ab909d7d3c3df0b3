#include "media/rgbconverter.h"

#include "media/swsformat.h"

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

} // namespace

RgbConverter::~RgbConverter()
{
    sws_freeContext(m_onePass.sws);
    sws_freeContext(m_scale.sws);
    sws_freeContext(m_convert.sws);
    av_frame_free(&m_mid);
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
    if (m_lastTwoPass)
        return convertTwoPass(frame, fullRange, size, dst, dstStride);
    return convertOnePass(frame, format, fullRange, size, dst, dstStride);
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
    if (!m_mid || m_mid->width != width || m_mid->height != evenHeight) {
        av_frame_free(&m_mid);
        m_mid = av_frame_alloc();
        if (!m_mid)
            return false;
        m_mid->width = width;
        m_mid->height = evenHeight;
        m_mid->format = AV_PIX_FMT_YUV420P;
        if (av_frame_get_buffer(m_mid, 0) < 0) {
            av_frame_free(&m_mid);
            return false;
        }
    }
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
