#include "media/displaysink.h"

#include <catch2/catch.hpp>

extern "C" {
#include <libavutil/frame.h>
}

#include <cstring>

using vigil::DisplaySink;
using vigil::FrameInfo;
using vigil::FrameRef;

namespace {

// A yuv420p frame of one flat colour (limited range BT.601).
FrameRef makeFrame(int width, int height, uint8_t y, uint8_t u, uint8_t v)
{
    FrameRef ref;
    AVFrame *frame = av_frame_alloc();
    frame->width = width;
    frame->height = height;
    frame->format = AV_PIX_FMT_YUV420P;
    REQUIRE(av_frame_get_buffer(frame, 0) == 0);
    for (int row = 0; row < height; ++row)
        std::memset(frame->data[0] + row * frame->linesize[0], y, size_t(width));
    for (int row = 0; row < height / 2; ++row) {
        std::memset(frame->data[1] + row * frame->linesize[1], u, size_t(width / 2));
        std::memset(frame->data[2] + row * frame->linesize[2], v, size_t(width / 2));
    }
    ref = FrameRef::referenceTo(*frame);
    av_frame_free(&frame);
    return ref;
}

} // namespace

TEST_CASE("fitInside keeps the aspect ratio inside the target", "[media][display]")
{
    CHECK(DisplaySink::fitInside(QSize(640, 360), QSize(320, 240)) == QSize(320, 180));
    CHECK(DisplaySink::fitInside(QSize(640, 360), QSize(1000, 200)) == QSize(355, 200));
    CHECK(DisplaySink::fitInside(QSize(640, 360), QSize()).isEmpty());
    CHECK(DisplaySink::fitInside(QSize(), QSize(100, 100)).isEmpty());
}

TEST_CASE("DisplaySink wants frames only when visible and active", "[media][display]")
{
    DisplaySink sink;
    CHECK_FALSE(sink.wantsFrames()); // no target size yet
    sink.setTargetSize(QSize(320, 240));
    CHECK(sink.wantsFrames());
    sink.setActive(false);
    CHECK_FALSE(sink.wantsFrames());
    sink.setActive(true);
    sink.setTargetSize(QSize(0, 0));
    CHECK_FALSE(sink.wantsFrames());
}

TEST_CASE("DisplaySink scales and converts to RGB32 at the target size", "[media][display]")
{
    DisplaySink sink;
    sink.setTargetSize(QSize(320, 240));
    // BT.601 limited range: Y=81,U=90,V=240 is pure red.
    FrameRef red = makeFrame(640, 360, 81, 90, 240);
    sink.consumeFrame(*red.get(), FrameInfo{7, 1234});

    const vigil::DisplayFrame frame = sink.latestFrame();
    REQUIRE_FALSE(frame.isNull());
    CHECK(frame.image.size() == QSize(320, 180));
    CHECK(frame.image.format() == QImage::Format_RGB32);
    CHECK(frame.sourceSize == QSize(640, 360));
    CHECK(frame.sequence == 7);
    CHECK(frame.decodedAtMs == 1234);
    const QRgb pixel = frame.image.pixel(160, 90);
    CHECK(qRed(pixel) > 230);
    CHECK(qGreen(pixel) < 25);
    CHECK(qBlue(pixel) < 25);
    CHECK(qAlpha(pixel) == 255);
    CHECK(sink.deliveredFrames() == 1);
}

TEST_CASE("DisplaySink keeps only the newest frame and counts unread ones as dropped",
          "[media][display]")
{
    DisplaySink sink;
    sink.setTargetSize(QSize(64, 36));
    FrameRef grey = makeFrame(128, 72, 126, 128, 128);
    for (quint64 i = 1; i <= 5; ++i)
        sink.consumeFrame(*grey.get(), FrameInfo{i, 0});
    CHECK(sink.latestFrame().sequence == 5);
    CHECK(sink.droppedFrames() == 4);
    sink.consumeFrame(*grey.get(), FrameInfo{6, 0});
    CHECK(sink.droppedFrames() == 4); // frame 5 had been read
}

TEST_CASE("DisplaySink reuses its image buffers once the painter lets go", "[media][display]")
{
    DisplaySink sink;
    sink.setTargetSize(QSize(64, 36));
    FrameRef grey = makeFrame(128, 72, 126, 128, 128);
    QList<const uchar *> seen;
    for (quint64 i = 1; i <= 12; ++i) {
        sink.consumeFrame(*grey.get(), FrameInfo{i, 0});
        const vigil::DisplayFrame frame = sink.latestFrame(); // "painted", then released
        if (!seen.contains(frame.image.constBits()))
            seen.append(frame.image.constBits());
    }
    CHECK(seen.size() <= 3);
}

TEST_CASE("DisplaySink follows a target size change", "[media][display]")
{
    DisplaySink sink;
    FrameRef grey = makeFrame(640, 360, 126, 128, 128);
    sink.setTargetSize(QSize(160, 90));
    sink.consumeFrame(*grey.get(), FrameInfo{1, 0});
    CHECK(sink.latestFrame().image.size() == QSize(160, 90));
    sink.setTargetSize(QSize(480, 480));
    sink.consumeFrame(*grey.get(), FrameInfo{2, 0});
    CHECK(sink.latestFrame().image.size() == QSize(480, 270));
}

TEST_CASE("FrameRef shares buffers and releases them", "[media][display]")
{
    FrameRef a = makeFrame(32, 32, 1, 2, 3);
    REQUIRE(a);
    FrameRef b = FrameRef::referenceTo(*a.get());
    REQUIRE(b);
    CHECK(b->data[0] == a->data[0]); // same buffer, no copy
    FrameRef moved = std::move(a);
    CHECK_FALSE(a);
    CHECK(moved->data[0] == b->data[0]);
    moved.reset();
    CHECK_FALSE(moved);
}
