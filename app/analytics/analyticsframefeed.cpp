#include "analytics/analyticsframefeed.h"

#include "media/swsformat.h"

extern "C" {
#include <libavutil/frame.h>
#include <libavutil/pixfmt.h>
#include <libswscale/swscale.h>
}

#include <algorithm>
#include <cmath>

namespace vigil {

namespace {

constexpr double kRateSlack = 0.9; // same jitter allowance as the worker's scheduler

AVPixelFormat avFormatOf(PixelFormat format)
{
    switch (format) {
    case PixelFormat::Gray8:
        return AV_PIX_FMT_GRAY8;
    case PixelFormat::Bgr24:
        return AV_PIX_FMT_BGR24;
    case PixelFormat::Yuv420p:
        return AV_PIX_FMT_YUV420P;
    }
    return AV_PIX_FMT_GRAY8;
}

} // namespace

AnalyticsFrameFeed::AnalyticsFrameFeed(QString cameraId, int maxWidth, ReadyCallback onReady)
    : m_cameraId(std::move(cameraId)), m_maxWidth(std::max(16, maxWidth)),
      m_onReady(std::move(onReady))
{}

AnalyticsFrameFeed::~AnalyticsFrameFeed()
{
    for (TargetState &state : m_targets)
        sws_freeContext(state.sws);
}

void AnalyticsFrameFeed::setTargets(std::vector<Target> targets)
{
    std::vector<TargetState> old;
    {
        std::lock_guard lock(m_mutex);
        old.swap(m_targets);
        for (Target &target : targets)
            m_targets.push_back({std::move(target)});
    }
    for (TargetState &state : old)
        sws_freeContext(state.sws);
}

bool AnalyticsFrameFeed::wantsFrames() const
{
    std::lock_guard lock(m_mutex);
    return !m_targets.empty();
}

void AnalyticsFrameFeed::consumeFrame(const AVFrame &frame, const FrameInfo &info)
{
    const qint64 timestampUs = timestampUsOf(info);
    std::lock_guard lock(m_mutex);
    for (TargetState &state : m_targets) {
        const double minIntervalUs = kRateSlack * 1e6 / std::max(0.1, state.target.frameRate);
        if (state.hasLast && timestampUs >= state.lastTimestampUs &&
            double(timestampUs - state.lastTimestampUs) < minIntervalUs) {
            m_skipped.fetch_add(1);
            continue;
        }
        if (!writeInto(state, frame, timestampUs))
            continue;
        state.lastTimestampUs = timestampUs;
        state.hasLast = true;
    }
}

bool AnalyticsFrameFeed::writeInto(TargetState &state, const AVFrame &frame, qint64 timestampUs)
{
    if (frame.width <= 0 || frame.height <= 0)
        return false;
    int width = std::min(frame.width, m_maxWidth);
    int height = int(std::lround(double(frame.height) * width / frame.width));
    width &= ~1; // even sizes keep yuv420p chroma planes exact
    height = std::max(2, height & ~1);
    FrameRingWriter &ring = *state.target.ring;
    if (packedFrameBytes(width, height, state.target.format) > ring.slotCapacity())
        return false;
    bool fullRange = false;
    const AVPixelFormat source = plainSwsFormat(frame.format, &fullRange);
    state.sws = sws_getCachedContext(state.sws, frame.width, frame.height, source, width, height,
                                     avFormatOf(state.target.format), SWS_BILINEAR, nullptr,
                                     nullptr, nullptr);
    if (!state.sws)
        return false;
    // A "J" picture is full range: without this swscale would stretch it as if limited.
    setSwsSourceRange(state.sws, fullRange);
    uchar *out = ring.beginWrite();
    uint8_t *planes[4] = {out, nullptr, nullptr, nullptr};
    int strides[4] = {width, 0, 0, 0};
    switch (state.target.format) {
    case PixelFormat::Gray8:
        break;
    case PixelFormat::Bgr24:
        strides[0] = width * 3;
        break;
    case PixelFormat::Yuv420p:
        planes[1] = out + std::size_t(width) * height;
        planes[2] = planes[1] + std::size_t(width / 2) * (height / 2);
        strides[1] = strides[2] = width / 2;
        break;
    }
    sws_scale(state.sws, frame.data, frame.linesize, 0, frame.height, planes, strides);
    const quint64 number = ring.commitWrite(timestampUs, width, height, state.target.format);
    m_written.fetch_add(1);
    if (m_onReady)
        m_onReady(state.target.ringIndex, number, timestampUs);
    return true;
}

} // namespace vigil
