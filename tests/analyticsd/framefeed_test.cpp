// AnalyticsFrameFeed (app/analytics/analyticsframefeed.h): decoded pictures into a ring as the
// plugins' gray8, with the decoder's range honoured (the "J" formats are full range).
#include "analytics/analyticsframefeed.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QRandomGenerator>

extern "C" {
#include <libavutil/frame.h>
#include <libavutil/pixfmt.h>
}

#include <cstring>

using namespace vigil;

namespace {

QString uniqueName()
{
    return QStringLiteral("/vigil-feedtest-%1-%2")
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

// A 64 x 32 4:2:0 picture of one luma value, neutral chroma, in `format`.
AVFrame *flatPicture(AVPixelFormat format, int luma)
{
    AVFrame *frame = av_frame_alloc();
    frame->format = format;
    frame->width = 64;
    frame->height = 32;
    REQUIRE(av_frame_get_buffer(frame, 0) >= 0);
    for (int y = 0; y < frame->height; ++y)
        std::memset(frame->data[0] + y * frame->linesize[0], luma, std::size_t(frame->width));
    for (int plane = 1; plane <= 2; ++plane) {
        for (int y = 0; y < frame->height / 2; ++y)
            std::memset(frame->data[plane] + y * frame->linesize[plane], 128,
                        std::size_t(frame->width / 2));
    }
    return frame;
}

// The gray value the feed writes for a flat picture of `format` and `luma`.
int grayOf(AnalyticsFrameFeed &feed, FrameRingReader &reader, AVPixelFormat format, int luma,
           qint64 decodedAtMs)
{
    AVFrame *frame = flatPicture(format, luma);
    feed.consumeFrame(*frame, {quint64(decodedAtMs), decodedAtMs});
    av_frame_free(&frame);
    RingFrame out;
    REQUIRE(reader.readLatest(0, &out));
    REQUIRE(out.width == 64);
    REQUIRE(out.height == 32);
    REQUIRE(out.format == PixelFormat::Gray8);
    REQUIRE(out.timestampUs == decodedAtMs * 1000);
    return out.pixels.at(out.pixels.size() / 2);
}

} // namespace

TEST_CASE("frame feed: limited-range pictures are stretched to full-range gray, full-range "
          "(\"J\") pictures are not",
          "[analyticsd][feed]")
{
    QString error;
    const QString name = uniqueName();
    std::shared_ptr<FrameRingWriter> ring = FrameRingWriter::create(name, 4, 64 * 64, &error);
    REQUIRE(ring);
    std::unique_ptr<FrameRingReader> reader = FrameRingReader::open(name, &error);
    REQUIRE(reader);
    int ready = 0;
    AnalyticsFrameFeed feed(QStringLiteral("cam"), 640, [&](int, quint64, qint64) { ++ready; });
    feed.setTargets({{0, ring, PixelFormat::Gray8, 5}});
    REQUIRE(feed.wantsFrames());

    // One second apart: the 5 fps rate limit lets every picture through. The same context is
    // reused from one source format to the other (both are yuv420p to swscale), so the order
    // also checks that the range is set again each way.
    const int limitedWhite = grayOf(feed, *reader, AV_PIX_FMT_YUV420P, 235, 1000);
    const int fullMid = grayOf(feed, *reader, AV_PIX_FMT_YUVJ420P, 200, 2000);
    const int limitedMid = grayOf(feed, *reader, AV_PIX_FMT_YUV420P, 200, 3000);
    const int fullDark = grayOf(feed, *reader, AV_PIX_FMT_YUVJ420P, 30, 4000);
    CHECK(ready == 4);
    CHECK(limitedWhite >= 254);             // 235 is limited-range white
    CHECK(std::abs(fullMid - 200) <= 1);    // full range: unchanged
    CHECK(std::abs(limitedMid - 214) <= 1); // (200 - 16) * 255 / 219
    CHECK(std::abs(fullDark - 30) <= 1);
}
