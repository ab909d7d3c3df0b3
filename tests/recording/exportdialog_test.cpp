// Export dialog with a burned-in watermark: the worker re-encodes through libavcodec, the clip is
// H.264 of the right length (ffprobe), the text is really in the picture, the manifest says
// so and vigil-verify accepts the signed folder; a public release blacks out the camera's
// privacy mask; a cancelled export leaves nothing behind.
#include "recordingtestsupport.h"

#include "playback/exportdialog.h"
#include "recording/camerarecorder.h"
#include "recording/segmentindex.h"
#include "recording/segmentreader.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>

using namespace vigil;
using namespace recordingtest;

namespace {

constexpr qint64 kStart = 1'700'000'000'000;

// Mean absolute difference of two same-size pictures inside `area`.
double meanDifference(const QImage &a, const QImage &b, const QRect &area)
{
    double sum = 0;
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) +
                   std::abs(qBlue(p) - qBlue(q));
            ++count;
        }
    }
    return count ? sum / (3.0 * count) : 0;
}

QImage firstPicture(const QString &path)
{
    SegmentReader reader;
    QString error;
    REQUIRE(reader.open(path, &error));
    return reader.imageAt(0, {}, nullptr, &error);
}

} // namespace

TEST_CASE("The export dialog burns a watermark in, signs and verifies", "[recording][export]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("data/vigil.db"));
    const QString clip = makeClip(dir.path(), QStringLiteral("a.mp4"), 4, 320, 180);
    {
        CameraRecordingConfig config;
        config.cameraId = QStringLiteral("c1");
        config.storageDir = dir.filePath(QStringLiteral("rec"));
        config.minFreeBytes = 0;
        CameraRecorder recorder(config, dbPath);
        recorder.start();
        FeedOptions feed;
        feed.startWallMs = kStart;
        feedClip(clip, *recorder.packetConsumer(), feed);
        recorder.stop();
    }
    const QString verify = QStringLiteral(VIGIL_TEST_VERIFY);
    REQUIRE(QFileInfo(verify).isExecutable());

    SECTION("watermarked export")
    {
        ExportDialog dialog(dbPath, dir.filePath(QStringLiteral("data")),
                            {{QStringLiteral("c1"), QStringLiteral("Gate")}}, kStart + 1000,
                            kStart + 3000);
        dialog.setOperator(QStringLiteral("alice"));
        dialog.reasonEdit()->setText(QStringLiteral("theft at the gate"));
        dialog.caseEdit()->setText(QStringLiteral("2026-0042"));
        dialog.folderEdit()->setText(dir.filePath(QStringLiteral("out")));
        dialog.watermarkBox()->setChecked(true);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        REQUIRE(finished.wait(60000));
        INFO(dialog.resultText().toStdString());
        REQUIRE(finished.first().first().toBool());
        const QDir out(dir.filePath(QStringLiteral("out")));
        const QStringList clips = out.entryList({QStringLiteral("*.mp4")}, QDir::Files);
        REQUIRE(clips.size() == 1); // the temporary remux is gone
        const QString exported = out.filePath(clips.first());

        const Probe probe = ffprobe(exported);
        INFO(probe.errors.toStdString());
        REQUIRE(probe.ok);
        CHECK(probe.codec == QStringLiteral("h264"));
        // The range starts at the keyframe at or before 1 s and ends at 3 s: 2 s of 25 fps.
        CHECK(probe.frames >= 48);
        CHECK(probe.frames <= 51);
        CHECK(probe.durationS == Approx(2.0).margin(0.1));

        // The text box is burned into the top-left corner; the rest of the picture is intact.
        QFile manifestFile(out.filePath(QStringLiteral("manifest.json")));
        REQUIRE(manifestFile.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
        CHECK(manifest.value(QStringLiteral("watermark")).toBool());
        CHECK(manifest.value(QStringLiteral("re_encoded")).toBool());
        CHECK(manifest.value(QStringLiteral("case_number")).toString() ==
              QStringLiteral("2026-0042"));
        const auto database = Database::open(dbPath, nullptr);
        REQUIRE(database);
        SegmentIndex index(database->connection());
        const QList<SegmentRecord> segments =
            index.segments(QStringLiteral("c1"), kStart, kStart + 5000);
        REQUIRE_FALSE(segments.isEmpty());
        SegmentReader source;
        QString error;
        REQUIRE(source.open(segments.first().path, &error));
        const QImage original = source.imageAt(1000, {}, nullptr, &error);
        const QImage marked = firstPicture(exported);
        REQUIRE(original.size() == marked.size());
        CHECK(meanDifference(original, marked, QRect(6, 6, 60, 20)) > 30);
        CHECK(meanDifference(original, marked, QRect(200, 120, 100, 50)) < 12);

        QProcess process;
        process.start(verify, {out.path()});
        REQUIRE(process.waitForFinished(30000));
        INFO(QString::fromUtf8(process.readAll()).toStdString());
        CHECK(process.exitCode() == 0);
    }
    SECTION("public release blacks out the privacy mask")
    {
        ExportDialog dialog(dbPath, dir.filePath(QStringLiteral("data")),
                            {{QStringLiteral("c1"), QStringLiteral("Gate")}}, kStart + 1000,
                            kStart + 2000);
        dialog.setOperator(QStringLiteral("alice"));
        dialog.reasonEdit()->setText(QStringLiteral("press release"));
        dialog.folderEdit()->setText(dir.filePath(QStringLiteral("public")));
        dialog.setPrivacyMasks({{QStringLiteral("c1"), {QRectF(0.5, 0.5, 0.5, 0.5)}}});
        dialog.publicReleaseBox()->setChecked(true);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        REQUIRE(finished.wait(60000));
        INFO(dialog.resultText().toStdString());
        REQUIRE(finished.first().first().toBool());
        const QDir out(dir.filePath(QStringLiteral("public")));
        const QStringList clips = out.entryList({QStringLiteral("*.mp4")}, QDir::Files);
        REQUIRE(clips.size() == 1);
        const QImage picture = firstPicture(out.filePath(clips.first()));
        REQUIRE(picture.size() == QSize(320, 180));
        QImage blackFilled(picture.size(), QImage::Format_RGB32);
        blackFilled.fill(Qt::black);
        CHECK(meanDifference(picture, blackFilled, QRect(170, 100, 140, 70)) < 6);
        CHECK(meanDifference(picture, blackFilled, QRect(10, 10, 140, 70)) > 40);
        QFile manifestFile(out.filePath(QStringLiteral("manifest.json")));
        REQUIRE(manifestFile.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
        CHECK(manifest.value(QStringLiteral("public_release")).toBool());
        CHECK(manifest.value(QStringLiteral("privacy_masks")).toBool());
        CHECK_FALSE(manifest.value(QStringLiteral("watermark")).toBool());
    }
    SECTION("cancelled export")
    {
        ExportDialog dialog(dbPath, dir.filePath(QStringLiteral("data")),
                            {{QStringLiteral("c1"), QStringLiteral("Gate")}}, kStart,
                            kStart + 4000);
        dialog.setOperator(QStringLiteral("alice"));
        dialog.reasonEdit()->setText(QStringLiteral("test"));
        dialog.folderEdit()->setText(dir.filePath(QStringLiteral("cancelled")));
        dialog.watermarkBox()->setChecked(true);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        dialog.reject(); // Cancel while running: asks the worker to stop
        CHECK(dialog.isRunning());
        REQUIRE(finished.wait(60000));
        CHECK_FALSE(finished.first().first().toBool());
        CHECK(dialog.resultText().contains(QStringLiteral("cancelled")));
        CHECK(QDir(dir.filePath(QStringLiteral("cancelled")))
                  .entryList({QStringLiteral("*.mp4"), QStringLiteral("manifest.*")}, QDir::Files)
                  .isEmpty());
    }
}
