// Checkpoint scenes of tools/scenegen: deterministic pixels, truth plate boxes on the rendered
// plates, every generated plate checked against the format rules.
#include "../common/guiapp.h"
#include <checkpoint.h>
#include <plateformat.h>
#include <plateimage.h>
#include <scenecases.h>

#include <catch2/catch.hpp>

#include <opencv2/imgproc.hpp>

#include <QCryptographicHash>
#include <QGuiApplication>

using namespace vigil::scenegen;
using vigil::NormalizedRect;

using vigil::testing::ensureGuiApp;

namespace {

QByteArray hashFrames(SceneRenderer &renderer, const QList<int> &frames)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    int next = 0;
    for (int f : frames) {
        for (; next <= f; ++next) {
            const cv::Mat &frame = renderer.render(next);
            if (next == f)
                hash.addData(QByteArrayView(reinterpret_cast<const char *>(frame.data),
                                            qsizetype(frame.total() * frame.elemSize())));
        }
    }
    return hash.result().toHex();
}

// Share of the pixels in `rect` whose colour is that of the plate kind's background.
double plateColourShare(const cv::Mat &frame, const cv::Rect &rect, PlateKind kind)
{
    const cv::Mat roi = frame(rect & cv::Rect(0, 0, frame.cols, frame.rows));
    int hits = 0;
    for (int y = 0; y < roi.rows; ++y) {
        for (int x = 0; x < roi.cols; ++x) {
            const cv::Vec3b p = roi.at<cv::Vec3b>(y, x);
            const int b = p[0], g = p[1], r = p[2];
            bool hit = false;
            switch (kind) {
            case PlateKind::Blue:
                hit = b > r + 60 && b > g + 30;
                break;
            case PlateKind::Green:
                hit = g > r + 25 && g > b + 25;
                break;
            case PlateKind::Yellow:
                hit = r > b + 90 && g > b + 60;
                break;
            case PlateKind::Police:
                hit = b > 150 && g > 150 && r > 150 && std::abs(b - r) < 40;
                break;
            }
            hits += hit;
        }
    }
    return roi.empty() ? 0 : double(hits) / double(roi.total());
}

cv::Rect toPixels(const NormalizedRect &box, const SceneScript &script)
{
    return {int(std::lround(box.x * script.width)), int(std::lround(box.y * script.height)),
            int(std::lround(box.width * script.width)),
            int(std::lround(box.height * script.height))};
}

} // namespace

TEST_CASE("plate format rules accept the civilian formats and flag the others",
          "[scenegen][plates]")
{
    CHECK(checkPlate(QStringLiteral("鄂C·12345")).valid);
    CHECK(checkPlate(QStringLiteral("京A8B6K2")).valid);
    CHECK(checkPlate(QStringLiteral("鄂A·D12345")).valid);
    CHECK(checkPlate(QStringLiteral("鄂A·D12345")).newEnergy);
    CHECK(checkPlate(QStringLiteral("鄂A12345F")).valid);
    CHECK_FALSE(checkPlate(QStringLiteral("鄂A·I2345")).valid); // I is never used
    CHECK_FALSE(checkPlate(QStringLiteral("鄂O12345")).valid);
    CHECK_FALSE(checkPlate(QStringLiteral("届C12345")).valid); // the OCR misread of 鄂
    CHECK(checkPlate(QStringLiteral("届C12345")).reason.contains(QStringLiteral("character 1")));
    CHECK_FALSE(checkPlate(QStringLiteral("鄂A·X12345")).valid); // 8 characters without D/F
    CHECK_FALSE(checkPlate(QStringLiteral("鄂AD1234A")).valid);
    CHECK_FALSE(checkPlate(QStringLiteral("鄂C1234")).valid);
    const PlateCheck police = checkPlate(QStringLiteral("鄂A·1234警"));
    CHECK_FALSE(police.valid);
    CHECK(police.flag == QStringLiteral("police"));
    CHECK(checkPlate(QStringLiteral("VA12345")).flag == QStringLiteral("military"));
    CHECK(checkPlate(QStringLiteral("123456使")).flag == QStringLiteral("embassy"));
    CHECK(plateDisplay(QStringLiteral("鄂C12345")) == QStringLiteral("鄂C·12345"));
}

TEST_CASE("the plate generator only produces plates of the requested format", "[scenegen][plates]")
{
    PlateGenerator gen(7);
    for (int i = 0; i < 500; ++i) {
        for (PlateKind kind : {PlateKind::Blue, PlateKind::Yellow, PlateKind::Green}) {
            const QString text = gen.plate(kind);
            const PlateCheck check = checkPlate(text);
            INFO(text.toStdString() << " " << check.reason.toStdString());
            CHECK(check.valid);
            CHECK(check.newEnergy == (kind == PlateKind::Green));
        }
        const QString police = gen.plate(PlateKind::Police);
        CHECK(checkPlate(police).flag == QStringLiteral("police"));
    }
    PlateGenerator a(3), b(3);
    CHECK(a.plate(PlateKind::Green) == b.plate(PlateKind::Green));
}

TEST_CASE("a missing CJK font names the package to install", "[scenegen][plates]")
{
    QString error;
    CHECK(pickCjkFamily({QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Zen Hei")},
                        &error) == QStringLiteral("WenQuanYi Zen Hei"));
    CHECK(pickCjkFamily({QStringLiteral("DejaVu Sans")}, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("fonts-noto-cjk")));
}

TEST_CASE("checkpoint scenes render deterministically from the seed", "[scenegen][checkpoint]")
{
    ensureGuiApp();
    SceneCase scene = *sceneCase(QStringLiteral("checkpoint"));
    scene.script.duration = 11; // the first three vehicles
    const QList<int> frames{40, 80, 100};
    SceneRenderer first(scene.script);
    REQUIRE(first.error().isEmpty());
    SceneRenderer second(scene.script);
    const QByteArray hash = hashFrames(first, frames);
    CHECK(hash == hashFrames(second, frames));

    SceneCase other = *sceneCase(QStringLiteral("checkpoint"), scene.script.seed + 1);
    other.script.duration = 11;
    SceneRenderer third(other.script);
    CHECK(hash != hashFrames(third, frames));
    // Another seed, other plates.
    CHECK(other.plates.first().plate.text != scene.plates.first().plate.text);
}

TEST_CASE("truth plate boxes lie on the rendered plates", "[scenegen][checkpoint]")
{
    ensureGuiApp();
    for (const QString &name : checkpointSceneNames()) {
        const SceneCase scene = *sceneCase(name);
        INFO(name.toStdString());
        // Check each pass at its most readable frame (largest plate), where the colour is clean.
        QHash<int, const PlatePass *> byFrame;
        for (const PlatePass &pass : scene.plates) {
            REQUIRE_FALSE(pass.frames.isEmpty());
            REQUIRE(pass.readableFrom >= 0);
            CHECK(pass.maxPlateWidthPx >= 120);
            CHECK(pass.maxPlateWidthPx <= 190);
            const PlateFrame *widest = &pass.frames.first();
            for (const PlateFrame &f : pass.frames) {
                if (f.box.width > widest->box.width)
                    widest = &f;
            }
            byFrame.insert(widest->frame, &pass);
        }
        REQUIRE(byFrame.size() == scene.plates.size());
        SceneRenderer renderer(scene.script);
        REQUIRE(renderer.error().isEmpty());
        const int last = *std::max_element(byFrame.keyBegin(), byFrame.keyEnd());
        for (int f = 0; f <= last; ++f) {
            const cv::Mat &frame = renderer.render(f);
            const PlatePass *pass = byFrame.value(f);
            if (!pass)
                continue;
            const PlateFrame *at = nullptr;
            for (const PlateFrame &pf : pass->frames)
                at = pf.frame == f ? &pf : at;
            const cv::Rect box = toPixels(at->box, scene.script);
            INFO(pass->plate.text.toStdString() << " frame " << f);
            const double inside = plateColourShare(frame, box, pass->plate.kind);
            CHECK(inside > (pass->plate.kind == PlateKind::Police ? 0.4 : 0.5));
            // The same box moved off the plate (below the bumper) holds no plate colour.
            const cv::Rect below = box + cv::Point(0, box.height * 2);
            CHECK(plateColourShare(frame, below, pass->plate.kind) < 0.1);
        }
    }
}

TEST_CASE("checkpoint truth plates follow the format rules and mark the flagged ones",
          "[scenegen][checkpoint]")
{
    int flagged = 0;
    int greens = 0;
    for (const QString &name : checkpointSceneNames()) {
        for (unsigned seed : {1u, 2u, 3u}) {
            const SceneCase scene = *sceneCase(name, seed);
            for (const PlatePass &pass : scene.plates) {
                const PlateCheck check = checkPlate(pass.plate.text);
                INFO(name.toStdString() << " " << pass.plate.text.toStdString());
                CHECK(pass.valid == check.valid);
                CHECK(pass.flag == check.flag);
                if (pass.plate.kind == PlateKind::Police) {
                    CHECK(pass.flag == QStringLiteral("police"));
                    ++flagged;
                } else {
                    CHECK(check.valid);
                }
                greens += pass.plate.kind == PlateKind::Green;
                CHECK(pass.plate.text.size() == (pass.plate.kind == PlateKind::Green ? 8 : 7));
                CHECK((pass.lane == 1 || pass.lane == 2));
                CHECK(pass.readableFrom <= pass.readableTo);
                CHECK(pass.start <= pass.readableFrom);
                CHECK(pass.readableTo <= pass.end);
            }
        }
    }
    CHECK(flagged >= 6); // police plates in the day and night scenes
    CHECK(greens >= 15);
}
