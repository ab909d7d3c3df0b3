// Static privacy masks: validation with located errors, JSON, the store round trip (real SQLite
// file, schema v11), painting black, and DisplaySink applying them before its mailbox.
#include "media/displaysink.h"
#include "privacy/cameradisplayfilter.h"
#include "privacy/privacymask.h"
#include "privacy/privacymaskstore.h"
#include "store/database.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

extern "C" {
#include <libavutil/frame.h>
}

#include <cstring>

using namespace vigil;

namespace {

PrivacyMask mask(const QString &name, QPolygonF polygon)
{
    return PrivacyMask{name, std::move(polygon)};
}

const QPolygonF kTriangle{QPointF(0.1, 0.1), QPointF(0.5, 0.1), QPointF(0.1, 0.5)};
const QPolygonF kRightHalf{QPointF(0.5, 0), QPointF(1, 0), QPointF(1, 1), QPointF(0.5, 1)};

bool isBlack(QRgb pixel)
{
    return qRed(pixel) < 8 && qGreen(pixel) < 8 && qBlue(pixel) < 8;
}

} // namespace

TEST_CASE("privacy mask validation names the camera, mask and point", "[privacy][mask]")
{
    QString error;
    CHECK(validatePrivacyMask(QStringLiteral("cam-01"), 0, mask({}, kTriangle), &error));

    CHECK_FALSE(validatePrivacyMask(
        QStringLiteral("cam-01"), 1,
        mask(QStringLiteral("door"), {QPointF(0.1, 0.1), QPointF(1.4, 0.2), QPointF(0, 1)}),
        &error));
    CHECK(error == QStringLiteral("camera \"cam-01\", mask 2 (\"door\"), point 2: x = 1.4 is "
                                  "outside 0..1"));

    CHECK_FALSE(validatePrivacyMask(QStringLiteral("cam-01"), 0,
                                    mask({}, {QPointF(0.1, 0.1), QPointF(0.2, 0.2)}), &error));
    CHECK(error.contains(QStringLiteral("at least 3 points, has 2")));

    CHECK_FALSE(validatePrivacyMask(
        QStringLiteral("cam-01"), 2,
        mask({}, {QPointF(0.1, 0.1), QPointF(0.2, 0.2), QPointF(0.3, 0.3)}), &error));
    CHECK(error.contains(QStringLiteral("mask 3: the polygon has no area")));

    CHECK_FALSE(validatePrivacyMask(
        QStringLiteral("cam-01"), 0,
        mask({}, {QPointF(0.1, qQNaN()), QPointF(0.2, 0.2), QPointF(0.3, 0.1)}), &error));
    CHECK(error.contains(QStringLiteral("point 1: y = nan")));
}

TEST_CASE("privacy mask points to and from JSON", "[privacy][mask]")
{
    QPolygonF parsed;
    QString error;
    REQUIRE(privacyPointsFromJson(privacyPointsToJson(kTriangle), &parsed, &error));
    CHECK(parsed == kTriangle);
    CHECK_FALSE(privacyPointsFromJson("[[0.1, 0.2], [0.3]]", &parsed, &error));
    CHECK(error == QStringLiteral("points_json, point 2: expected [x, y] with two numbers"));
    CHECK_FALSE(privacyPointsFromJson("[[0.1, 0.2", &parsed, &error));
    CHECK(error.startsWith(QStringLiteral("points_json at offset")));
}

TEST_CASE("privacy mask store: round trip, refusal of bad polygons, bad rows reported",
          "[privacy][mask][store]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("site.db"));
    QString error;
    auto store = PrivacyMaskStore::open(path, &error);
    REQUIRE(store);
    REQUIRE(store->replaceCamera(
        QStringLiteral("c1"),
        {mask(QStringLiteral("window"), kTriangle), mask(QStringLiteral("yard"), kRightHalf)},
        &error));
    const bool savedC2 = store->replaceCamera(QStringLiteral("c2"), {mask({}, kRightHalf)}, &error);
    INFO(error.toStdString());
    REQUIRE(savedC2);

    // A bad polygon is refused with its location; the camera's masks stay as they were.
    CHECK_FALSE(store->replaceCamera(
        QStringLiteral("c1"),
        {mask({}, kTriangle), mask(QStringLiteral("gate"), {QPointF(0, 0), QPointF(0.5, -0.2)})},
        &error));
    CHECK(error.contains(QStringLiteral("camera \"c1\", mask 2 (\"gate\")")));

    QStringList problems;
    auto loaded = store->loadAll(&error, &problems);
    REQUIRE(loaded);
    CHECK(problems.isEmpty());
    REQUIRE(loaded->value(QStringLiteral("c1")).size() == 2);
    CHECK(loaded->value(QStringLiteral("c1"))[0].name == QStringLiteral("window"));
    CHECK(loaded->value(QStringLiteral("c1"))[0].polygon == kTriangle);
    CHECK(loaded->value(QStringLiteral("c1"))[1].polygon == kRightHalf);
    CHECK(loaded->value(QStringLiteral("c2")).size() == 1);

    // A row damaged outside the application is reported (camera, mask, point) and left out.
    {
        auto db = Database::open(path, &error);
        REQUIRE(db);
        QSqlQuery query(db->connection());
        REQUIRE(
            query.exec(QStringLiteral("UPDATE camera_privacy_masks SET points_json = "
                                      "'[[0.1,0.1],[0.9,0.1],[0.5,7]]' WHERE camera_id = 'c2'")));
    }
    problems.clear();
    loaded = store->loadAll(&error, &problems);
    REQUIRE(loaded);
    CHECK_FALSE(loaded->contains(QStringLiteral("c2")));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].contains(QStringLiteral("camera \"c2\"")));
    CHECK(problems[0].contains(QStringLiteral("point 3: y = 7 is outside 0..1")));

    // Clearing a camera.
    REQUIRE(store->replaceCamera(QStringLiteral("c1"), {}, &error));
    loaded = store->loadAll(&error, &problems);
    CHECK_FALSE(loaded->contains(QStringLiteral("c1")));
}

TEST_CASE("store polygons and legacy rectangles combine per camera", "[privacy][mask]")
{
    const auto combined = combinePrivacyMasks({{QStringLiteral("c1"), {mask({}, kTriangle)}}},
                                              {{QStringLiteral("c1"), {QRectF(0.5, 0.5, 0.2, 0.2)}},
                                               {QStringLiteral("c3"), {QRectF(0, 0, 0.1, 0.1)}}});
    REQUIRE(combined.value(QStringLiteral("c1")).size() == 2);
    CHECK(combined.value(QStringLiteral("c1"))[0] == kTriangle);
    CHECK(combined.value(QStringLiteral("c1"))[1].boundingRect() == QRectF(0.5, 0.5, 0.2, 0.2));
    CHECK(combined.value(QStringLiteral("c3")).size() == 1);
}

TEST_CASE("paintMasksBlack fills the polygon and nothing far outside it", "[privacy][mask]")
{
    QImage image(200, 100, QImage::Format_RGB32);
    image.fill(QColor(200, 180, 160));
    paintMasksBlack(image, {kTriangle});
    // Triangle (20,10) (100,10) (20,50) in pixels.
    CHECK(isBlack(image.pixel(21, 11)));
    CHECK(isBlack(image.pixel(40, 20)));
    CHECK(isBlack(image.pixel(20, 10))); // the vertex itself: rounded outwards
    CHECK_FALSE(isBlack(image.pixel(90, 40)));
    CHECK_FALSE(isBlack(image.pixel(150, 50)));
    CHECK_FALSE(isBlack(image.pixel(10, 5)));
}

TEST_CASE("DisplaySink draws the masks black before the picture reaches the display",
          "[privacy][mask][display]")
{
    // A grey yuv420p frame, 320x180.
    AVFrame *frame = av_frame_alloc();
    frame->width = 320;
    frame->height = 180;
    frame->format = AV_PIX_FMT_YUV420P;
    REQUIRE(av_frame_get_buffer(frame, 0) == 0);
    for (int row = 0; row < 180; ++row)
        std::memset(frame->data[0] + row * frame->linesize[0], 160, 320);
    for (int row = 0; row < 90; ++row) {
        std::memset(frame->data[1] + row * frame->linesize[1], 128, 160);
        std::memset(frame->data[2] + row * frame->linesize[2], 128, 160);
    }

    DisplaySink sink;
    sink.setTargetSize(QSize(160, 90));
    sink.consumeFrame(*frame, FrameInfo{1, 1000});
    const QImage unmasked = sink.latestFrame().image;
    REQUIRE(unmasked.size() == QSize(160, 90));
    CHECK_FALSE(isBlack(unmasked.pixel(120, 45)));

    sink.setFrameFilter(
        std::make_shared<CameraDisplayFilter>(QList<QPolygonF>{kRightHalf}, nullptr));
    sink.consumeFrame(*frame, FrameInfo{2, 1040});
    const QImage masked = sink.latestFrame().image;
    REQUIRE(masked.size() == QSize(160, 90));
    int black = 0, lit = 0;
    for (int y = 0; y < 90; ++y) {
        for (int x = 0; x < 160; ++x) {
            if (x >= 81)
                black += isBlack(masked.pixel(x, y)) ? 1 : 0;
            else if (x < 78)
                lit += isBlack(masked.pixel(x, y)) ? 0 : 1;
        }
    }
    CHECK(black == 79 * 90); // every pixel of the right half
    CHECK(lit == 78 * 90);   // the left half untouched
    av_frame_free(&frame);
}
