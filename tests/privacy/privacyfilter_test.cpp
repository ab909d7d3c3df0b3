// PrivacyFilter: fail-closed behaviour (no result yet, slow or failing detector → the whole
// picture pixelated), regions pixelated and held, and the registry's choice of filters.
#include "media/streamtypes.h"
#include "privacy/cameradisplayfilter.h"
#include "privacy/pixelate.h"
#include "privacy/privacyfilter.h"
#include "privacy/privacyregistry.h"
#include "privacy/publicview.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <chrono>
#include <thread>

using namespace vigil;

namespace {

// A picture with fine detail everywhere (a checkerboard of 2-px squares): pixelation is visible
// as a loss of local contrast.
QImage detailedPicture(int width = 320, int height = 180)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, ((x / 2 + y / 2) % 2) ? qRgb(230, 230, 230) : qRgb(20, 20, 20));
    return image;
}

// Mean absolute difference between horizontal neighbours inside `area`.
double detail(const QImage &image, const QRect &area)
{
    double sum = 0;
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x < area.right(); ++x, ++count)
            sum += std::abs(qGray(image.pixel(x, y)) - qGray(image.pixel(x + 1, y)));
    return count ? sum / count : 0;
}

// Reports a fixed region after `delayMs`, or fails when told to.
class FakeDetector : public PrivacyRegionDetector
{
public:
    FakeDetector(int delayMs, std::shared_ptr<std::atomic<bool>> fail)
        : m_delayMs(delayMs), m_fail(std::move(fail))
    {}
    bool detect(const QImage &, QList<PrivacyRegion> *regions, QString *error) override
    {
        std::this_thread::sleep_for(std::chrono::milliseconds(m_delayMs));
        if (m_fail && m_fail->load()) {
            *error = QStringLiteral("detector broke");
            return false;
        }
        regions->append({QRectF(0.25, 0.25, 0.2, 0.2), PrivacyRegionKind::Face, 0.5});
        return true;
    }

private:
    int m_delayMs;
    std::shared_ptr<std::atomic<bool>> m_fail;
};

PrivacyFilter::DetectorFactory fakeFactory(int delayMs,
                                           std::shared_ptr<std::atomic<bool>> fail = {})
{
    return [delayMs, fail](QString *) { return std::make_unique<FakeDetector>(delayMs, fail); };
}

// Feeds pictures like a 25 fps display until `done` says so or `timeoutMs` passes.
template <typename Done>
QImage feedUntil(PrivacyFilter &filter, Done done, int timeoutMs = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QImage picture = detailedPicture();
        filter.process(picture);
        if (done(picture))
            return picture;
        std::this_thread::sleep_for(std::chrono::milliseconds(40));
    }
    return {};
}

const QRect kRegionPx(80, 45, 64, 36);      // the fake face (0.25, 0.25, 0.2, 0.2) of 320x180
const QRect kElsewherePx(230, 120, 60, 40); // far from it

} // namespace

TEST_CASE("pixelation removes fine detail inside the rectangle only", "[privacy][blur]")
{
    QImage image = detailedPicture();
    const double before = detail(image, kRegionPx);
    pixelateRegions(image, {QRectF(0.25, 0.25, 0.2, 0.2)});
    CHECK(before > 100);
    CHECK(detail(image, kRegionPx.adjusted(2, 2, -2, -2)) < before / 4);
    CHECK(detail(image, kElsewherePx) == Approx(before).margin(1));
    QImage whole = detailedPicture();
    pixelateWhole(whole);
    CHECK(detail(whole, kElsewherePx) < before / 4);
}

TEST_CASE("public view fails closed until the first detection", "[privacy][failclosed]")
{
    PrivacyFilterOptions options;
    options.staleAfterMs = 600;
    PrivacyFilter filter(QStringLiteral("c1"), fakeFactory(300), options);
    QImage first = detailedPicture();
    CHECK(filter.process(first)); // closed
    const double full = detail(detailedPicture(), kElsewherePx);
    CHECK(detail(first, kElsewherePx) < full / 4);
    CHECK(detail(first, kRegionPx) < full / 4);

    // Once the detector answered, only its region is pixelated.
    const QImage open = feedUntil(
        filter, [&](const QImage &picture) { return detail(picture, kElsewherePx) > full * 0.9; });
    REQUIRE_FALSE(open.isNull());
    CHECK(detail(open, kRegionPx.adjusted(2, 2, -2, -2)) < full / 4);
    const PrivacyFilterStats stats = filter.stats();
    CHECK(stats.detectorReady);
    CHECK(stats.detections >= 1);
    CHECK(stats.closedFrames >= 1);
}

TEST_CASE("a detector slower than the staleness bound keeps the picture pixelated",
          "[privacy][failclosed]")
{
    PrivacyFilterOptions options;
    options.detectIntervalMs = 50;
    options.staleAfterMs = 250;
    // Every detection takes 600 ms: a result is always about a picture > 250 ms old by the
    // time the next one is due, so at most a short window after each result is open.
    PrivacyFilter filter(QStringLiteral("c1"), fakeFactory(600), options);
    const double full = detail(detailedPicture(), kElsewherePx);
    int closed = 0, total = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 2000) {
        QImage picture = detailedPicture();
        const bool wasClosed = filter.process(picture);
        closed += wasClosed ? 1 : 0;
        ++total;
        if (wasClosed)
            CHECK(detail(picture, kElsewherePx) < full / 4);
        // Whatever happens, the face region is never shown.
        CHECK(detail(picture, kRegionPx.adjusted(2, 2, -2, -2)) < full / 4);
        std::this_thread::sleep_for(std::chrono::milliseconds(40));
    }
    CHECK(closed > total / 2);
}

TEST_CASE("a region shown later than its picture grows with the result's age", "[privacy][motion]")
{
    auto clock = std::make_shared<std::atomic<qint64>>(0);
    PrivacyFilterOptions options;
    options.margin = 0;
    options.motionPerSecond = 0.8;
    options.holdMs = 5000;
    options.staleAfterMs = 5000;
    PrivacyFilter filter(QStringLiteral("c1"), fakeFactory(0), options,
                         [clock] { return clock->load(); });
    QImage first = detailedPicture();
    filter.process(first); // offered at t = 0
    QElapsedTimer timer;
    timer.start();
    while (filter.stats().detections == 0 && timer.elapsed() < 5000)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    REQUIRE(filter.stats().detections == 1);
    const double full = detail(detailedPicture(), kElsewherePx);
    // Just right of the region: 0.45..0.5 of the width (144..160 px), at its middle height.
    const QRect beside(146, 60, 12, 8);
    QImage fresh = detailedPicture();
    REQUIRE_FALSE(filter.apply(fresh));
    CHECK(detail(fresh, beside) > full * 0.9);
    CHECK(detail(fresh, kRegionPx.adjusted(2, 2, -2, -2)) < full / 4);
    // 250 ms later the region has grown by 0.8 * 0.25 * 0.5 = 0.1 of the height (18 px) and
    // the same number of pixels sideways.
    clock->store(250);
    QImage later = detailedPicture();
    REQUIRE_FALSE(filter.apply(later));
    CHECK(detail(later, beside) < full / 4);
    CHECK(detail(later, kElsewherePx) > full * 0.9);
}

TEST_CASE("a failing or missing detector keeps the picture pixelated", "[privacy][failclosed]")
{
    const double full = detail(detailedPicture(), kElsewherePx);
    SECTION("detector cannot be created")
    {
        PrivacyFilter filter(QStringLiteral("c1"), [](QString *error) {
            *error = QStringLiteral("model missing: /nowhere/blazeface-back-256.onnx");
            return std::unique_ptr<PrivacyRegionDetector>();
        });
        for (int i = 0; i < 10; ++i) {
            QImage picture = detailedPicture();
            CHECK(filter.process(picture));
            CHECK(detail(picture, kElsewherePx) < full / 4);
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        CHECK(filter.stats().error.contains(QStringLiteral("model missing")));
    }
    SECTION("detector starts failing")
    {
        auto fail = std::make_shared<std::atomic<bool>>(false);
        PrivacyFilterOptions options;
        options.detectIntervalMs = 50;
        PrivacyFilter filter(QStringLiteral("c1"), fakeFactory(10, fail), options);
        REQUIRE_FALSE(feedUntil(filter, [&](const QImage &p) {
                          return detail(p, kElsewherePx) > full * 0.9;
                      }).isNull());
        fail->store(true);
        const QImage closed =
            feedUntil(filter, [&](const QImage &p) { return detail(p, kElsewherePx) < full / 4; });
        REQUIRE_FALSE(closed.isNull());
        CHECK(filter.stats().error == QStringLiteral("detector broke"));
    }
}

TEST_CASE("registry: masks on every view, one shared blur filter per camera on public views",
          "[privacy][registry]")
{
    PrivacyRegistry registry(fakeFactory(5));
    registry.setMasks({{QStringLiteral("c1"), {QPolygonF(QRectF(0, 0, 0.5, 0.5))}}});
    StreamRequest c1;
    c1.cameraId = QStringLiteral("c1");
    StreamRequest c2;
    c2.cameraId = QStringLiteral("c2");
    QObject window;
    QObject tileA(&window), tileB(&window);
    QObject otherWindow;
    QObject tileC(&otherWindow);

    // Not public: masks only, or nothing at all.
    auto masksOnly = std::dynamic_pointer_cast<CameraDisplayFilter>(registry.filterFor(c1, &tileA));
    REQUIRE(masksOnly);
    CHECK(masksOnly->masks().size() == 1);
    CHECK_FALSE(masksOnly->isPublic());
    CHECK(registry.filterFor(c2, &tileA) == nullptr);

    // A public window: its tiles blur; both tiles of c1 share one PrivacyFilter.
    setPublicView(&window, true);
    CHECK(isPublicView(&tileA));
    CHECK_FALSE(isPublicView(&tileC));
    auto a = std::dynamic_pointer_cast<CameraDisplayFilter>(registry.filterFor(c1, &tileA));
    auto b = std::dynamic_pointer_cast<CameraDisplayFilter>(registry.filterFor(c1, &tileB));
    REQUIRE((a && b));
    CHECK(a->isPublic());
    CHECK(registry.activePublicFilters() == 1);
    CHECK(registry.filterFor(c2, &tileC) == nullptr);
    a.reset();
    b.reset();
    CHECK(registry.activePublicFilters() == 0); // ended with its last display

    // --public: everything.
    registry.setAllPublic(true);
    auto c = std::dynamic_pointer_cast<CameraDisplayFilter>(registry.filterFor(c2, &tileC));
    REQUIRE(c);
    CHECK(c->isPublic());
    CHECK(c->masks().isEmpty());
}

namespace {

// Blocks in detect() until released (or 10 s), and says when it is inside and when it is gone.
struct GateState
{
    std::atomic<bool> inside{false};
    std::atomic<bool> release{false};
    std::atomic<bool> destroyed{false};
    std::atomic<std::thread::id> destroyedOn{};
};

class GateDetector : public PrivacyRegionDetector
{
public:
    explicit GateDetector(std::shared_ptr<GateState> state) : m_state(std::move(state)) {}
    ~GateDetector() override
    {
        m_state->destroyedOn = std::this_thread::get_id();
        m_state->destroyed = true;
    }
    bool detect(const QImage &, QList<PrivacyRegion> *, QString *) override
    {
        m_state->inside = true;
        QElapsedTimer timer;
        timer.start();
        while (!m_state->release && timer.elapsed() < 10000)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        return true;
    }

private:
    std::shared_ptr<GateState> m_state;
};

} // namespace

TEST_CASE("releasing the last public display does not wait for a running detection",
          "[privacy][registry]")
{
    auto state = std::make_shared<GateState>();
    PrivacyRegistry registry([state](QString *) { return std::make_unique<GateDetector>(state); });
    registry.setAllPublic(true);
    StreamRequest request;
    request.cameraId = QStringLiteral("c1");
    QObject tile;
    std::shared_ptr<DisplayFrameFilter> filter = registry.filterFor(request, &tile);
    REQUIRE(filter);
    QImage picture = detailedPicture();
    filter->filter(picture, 0);
    QElapsedTimer timer;
    timer.start();
    while (!state->inside && timer.elapsed() < 5000)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    REQUIRE(state->inside);

    // The detector is busy: a blocking teardown would sit here until it returns (after the
    // 10 s gate) and the detector would already be gone when reset() returns.
    filter.reset();
    CHECK(registry.activePublicFilters() == 0);
    CHECK_FALSE(state->destroyed);

    state->release = true;
    timer.restart();
    while (!state->destroyed && timer.elapsed() < 5000)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    CHECK(state->destroyed);
    CHECK(state->destroyedOn.load() != std::this_thread::get_id());
}
