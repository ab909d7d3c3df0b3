#include "recording/keyframemotion.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/error.h>
#include <libavutil/frame.h>
#include <libswscale/swscale.h>
}

#include <cstdlib>

namespace vigil {

namespace {

QString averrorText(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

} // namespace

KeyframeMotion::KeyframeMotion()
    : m_frame(av_frame_alloc()), m_previous(kWidth * kHeight), m_current(kWidth * kHeight)
{}

KeyframeMotion::~KeyframeMotion()
{
    closeDecoder();
    av_frame_free(&m_frame);
}

void KeyframeMotion::setThresholds(int pixelDelta, int pixelsPerCell)
{
    m_pixelDelta = pixelDelta;
    m_pixelsPerCell = pixelsPerCell;
}

void KeyframeMotion::reset()
{
    m_havePrevious = false;
}

void KeyframeMotion::closeDecoder()
{
    avcodec_free_context(&m_decoder);
    sws_freeContext(m_scaler);
    m_scaler = nullptr;
    m_stream.reset();
}

bool KeyframeMotion::openDecoder(const PacketStreamInfo &stream)
{
    const AVCodec *codec = avcodec_find_decoder(stream.parameters()->codec_id);
    if (!codec) {
        m_lastError = QStringLiteral("no decoder for codec %1").arg(stream.codecName());
        return false;
    }
    m_decoder = avcodec_alloc_context3(codec);
    if (!m_decoder || avcodec_parameters_to_context(m_decoder, stream.parameters()) < 0) {
        m_lastError = QStringLiteral("cannot set up the %1 decoder").arg(stream.codecName());
        return false;
    }
    m_decoder->thread_count = 1; // about one picture a second: threads would only add latency
    m_decoder->skip_loop_filter = AVDISCARD_ALL;
    m_decoder->flags |= AV_CODEC_FLAG_LOW_DELAY;
    const int result = avcodec_open2(m_decoder, codec, nullptr);
    if (result < 0) {
        m_lastError = QStringLiteral("cannot open the %1 decoder: %2")
                          .arg(stream.codecName(), averrorText(result));
        avcodec_free_context(&m_decoder);
        return false;
    }
    return true;
}

bool KeyframeMotion::decode(const AVPacket &packet)
{
    int result = avcodec_send_packet(m_decoder, &packet);
    if (result < 0) {
        m_lastError = QStringLiteral("keyframe decode failed: %1").arg(averrorText(result));
        avcodec_flush_buffers(m_decoder);
        return false;
    }
    result = avcodec_receive_frame(m_decoder, m_frame);
    if (result == AVERROR(EAGAIN)) {
        // The decoder holds the picture back for reordering: drain it (the keyframe needs no
        // other picture) and reset for the next one.
        avcodec_send_packet(m_decoder, nullptr);
        result = avcodec_receive_frame(m_decoder, m_frame);
        avcodec_flush_buffers(m_decoder);
    }
    if (result < 0) {
        m_lastError = QStringLiteral("keyframe decode failed: %1").arg(averrorText(result));
        return false;
    }
    return true;
}

bool KeyframeMotion::downscale()
{
    m_scaler = sws_getCachedContext(m_scaler, m_frame->width, m_frame->height,
                                    AVPixelFormat(m_frame->format), kWidth, kHeight,
                                    AV_PIX_FMT_GRAY8, SWS_AREA, nullptr, nullptr, nullptr);
    if (!m_scaler) {
        m_lastError =
            QStringLiteral("cannot scale a %1×%2 picture").arg(m_frame->width).arg(m_frame->height);
        av_frame_unref(m_frame);
        return false;
    }
    uint8_t *planes[4] = {m_current.data(), nullptr, nullptr, nullptr};
    int strides[4] = {kWidth, 0, 0, 0};
    sws_scale(m_scaler, m_frame->data, m_frame->linesize, 0, m_frame->height, planes, strides);
    av_frame_unref(m_frame);
    return true;
}

std::optional<MotionCells> KeyframeMotion::addKeyframe(const PacketItem &item)
{
    if (!item.isKeyframe() || !item.stream)
        return std::nullopt;
    if (m_havePrevious && item.receivedAtMs - m_lastAtMs < m_minIntervalMs &&
        item.receivedAtMs >= m_lastAtMs)
        return std::nullopt;
    if (item.stream != m_stream) {
        closeDecoder();
        m_havePrevious = false;
        if (!openDecoder(*item.stream))
            return std::nullopt;
        m_stream = item.stream;
    }
    if (!decode(*item.packet) || !downscale()) {
        m_havePrevious = false;
        return std::nullopt;
    }
    std::optional<MotionCells> result;
    if (m_havePrevious) {
        constexpr int kCellWidth = kWidth / MotionCells::kColumns;
        constexpr int kCellHeight = kHeight / MotionCells::kRows;
        MotionCells cells;
        for (int row = 0; row < MotionCells::kRows; ++row) {
            for (int column = 0; column < MotionCells::kColumns; ++column) {
                int changed = 0;
                for (int y = row * kCellHeight; y < (row + 1) * kCellHeight; ++y) {
                    const int offset = y * kWidth + column * kCellWidth;
                    for (int x = 0; x < kCellWidth; ++x)
                        changed += std::abs(int(m_current[offset + x]) -
                                            int(m_previous[offset + x])) > m_pixelDelta;
                }
                if (changed >= m_pixelsPerCell)
                    cells.set(column, row);
            }
        }
        result = cells;
    }
    m_previous.swap(m_current);
    m_havePrevious = true;
    m_lastAtMs = item.receivedAtMs;
    return result;
}

} // namespace vigil
