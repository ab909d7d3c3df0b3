// FrameRing: shared-memory ring of frame slots (app/analytics/framering.h).
#include "analytics/framering.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QRandomGenerator>

#include <atomic>
#include <thread>

using namespace vigil;

namespace {

QString uniqueName()
{
    return QStringLiteral("/vigil-test-%1-%2")
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

// A gray picture whose every pixel is `value`.
struct GrayPicture
{
    GrayPicture(int w, int h, uchar value, qint64 timestampUs) : pixels(std::size_t(w) * h, value)
    {
        view.width = w;
        view.height = h;
        view.timestampUs = timestampUs;
        view.planes[0] = {pixels.data(), w};
    }
    std::vector<uchar> pixels;
    FrameView view;
};

bool uniform(const RingFrame &frame, uchar value)
{
    return std::all_of(frame.pixels.begin(), frame.pixels.end(),
                       [value](uchar p) { return p == value; });
}

} // namespace

TEST_CASE("frame ring: a reader gets the newest frame and skips older ones", "[analyticsd][ring]")
{
    QString error;
    const QString name = uniqueName();
    auto writer = FrameRingWriter::create(name, 3, 64 * 48, &error);
    REQUIRE(writer);
    auto reader = FrameRingReader::open(name, &error);
    REQUIRE(reader);

    RingFrame frame;
    CHECK_FALSE(reader->readLatest(0, &frame)); // nothing written yet

    for (int i = 1; i <= 5; ++i) // wraps the 3 slots: frames 1 and 2 are overwritten
        REQUIRE(writer->write(GrayPicture(64, 48, uchar(i * 10), i * 1000).view) == quint64(i));

    REQUIRE(reader->readLatest(0, &frame));
    CHECK(frame.frameNumber == 5);
    CHECK(frame.timestampUs == 5000);
    CHECK(frame.width == 64);
    CHECK(frame.height == 48);
    CHECK(uniform(frame, 50));
    CHECK_FALSE(reader->readLatest(5, &frame)); // nothing newer than 5

    writer->write(GrayPicture(32, 16, 60, 6000).view); // smaller pictures fit too
    REQUIRE(reader->readLatest(5, &frame));
    CHECK(frame.frameNumber == 6);
    CHECK(frame.width == 32);
    CHECK(frame.pixels.size() == 32u * 16u);
    CHECK(uniform(frame, 60));
}

TEST_CASE("frame ring: a picture larger than a slot is refused", "[analyticsd][ring]")
{
    QString error;
    auto writer = FrameRingWriter::create(uniqueName(), 2, 100, &error);
    REQUIRE(writer);
    CHECK(writer->write(GrayPicture(20, 10, 1, 0).view) == 0);
    CHECK(writer->framesWritten() == 0);
}

TEST_CASE("frame ring: a slot being overwritten is detected as torn", "[analyticsd][ring]")
{
    QString error;
    const QString name = uniqueName();
    auto writer = FrameRingWriter::create(name, 1, 16 * 16, &error); // one slot: always reused
    REQUIRE(writer);
    auto reader = FrameRingReader::open(name, &error);
    REQUIRE(reader);
    writer->write(GrayPicture(16, 16, 7, 100).view);

    uchar *slot = writer->beginWrite(); // the writer is now half-way through frame 2
    std::memset(slot, 99, 16 * 8);
    RingFrame frame;
    CHECK_FALSE(reader->readLatest(0, &frame));
    CHECK(reader->tornReads() > 0);

    writer->commitWrite(200, 16, 16, PixelFormat::Gray8);
    REQUIRE(reader->readLatest(0, &frame));
    CHECK(frame.frameNumber == 2);
    CHECK(frame.timestampUs == 200);
}

TEST_CASE("frame ring: concurrent writes never yield a mixed picture", "[analyticsd][ring]")
{
    QString error;
    const QString name = uniqueName();
    auto writer = FrameRingWriter::create(name, 2, 320 * 240, &error);
    REQUIRE(writer);
    auto reader = FrameRingReader::open(name, &error);
    REQUIRE(reader);
    std::atomic<bool> done{false};
    std::thread producer([&] {
        for (int i = 1; i <= 3000; ++i)
            writer->write(GrayPicture(320, 240, uchar(i % 251), i).view);
        done = true;
    });
    int reads = 0;
    int mixed = 0;
    quint64 last = 0;
    RingFrame frame;
    while (!done.load()) {
        if (reader->readLatest(last, &frame)) {
            ++reads;
            CHECK(frame.frameNumber > last);
            last = frame.frameNumber;
            mixed += uniform(frame, uchar(frame.timestampUs % 251)) ? 0 : 1;
        }
    }
    producer.join();
    CHECK(mixed == 0);
    CHECK(reads > 0);
}

TEST_CASE("frame ring: opening a missing or foreign object fails with its name",
          "[analyticsd][ring]")
{
    QString error;
    CHECK_FALSE(FrameRingReader::open(QStringLiteral("/vigil-test-no-such-ring"), &error));
    CHECK(error.contains(QStringLiteral("/vigil-test-no-such-ring")));
}

TEST_CASE("frame ring: call clocks tell which agent is inside a call", "[analyticsd][ring]")
{
    QString error;
    const QString name = uniqueName();
    auto writer = FrameRingWriter::create(name, 1, 16, &error);
    REQUIRE(writer);
    auto reader = FrameRingReader::open(name, &error);
    REQUIRE(reader);
    reader->markCallStarted(2);
    CHECK(writer->callStartedMs(2) > 0);
    CHECK(writer->callStartedMs(1) == 0);
    reader->markCallEnded(2);
    CHECK(writer->callStartedMs(2) == 0);
}

TEST_CASE("frame ring: a frame still in a slot is found by its timestamp (event snapshots)",
          "[analyticsd][ring]")
{
    QString error;
    const QString name = uniqueName();
    auto writer = FrameRingWriter::create(name, 3, 64 * 48, &error);
    REQUIRE(writer);
    RingFrame frame;
    CHECK_FALSE(writer->copyFrameAt(1000, &frame)); // nothing written yet
    for (int i = 1; i <= 5; ++i)                    // 3 slots: frames 3, 4 and 5 remain
        REQUIRE(writer->write(GrayPicture(64, 48, uchar(i * 10), i * 1000).view) == quint64(i));

    REQUIRE(writer->copyFrameAt(4000, &frame)); // not the newest
    CHECK(frame.frameNumber == 4);
    CHECK(frame.timestampUs == 4000);
    CHECK(frame.width == 64);
    CHECK(uniform(frame, 40));
    REQUIRE(writer->copyFrameAt(3000, &frame)); // the oldest still there
    CHECK(uniform(frame, 30));
    CHECK_FALSE(writer->copyFrameAt(2000, &frame));    // overwritten
    CHECK_FALSE(writer->copyFrameAt(4500, &frame));    // never written
    auto reader = FrameRingReader::open(name, &error); // readers can look up too
    REQUIRE(reader);
    REQUIRE(reader->copyFrameAt(5000, &frame));
    CHECK(uniform(frame, 50));
}
