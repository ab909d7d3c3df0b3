#include "media/yuvframe.h"

#include "media/swsformat.h"

extern "C" {
#include <libavutil/frame.h>
#include <libavutil/pixfmt.h>
#include <libswscale/swscale.h>
}

namespace vigil {

namespace {

struct FormatTraits
{
    int shiftX = 0;
    int shiftY = 0;
    bool fullRange = false;
    bool supported = false;
};

FormatTraits traitsOf(int format)
{
    switch (format) {
    case AV_PIX_FMT_YUV420P:
        return {1, 1, false, true};
    case AV_PIX_FMT_YUVJ420P:
        return {1, 1, true, true};
    case AV_PIX_FMT_YUV422P:
        return {1, 0, false, true};
    case AV_PIX_FMT_YUVJ422P:
        return {1, 0, true, true};
    case AV_PIX_FMT_YUV444P:
        return {0, 0, false, true};
    case AV_PIX_FMT_YUVJ444P:
        return {0, 0, true, true};
    default:
        return {};
    }
}

} // namespace

YuvFrame::YuvFrame(AVFrame *frame) : m_frame(frame)
{
    const FormatTraits traits = traitsOf(frame->format);
    m_chromaShiftX = traits.shiftX;
    m_chromaShiftY = traits.shiftY;
    m_fullRange = traits.fullRange || frame->color_range == AVCOL_RANGE_JPEG;
    switch (frame->colorspace) {
    case AVCOL_SPC_BT709:
        m_matrix = Matrix::Bt709;
        break;
    case AVCOL_SPC_BT470BG:
    case AVCOL_SPC_SMPTE170M:
    case AVCOL_SPC_FCC:
        m_matrix = Matrix::Bt601;
        break;
    default:
        // Unspecified (most camera streams): the usual convention, SD = 601, HD = 709.
        m_matrix = frame->height > 576 ? Matrix::Bt709 : Matrix::Bt601;
        break;
    }
}

YuvFrame::~YuvFrame()
{
    av_frame_free(&m_frame);
}

bool YuvFrame::supports(int avPixelFormat)
{
    return traitsOf(avPixelFormat).supported;
}

std::shared_ptr<const YuvFrame> YuvFrame::reference(const AVFrame &frame)
{
    if (!supports(frame.format) || frame.width <= 0 || frame.height <= 0)
        return nullptr;
    AVFrame *copy = av_frame_alloc();
    if (!copy)
        return nullptr;
    if (av_frame_ref(copy, &frame) < 0) {
        av_frame_free(&copy);
        return nullptr;
    }
    return std::shared_ptr<const YuvFrame>(new YuvFrame(copy));
}

QSize YuvFrame::size() const
{
    return QSize(m_frame->width, m_frame->height);
}

const uint8_t *YuvFrame::plane(int index) const
{
    return m_frame->data[index];
}

int YuvFrame::stride(int index) const
{
    return m_frame->linesize[index];
}

QSize YuvFrame::planeSize(int index) const
{
    if (index == 0)
        return size();
    // Rounded up: an odd-sized picture still has a chroma sample for its last column/row.
    return QSize(-((-m_frame->width) >> m_chromaShiftX), -((-m_frame->height) >> m_chromaShiftY));
}

QImage YuvFrame::toImage(QSize target) const
{
    if (target.isEmpty())
        target = size();
    SwsContext *sws = sws_getContext(
        m_frame->width, m_frame->height, plainSwsFormat(m_frame->format), target.width(),
        target.height(), AV_PIX_FMT_RGB32, SWS_BILINEAR, nullptr, nullptr, nullptr);
    if (!sws)
        return {};
    const int colorspace = m_matrix == Matrix::Bt709 ? SWS_CS_ITU709 : SWS_CS_ITU601;
    const int *coefficients = sws_getCoefficients(colorspace);
    sws_setColorspaceDetails(sws, coefficients, m_fullRange ? 1 : 0, coefficients, 1, 0, 1 << 16,
                             1 << 16);
    QImage image(target, QImage::Format_RGB32);
    uint8_t *dst[4] = {image.bits(), nullptr, nullptr, nullptr};
    int dstStride[4] = {int(image.bytesPerLine()), 0, 0, 0};
    sws_scale(sws, m_frame->data, m_frame->linesize, 0, m_frame->height, dst, dstStride);
    sws_freeContext(sws);
    return image;
}

} // namespace vigil
