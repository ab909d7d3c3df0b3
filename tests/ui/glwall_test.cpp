// The wall's OpenGL YUV path, run under Xvfb with Mesa (tests/ui/CMakeLists.txt: xvfb-run -a,
// VIGIL_RENDERER=gl). Known YUV colour bars go through a real DisplaySink in YUV output mode and
// a GL tile; the rendered pixels are compared with colours computed from the published BT.601 /
// BT.709 equations (not from the shader's code). If no OpenGL context can be created the tests
// FAIL: CI must provide Xvfb + Mesa.
#include <catch2/catch.hpp>

#include "app/appoptions.h"
#include "media/displaysink.h"
#include "media/yuvframe.h"
#include "privacy/displayframefilter.h"
#include "wall/gltilesurface.h"
#include "wall/tilepainter.h"
#include "wall/videotile.h"
#include "wall/wallgrid.h"
#include "wall/wallrenderer.h"

#include <QMainWindow>
#include <QStatusBar>
#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <tuple>

extern "C" {
#include <libavutil/frame.h>
#include <libavutil/pixfmt.h>
}

namespace {

struct Yuv
{
    int y, u, v;
};

// Eight vertical bars; chosen to cover saturated colours, grey, black and near-white.
constexpr std::array<Yuv, 8> kBars{{{180, 128, 128},
                                    {162, 44, 142},
                                    {131, 156, 44},
                                    {112, 72, 58},
                                    {84, 184, 198},
                                    {65, 100, 212},
                                    {35, 212, 114},
                                    {16, 128, 128}}};
constexpr int kWidth = 320; // 40 px per bar, 20 px per chroma sample column of a bar
constexpr int kHeight = 180;

struct AvFrameDeleter
{
    void operator()(AVFrame *frame) const { av_frame_free(&frame); }
};
using AvFramePtr = std::unique_ptr<AVFrame, AvFrameDeleter>;

AvFramePtr colourBars(AVPixelFormat format, AVColorRange range, AVColorSpace space)
{
    AvFramePtr frame(av_frame_alloc());
    frame->format = format;
    frame->width = kWidth;
    frame->height = kHeight;
    frame->color_range = range;
    frame->colorspace = space;
    REQUIRE(av_frame_get_buffer(frame.get(), 64) == 0);
    for (int y = 0; y < kHeight; ++y) {
        for (int x = 0; x < kWidth; ++x)
            frame->data[0][y * frame->linesize[0] + x] = uint8_t(kBars[x / 40].y);
    }
    for (int y = 0; y < kHeight / 2; ++y) {
        for (int x = 0; x < kWidth / 2; ++x) {
            frame->data[1][y * frame->linesize[1] + x] = uint8_t(kBars[x / 20].u);
            frame->data[2][y * frame->linesize[2] + x] = uint8_t(kBars[x / 20].v);
        }
    }
    return frame;
}

// RGB from the textbook equations (ITU-R BT.601 / BT.709, 8-bit, limited or full range).
QColor expectedRgb(Yuv in, bool bt709, bool fullRange)
{
    const double y = fullRange ? in.y : (in.y - 16) * 255.0 / 219.0;
    const double cb = (in.u - 128) * (fullRange ? 1.0 : 255.0 / 224.0);
    const double cr = (in.v - 128) * (fullRange ? 1.0 : 255.0 / 224.0);
    double r, g, b;
    if (bt709) {
        r = y + 1.5748 * cr;
        g = y - 0.1873 * cb - 0.4681 * cr;
        b = y + 1.8556 * cb;
    } else {
        r = y + 1.402 * cr;
        g = y - 0.344136 * cb - 0.714136 * cr;
        b = y + 1.772 * cb;
    }
    const auto clamp = [](double v) { return int(std::lround(std::clamp(v, 0.0, 255.0))); };
    return QColor(clamp(r), clamp(g), clamp(b));
}

bool near(QColor actual, QColor expected, int tolerance)
{
    return std::abs(actual.red() - expected.red()) <= tolerance &&
           std::abs(actual.green() - expected.green()) <= tolerance &&
           std::abs(actual.blue() - expected.blue()) <= tolerance;
}

vigil::DisplayFrame throughSink(const AVFrame &frame,
                                std::shared_ptr<vigil::DisplayFrameFilter> filter = nullptr)
{
    vigil::DisplaySink sink;
    sink.setTargetSize(QSize(400, 300));
    sink.setYuvOutput(true);
    sink.setFrameFilter(std::move(filter));
    vigil::FrameInfo info;
    info.sequence = 7;
    sink.consumeFrame(frame, info);
    return sink.latestFrame();
}

// A tile of 402×302 (400×300 picture area): the 16:9 bars are letterboxed to 400×225.
struct GlTileFixture
{
    std::unique_ptr<vigil::VideoTile> owner;
    vigil::VideoTile *tilePtr = nullptr;
    GlTileFixture()
    {
        INFO("OpenGL: " << vigil::probeOpenGl().error.toStdString());
        REQUIRE(vigil::setWallRendererPreference(QStringLiteral("gl")));
        REQUIRE(vigil::wallRenderer() == vigil::WallRenderer::Gl);
        owner = std::make_unique<vigil::VideoTile>(0); // after the choice: tiles read it once
        tilePtr = owner.get();
    }
    vigil::VideoTile &tile() { return *tilePtr; }
    QImage render(const vigil::DisplayFrame &frame)
    {
        tile().resize(402, 302);
        tile().show();
        REQUIRE(QTest::qWaitForWindowExposed(&tile()));
        tile().showStill(frame, QStringLiteral("Bars"));
        REQUIRE(tile().glSurface() != nullptr);
        return tile().glSurface()->grabFramebuffer().convertToFormat(QImage::Format_RGB32);
    }
};

QPoint barCentre(int bar)
{
    // Picture rect: x 1…401, y 1 + (300 - 225) / 2 = 38.5 … 263.5; 50 px per bar.
    return QPoint(1 + bar * 50 + 25, 151);
}

void checkBars(const QImage &image, bool bt709, bool fullRange)
{
    REQUIRE(image.size() == QSize(402, 302));
    for (int bar = 0; bar < int(kBars.size()); ++bar) {
        const QColor actual = image.pixelColor(barCentre(bar));
        const QColor expected = expectedRgb(kBars[size_t(bar)], bt709, fullRange);
        INFO("bar " << bar << " actual " << actual.name().toStdString() << " expected "
                    << expected.name().toStdString());
        CHECK(near(actual, expected, 4));
    }
}

} // namespace

TEST_CASE("Forced gl renderer gets an OpenGL context under Xvfb", "[wallgl]")
{
    vigil::resetWallRendererForTests();
    const vigil::OpenGlProbe probe = vigil::probeOpenGl();
    INFO("error: " << probe.error.toStdString());
    REQUIRE(probe.contextCreated);
    CHECK_FALSE(probe.renderer.isEmpty());
    INFO("renderer: " << probe.renderer.toStdString());
    // Mesa's CPU rasteriser is not "hardware": auto must not pick it.
    if (probe.renderer.contains(QStringLiteral("llvmpipe")))
        CHECK_FALSE(probe.hardware);
    REQUIRE(vigil::setWallRendererPreference(QStringLiteral("gl")));
    CHECK(vigil::wallRenderer() == vigil::WallRenderer::Gl);
    vigil::resetWallRendererForTests();
    REQUIRE(vigil::setWallRendererPreference(QStringLiteral("raster")));
    CHECK(vigil::wallRenderer() == vigil::WallRenderer::Raster);
    vigil::resetWallRendererForTests();
    CHECK_FALSE(vigil::setWallRendererPreference(QStringLiteral("vulkan")));
}

TEST_CASE("DisplaySink in YUV mode hands out the decoded planes, not a converted copy", "[wallgl]")
{
    const AvFramePtr bars = colourBars(AV_PIX_FMT_YUV420P, AVCOL_RANGE_MPEG, AVCOL_SPC_BT470BG);
    const vigil::DisplayFrame frame = throughSink(*bars);
    REQUIRE(frame.yuv);
    CHECK(frame.image.isNull());
    CHECK(frame.sequence == 7);
    CHECK(frame.sourceSize == QSize(kWidth, kHeight));
    // Same buffer as the decoder's: referenced, not copied.
    CHECK(frame.yuv->plane(0) == bars->data[0]);
    CHECK(frame.yuv->stride(1) == bars->linesize[1]);
    CHECK(frame.yuv->planeSize(1) == QSize(kWidth / 2, kHeight / 2));
    CHECK_FALSE(frame.yuv->fullRange());
    CHECK(frame.yuv->matrix() == vigil::YuvFrame::Matrix::Bt601);
}

TEST_CASE("A filtered DisplaySink never hands out YUV (privacy needs RGB)", "[wallgl]")
{
    struct Blackout : vigil::DisplayFrameFilter
    {
        void filter(QImage &rgb32, qint64) override { rgb32.fill(Qt::black); }
    };
    const AvFramePtr bars = colourBars(AV_PIX_FMT_YUV420P, AVCOL_RANGE_MPEG, AVCOL_SPC_BT470BG);
    const vigil::DisplayFrame frame = throughSink(*bars, std::make_shared<Blackout>());
    CHECK_FALSE(frame.yuv);
    REQUIRE_FALSE(frame.image.isNull());
    CHECK(frame.image.pixelColor(frame.image.width() / 8, frame.image.height() / 2) ==
          QColor(Qt::black));
}

TEST_CASE("GL tile draws limited-range BT.601 colour bars", "[wallgl]")
{
    vigil::resetWallRendererForTests();
    GlTileFixture fixture;
    const AvFramePtr bars = colourBars(AV_PIX_FMT_YUV420P, AVCOL_RANGE_MPEG, AVCOL_SPC_BT470BG);
    const QImage image = fixture.render(throughSink(*bars));
    checkBars(image, false, false);
    CHECK(fixture.tile().glSurface()->yuvFramesDrawn() > 0);
    // The overlays are painted over the GL picture: the camera-name band makes pixels of the
    // top letterbox strip (rows 2…37 inside the border, no picture there) differ from the
    // background.
    int overlayPixels = 0;
    for (int y = 2; y < 38; ++y)
        for (int x = 2; x < image.width() - 2; ++x)
            overlayPixels += near(image.pixelColor(x, y), vigil::tileBackgroundColor(), 6) ? 0 : 1;
    CHECK(overlayPixels > 300);
    vigil::resetWallRendererForTests();
}

TEST_CASE("GL tile draws full-range BT.709 and full-range (J) BT.601 bars", "[wallgl]")
{
    vigil::resetWallRendererForTests();
    GlTileFixture fixture;
    const AvFramePtr bt709 = colourBars(AV_PIX_FMT_YUV420P, AVCOL_RANGE_JPEG, AVCOL_SPC_BT709);
    checkBars(fixture.render(throughSink(*bt709)), true, true);
    const AvFramePtr jpeg =
        colourBars(AV_PIX_FMT_YUVJ420P, AVCOL_RANGE_UNSPECIFIED, AVCOL_SPC_UNSPECIFIED);
    checkBars(fixture.render(throughSink(*jpeg)), false, true);
    const AvFramePtr limited709 = colourBars(AV_PIX_FMT_YUV420P, AVCOL_RANGE_MPEG, AVCOL_SPC_BT709);
    checkBars(fixture.render(throughSink(*limited709)), true, false);
    vigil::resetWallRendererForTests();
}

TEST_CASE("GL tile maps digital zoom through texture coordinates", "[wallgl]")
{
    vigil::resetWallRendererForTests();
    GlTileFixture fixture;
    const AvFramePtr bars = colourBars(AV_PIX_FMT_YUV420P, AVCOL_RANGE_MPEG, AVCOL_SPC_BT470BG);
    const vigil::DisplayFrame frame = throughSink(*bars);
    fixture.render(frame);
    // 4× around x = 0.3125: the picture shows source columns 60…140 at 5 display px each.
    fixture.tile().setZoom(4.0, QPointF(0.3125, 0.5));
    const QRectF window = fixture.tile().zoomWindow();
    REQUIRE(window.left() == Approx(0.1875));
    const QImage zoomed =
        fixture.tile().glSurface()->grabFramebuffer().convertToFormat(QImage::Format_RGB32);
    // Source x 70 (bar 1), 100 (bar 2), 130 (bar 3) → display x 1 + (x − 60) × 5.
    for (const int sourceX : {70, 100, 130}) {
        const QPoint at(1 + (sourceX - 60) * 5, 151);
        const QColor actual = zoomed.pixelColor(at);
        const QColor expected = expectedRgb(kBars[size_t(sourceX / 40)], false, false);
        INFO("source x " << sourceX << " actual " << actual.name().toStdString() << " expected "
                         << expected.name().toStdString());
        CHECK(near(actual, expected, 4));
    }
    // Unzoomed, display x 376 shows bar 7 (source 280…320) — the zoom really moved the picture.
    fixture.tile().setZoom(1.0);
    const QImage whole =
        fixture.tile().glSurface()->grabFramebuffer().convertToFormat(QImage::Format_RGB32);
    CHECK(near(whole.pixelColor(376, 151), expectedRgb(kBars[7], false, false), 4));
    CHECK_FALSE(near(zoomed.pixelColor(376, 151), expectedRgb(kBars[7], false, false), 4));
    vigil::resetWallRendererForTests();
}

TEST_CASE("A filter set after a YUV frame was queued drops that unfiltered frame", "[wallgl]")
{
    struct Blackout : vigil::DisplayFrameFilter
    {
        void filter(QImage &rgb32, qint64) override { rgb32.fill(Qt::black); }
    };
    const AvFramePtr bars = colourBars(AV_PIX_FMT_YUV420P, AVCOL_RANGE_MPEG, AVCOL_SPC_BT470BG);
    vigil::DisplaySink sink;
    sink.setTargetSize(QSize(400, 300));
    sink.setYuvOutput(true);
    sink.consumeFrame(*bars, vigil::FrameInfo{1, 0});
    sink.setFrameFilter(std::make_shared<Blackout>()); // e.g. public view switched on
    CHECK(sink.hasFrameFilter());
    CHECK(sink.latestFrame().isNull());
    sink.consumeFrame(*bars, vigil::FrameInfo{2, 0});
    const vigil::DisplayFrame next = sink.latestFrame();
    CHECK_FALSE(next.yuv);
    CHECK(next.sequence == 2);
    CHECK_FALSE(next.image.isNull());
}

TEST_CASE("--renderer is parsed and checked", "[wallgl]")
{
    const auto parse = [](const QStringList &extra) {
        return vigil::AppOptionsParser::parse(QStringList{QStringLiteral("vigil")} + extra);
    };
    const auto gl = parse({QStringLiteral("--renderer"), QStringLiteral("GL")});
    REQUIRE(gl.options);
    CHECK(gl.options->renderer == QStringLiteral("gl"));
    const auto none = parse({});
    REQUIRE(none.options);
    CHECK(none.options->renderer.isEmpty());
    const auto bad = parse({QStringLiteral("--renderer"), QStringLiteral("vulkan")});
    CHECK_FALSE(bad.options);
    CHECK(bad.error.contains(QStringLiteral("vulkan")));
}

TEST_CASE("A grab of the wall's window shows the GL tiles' pictures and overlays", "[wallgl]")
{
    // QWidget::grab() of a window (the --screenshot option) goes through QWidget::render(), not
    // through the screen's compositor: the GL tiles must still appear with picture and overlays.
    vigil::resetWallRendererForTests();
    REQUIRE(vigil::setWallRendererPreference(QStringLiteral("gl")));
    REQUIRE(vigil::wallRenderer() == vigil::WallRenderer::Gl);
    QMainWindow window;
    auto *grid = new vigil::WallGrid;
    window.setCentralWidget(grid);
    window.statusBar()->showMessage(QStringLiteral("grab test"));
    grid->setTileCount(4);
    // 2×2 tiles of 402×302 (the fixture's tile size), no gaps between them.
    grid->setFixedSize(804 + 3 * vigil::WallGrid::kSpacing, 604 + 3 * vigil::WallGrid::kSpacing);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const AvFramePtr bars = colourBars(AV_PIX_FMT_YUV420P, AVCOL_RANGE_MPEG, AVCOL_SPC_BT470BG);
    const AvFramePtr bars709 = colourBars(AV_PIX_FMT_YUV420P, AVCOL_RANGE_JPEG, AVCOL_SPC_BT709);
    vigil::VideoTile *first = grid->tile(0);
    vigil::VideoTile *last = grid->tile(3);
    REQUIRE(first->glSurface() != nullptr);
    REQUIRE(first->size() == QSize(402, 302));
    REQUIRE(last->size() == QSize(402, 302));
    first->showStill(throughSink(*bars), QStringLiteral("Bars 601"));
    last->showStill(throughSink(*bars709), QStringLiteral("Bars 709"));
    QTest::qWait(100); // let the surfaces paint on screen once, as in the application

    const auto checkGrab = [&](const QImage &image, QWidget *grabbed) {
        REQUIRE(image.size() == grabbed->size());
        for (const auto &[tile, bt709, fullRange] :
             {std::tuple{first, false, false}, std::tuple{last, true, true}}) {
            const QPoint origin = tile->mapTo(grabbed, QPoint(0, 0));
            for (int bar = 0; bar < int(kBars.size()); ++bar) {
                const QColor actual = image.pixelColor(origin + barCentre(bar));
                const QColor expected = expectedRgb(kBars[size_t(bar)], bt709, fullRange);
                INFO("tile " << tile->index() << " bar " << bar << " actual "
                             << actual.name().toStdString() << " expected "
                             << expected.name().toStdString());
                CHECK(near(actual, expected, 4));
            }
            // The overlays (camera-name band) are in the grab too: the top letterbox strip is
            // not plain background.
            int overlayPixels = 0;
            for (int y = 2; y < 38; ++y)
                for (int x = 2; x < 400; ++x)
                    overlayPixels += near(image.pixelColor(origin + QPoint(x, y)),
                                          vigil::tileBackgroundColor(), 6)
                                         ? 0
                                         : 1;
            INFO("tile " << tile->index());
            CHECK(overlayPixels > 300);
        }
        // An empty GL tile shows its background, not another tile's picture.
        const QPoint empty = grid->tile(1)->mapTo(grabbed, QPoint(0, 0));
        CHECK(near(image.pixelColor(empty + QPoint(30, 40)), vigil::tileBackgroundColor(), 6));
    };
    SECTION("main window")
    {
        checkGrab(window.grab().toImage().convertToFormat(QImage::Format_RGB32), &window);
    }
    SECTION("wall widget")
    {
        checkGrab(grid->grab().toImage().convertToFormat(QImage::Format_RGB32), grid);
    }
    vigil::resetWallRendererForTests();
}
