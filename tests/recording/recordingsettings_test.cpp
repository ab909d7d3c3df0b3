// recording.json (defaults, overrides, located errors) and alert clips (evidence locks that
// retention respects and that the alert detail finds again by alert id).
#include "recording/alertclip.h"
#include "recording/recordingsettings.h"
#include "recording/retention.h"
#include "store/database.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace vigil;

TEST_CASE("recording.json sets defaults and per-camera overrides", "[recording][settings]")
{
    const QByteArray json = R"({
  "storageDir": "/srv/video",
  "reserveGiB": 5,
  "segmentSeconds": 30,
  "defaults": {"mode": "event", "retentionDays": 14, "preEventSeconds": 8},
  "cameras": {"cam-2": {"mode": "continuous", "retentionDays": 3},
              "cam-3": {"mode": "off"}},
  "alertClip": {"preSeconds": 4, "postSeconds": 6}
})";
    const RecordingSettingsResult result =
        RecordingSettingsReader::parse(json, QStringLiteral("recording.json"), {});
    INFO(result.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(result.errors.isEmpty());
    const RecordingSettings &settings = result.settings;
    CHECK(settings.storageDir == QStringLiteral("/srv/video"));
    CHECK(settings.reserveBytes == 5ll << 30);
    CHECK(settings.alertPreSeconds == 4);
    CHECK(settings.alertPostSeconds == 6);

    const CameraRecordingConfig one =
        settings.configFor(QStringLiteral("cam-1"), QStringLiteral("/srv/video"));
    CHECK(one.mode == RecordingMode::Event);
    CHECK(one.retentionDays == 14);
    CHECK(one.preEventSeconds == 8);
    CHECK(one.segmentSeconds == 30);
    CHECK(one.storageDir == QStringLiteral("/srv/video"));
    const CameraRecordingConfig two =
        settings.configFor(QStringLiteral("cam-2"), QStringLiteral("/srv/video"));
    CHECK(two.mode == RecordingMode::Continuous);
    CHECK(two.retentionDays == 3);
    CHECK(two.preEventSeconds == 8);
    CHECK(settings.configFor(QStringLiteral("cam-3"), QStringLiteral("/srv")).mode ==
          RecordingMode::Off);
}

TEST_CASE("recording.json errors name file, line and field and keep the defaults",
          "[recording][settings]")
{
    const QByteArray json = "{\n"
                            "  \"reserveGiB\": -1,\n"
                            "  \"defaults\": {\n"
                            "    \"mode\": \"always\",\n"
                            "    \"retentionDays\": 2\n"
                            "  },\n"
                            "  \"cameras\": {\"cam-9\": {\"retentionDays\": 0.5, \"colour\": 1}},\n"
                            "  \"storageDir\": \"relative/dir\"\n"
                            "}\n";
    const RecordingSettings base =
        RecordingSettings::demo({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                 QStringLiteral("d"), QStringLiteral("e")});
    CHECK(base.configFor(QStringLiteral("d"), {}).mode == RecordingMode::Continuous);
    CHECK(base.configFor(QStringLiteral("e"), {}).mode == RecordingMode::Event);
    const RecordingSettingsResult result =
        RecordingSettingsReader::parse(json, QStringLiteral("/data/recording.json"), base);
    const QStringList &errors = result.errors;
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(errors.size() == 5);
    CHECK(errors.filter(QStringLiteral("/data/recording.json:2: reserveGiB:")).size() == 1);
    CHECK(errors
              .filter(QStringLiteral("/data/recording.json:4: defaults.mode: must be "
                                     "\"continuous\", \"event\" or \"off\""))
              .size() == 1);
    CHECK(errors.filter(QStringLiteral(":7: cameras.cam-9.retentionDays: must be a whole number"))
              .size() == 1);
    CHECK(errors.filter(QStringLiteral(":7: cameras.cam-9.colour: unknown field")).size() == 1);
    CHECK(errors.filter(QStringLiteral(":8: storageDir: must be an absolute folder path")).size() ==
          1);
    // Valid fields still apply, invalid ones keep the base value.
    CHECK(result.settings.defaults.retentionDays == 2);
    CHECK(result.settings.defaults.mode == base.defaults.mode);
    CHECK(result.settings.reserveBytes == base.reserveBytes);

    const RecordingSettingsResult broken = RecordingSettingsReader::parse(
        "{\n  \"reserveGiB\": 1,\n  oops\n}", QStringLiteral("r.json"), base);
    REQUIRE(broken.errors.size() == 1);
    CHECK(broken.errors.first().startsWith(QStringLiteral("r.json:3: invalid JSON")));
}

TEST_CASE("An alert clip is an evidence lock found by alert id and kept by retention",
          "[recording][alertclip]")
{
    constexpr qint64 kDay = 24ll * 3600 * 1000;
    constexpr qint64 kT0 = 1'700'000'000'000;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    auto db = Database::open(dir.filePath(QStringLiteral("vigil.db")), &error);
    REQUIRE(db);
    SegmentIndex index(db->connection());
    // Three closed 60 s segments; the alert falls in the second one.
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        SegmentRecord segment;
        segment.cameraId = QStringLiteral("cam-1");
        segment.startMs = kT0 + i * 60'000;
        segment.endMs = segment.startMs + 60'000;
        segment.path = dir.filePath(QStringLiteral("seg%1.mp4").arg(i));
        QFile file(segment.path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(100, 'x'));
        file.close();
        const qint64 id = index.insertSegment(segment, &error);
        REQUIRE(id > 0);
        REQUIRE(index.updateSegment(id, segment.endMs, 100, false, &error));
        ids << id;
    }
    const qint64 alertMs = kT0 + 90'000;
    const auto clip = lockAlertClip(index, 42, QStringLiteral("cam-1"), alertMs, 10, 20, &error);
    REQUIRE(clip);
    CHECK(clip->startMs == alertMs - 10'000);
    CHECK(clip->endMs == alertMs + 20'000);
    // Idempotent: the same alert keeps its one clip.
    const auto again = lockAlertClip(index, 42, QStringLiteral("cam-1"), alertMs + 5000, 10, 20);
    REQUIRE(again);
    CHECK(again->lockId == clip->lockId);
    const auto found = findAlertClip(index, 42);
    REQUIRE(found);
    CHECK(found->cameraId == QStringLiteral("cam-1"));
    CHECK(found->startMs == clip->startMs);
    CHECK_FALSE(findAlertClip(index, 43));
    const QList<AlertClip> markers = alertClips(index, QStringLiteral("cam-1"), kT0, kT0 + kDay);
    REQUIRE(markers.size() == 1);
    CHECK(markers.first().alertId == 42);

    RetentionSweeper sweeper(index);
    sweeper.setRetentionDays(QStringLiteral("cam-1"), 1);
    sweeper.setClock([] { return kT0 + 3 * kDay; });
    const RetentionResult swept = sweeper.sweep();
    CHECK(swept.deletedSegments == 2);
    const QList<SegmentRecord> left = index.segments(QStringLiteral("cam-1"), kT0, kT0 + kDay);
    REQUIRE(left.size() == 1);
    CHECK(left.first().id == ids[1]);
    CHECK(QFile::exists(left.first().path));
}
