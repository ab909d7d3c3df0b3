// Evidence export round trip: record real packets, export a range of two cameras, check the
// clips with ffprobe, the signed manifest with the verifier (library and vigil-verify), the
// evidence locks and the audit log; a flipped bit is caught and the file named.
#include "recordingtestsupport.h"

#include "recording/camerarecorder.h"
#include "recording/evidenceexport.h"
#include "recording/evidencesigning.h"
#include "recording/evidenceverify.h"
#include "recording/segmentindex.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <sys/stat.h>

using namespace vigil;
using namespace recordingtest;

namespace {

constexpr qint64 kStart = 1'700'000'000'000;

void record(const QString &camera, const QString &clip, const QString &dbPath,
            const QString &storage)
{
    CameraRecordingConfig config;
    config.cameraId = camera;
    config.storageDir = storage;
    config.segmentSeconds = 4;
    config.minFreeBytes = 0;
    CameraRecorder recorder(config, dbPath);
    recorder.start();
    FeedOptions feed;
    feed.startWallMs = kStart;
    feedClip(clip, *recorder.packetConsumer(), feed);
    recorder.stop();
}

void flipBit(const QString &path, qint64 offset)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    char byte = 0;
    REQUIRE(file.getChar(&byte));
    REQUIRE(file.seek(offset));
    REQUIRE(file.putChar(char(byte ^ 0x10)));
}

struct ToolRun
{
    int exitCode = -1;
    QString output;
};

ToolRun runVerify(const QStringList &args)
{
    const QString buildDir = qEnvironmentVariable("VIGIL_BUILD_DIR");
    const QString tool = buildDir.isEmpty()
                             ? QStringLiteral(VIGIL_TEST_VERIFY)
                             : QDir(buildDir).filePath(QStringLiteral("bin/vigil-verify"));
    INFO("tool " << tool.toStdString());
    REQUIRE(QFileInfo(tool).isExecutable());
    QProcess process;
    process.start(tool, args);
    REQUIRE(process.waitForFinished(30000));
    return {process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}

} // namespace

TEST_CASE("Export of two cameras remuxes, signs, locks, audits and verifies", "[recording][export]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("data/vigil.db"));
    const QString storage = dir.filePath(QStringLiteral("rec"));
    const QString clip = makeClip(dir.path(), QStringLiteral("a.mp4"), 12);
    record(QStringLiteral("c1"), clip, dbPath, storage);
    record(QStringLiteral("c2"), clip, dbPath, storage);

    QString error;
    auto db = Database::open(dbPath, &error);
    REQUIRE(db);
    SegmentIndex index(db->connection());
    REQUIRE(index.segments(QStringLiteral("c1"), kStart, kStart + 12'000).size() == 3);

    ExportRequest request;
    // 2.5 s .. 9.3 s: crosses two segment boundaries (4 s, 8 s); starts mid-GOP.
    request.ranges = {
        {QStringLiteral("c1"), QStringLiteral("Gate"), kStart + 2'500, kStart + 9'300},
        {QStringLiteral("c2"), QStringLiteral("Road"), kStart + 1'000, kStart + 5'000}};
    request.operatorName = QStringLiteral("wang.li");
    request.reason = QStringLiteral("theft investigation");
    request.caseNumber = QStringLiteral("QH-2026-0042");
    request.outputDir = dir.filePath(QStringLiteral("export"));
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    EvidenceExporter exporter(index, dataDir);
    const auto result = exporter.exportEvidence(request, &error);
    INFO(error.toStdString());
    REQUIRE(result);
    REQUIRE(result->files.size() == 2);

    // Clips: H.264, duration = the range plus at most one GOP (1 s) before its start.
    const Probe c1 = ffprobe(QDir(request.outputDir).filePath(result->files[0].name));
    REQUIRE(c1.ok);
    CHECK(c1.codec == QStringLiteral("h264"));
    CHECK(c1.durationS >= 6.8 - 0.05);
    CHECK(c1.durationS <= 6.8 + 1.0 + 0.05);
    CHECK(c1.frames == Approx(c1.durationS * 25).margin(1));
    CHECK(result->files[0].fromMs == kStart + 2'000); // the keyframe before 2.5 s
    const Probe c2 = ffprobe(QDir(request.outputDir).filePath(result->files[1].name));
    REQUIRE(c2.ok);
    CHECK(c2.durationS == Approx(4.0).margin(0.05)); // starts exactly on a keyframe

    // Manifest content.
    QFile manifestFile(QDir(request.outputDir).filePath(QStringLiteral("manifest.json")));
    REQUIRE(manifestFile.open(QIODevice::ReadOnly));
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    CHECK(manifest.value(QStringLiteral("operator")).toString() == request.operatorName);
    CHECK(manifest.value(QStringLiteral("case_number")).toString() == request.caseNumber);
    CHECK(manifest.value(QStringLiteral("cameras")).toArray().size() == 2);
    CHECK(manifest.value(QStringLiteral("files"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("sha256"))
              .toString() == result->files[0].sha256);

    // Key pair: generated once, owner-only.
    struct stat info
    {};
    REQUIRE(::stat(QFile::encodeName(signingKeyPath(dataDir)).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);

    // Locks and audit.
    CHECK(index.isLocked(QStringLiteral("c1"), kStart + 3'000, kStart + 3'001));
    CHECK(index.isLocked(QStringLiteral("c2"), kStart + 4'000, kStart + 4'001));
    CHECK_FALSE(index.isLocked(QStringLiteral("c1"), kStart + 10'000, kStart + 11'000));
    QSqlQuery audit(db->connection());
    REQUIRE(audit.exec(QStringLiteral("SELECT operator, action, details FROM audit_log")));
    REQUIRE(audit.next());
    CHECK(audit.value(0).toString() == QStringLiteral("wang.li"));
    CHECK(audit.value(1).toString() == QStringLiteral("export"));
    CHECK(audit.value(2).toString().contains(QStringLiteral("QH-2026-0042")));

    // Verification: intact, then a flipped bit in one clip, then a changed manifest.
    EvidenceVerification ok = verifyEvidenceFolder(request.outputDir);
    INFO(ok.summary.toStdString());
    CHECK(ok.ok);
    CHECK(ok.filesChecked == 2);
    ToolRun tool = runVerify({request.outputDir});
    INFO(tool.output.toStdString());
    CHECK(tool.exitCode == 0);
    CHECK(tool.output.startsWith(QStringLiteral("OK")));
    QFile pub(signingKeyPath(dataDir) + QStringLiteral(".pub"));
    REQUIRE(pub.exists());
    CHECK(runVerify({QStringLiteral("--key"), pub.fileName(), request.outputDir}).exitCode == 0);

    const QString second = QDir(request.outputDir).filePath(result->files[1].name);
    flipBit(second, QFileInfo(second).size() / 2);
    const EvidenceVerification bad = verifyEvidenceFolder(request.outputDir);
    CHECK_FALSE(bad.ok);
    REQUIRE(bad.problems.size() == 1);
    CHECK(bad.problems.first().startsWith(result->files[1].name));
    tool = runVerify({request.outputDir});
    CHECK(tool.exitCode == 1);
    CHECK(tool.output.contains(result->files[1].name + QStringLiteral(": SHA-256 mismatch")));
    flipBit(second, QFileInfo(second).size() / 2); // restore

    const QString manifestPath = QDir(request.outputDir).filePath(QStringLiteral("manifest.json"));
    flipBit(manifestPath, manifestFile.size() / 3);
    const EvidenceVerification forged = verifyEvidenceFolder(request.outputDir);
    CHECK_FALSE(forged.ok);
    CHECK(forged.summary.contains(QStringLiteral("manifest")));
    CHECK(runVerify({request.outputDir}).exitCode == 1);
}

TEST_CASE("Export refuses bad requests with a clear message", "[recording][export]")
{
    QTemporaryDir dir;
    QString error;
    auto db = Database::open(dir.filePath(QStringLiteral("vigil.db")), &error);
    REQUIRE(db);
    SegmentIndex index(db->connection());
    EvidenceExporter exporter(index, dir.path());
    ExportRequest request;
    request.operatorName = QStringLiteral("op");
    request.outputDir = dir.filePath(QStringLiteral("out"));
    request.ranges = {{QStringLiteral("c1"), {}, kStart, kStart + 1000}};
    CHECK_FALSE(exporter.exportEvidence(request, &error));
    CHECK(error.contains(QStringLiteral("no recorded video")));
    CHECK(error.contains(QStringLiteral("c1")));
    request.ranges = {{QStringLiteral("c1"), {}, kStart + 1000, kStart}};
    CHECK_FALSE(exporter.exportEvidence(request, &error));
    CHECK(error.contains(QStringLiteral("ends before it starts")));
}
