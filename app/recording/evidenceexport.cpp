#include "recording/evidenceexport.h"

#include "privacy/exportblurrer.h"
#include "recording/auditlog.h"
#include "recording/clipremuxer.h"
#include "recording/evidencesigning.h"
#include "recording/segmentindex.h"
#include "recording/segmentwriter.h"
#include "recording/watermarker.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace vigil {

namespace {

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString clipName(const ExportRange &range)
{
    const QString base =
        QFileInfo(SegmentWriter::segmentPath(QString(), range.cameraId, range.fromMs))
            .completeBaseName();
    const QString to = QDateTime::fromMSecsSinceEpoch(range.toMs, Qt::UTC)
                           .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    return QStringLiteral("%1_to_%2.mp4").arg(base, to);
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

EvidenceExporter::EvidenceExporter(SegmentIndex &index, QString dataDir)
    : m_index(index), m_dataDir(std::move(dataDir))
{}

std::optional<ExportResult> EvidenceExporter::exportEvidence(const ExportRequest &request,
                                                             QString *error)
{
    auto failed = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (request.ranges.isEmpty())
        return failed(QStringLiteral("nothing to export: no camera range given"));
    if (request.operatorName.trimmed().isEmpty())
        return failed(QStringLiteral("the operator must be named for the audit log"));
    for (const ExportRange &range : request.ranges) {
        if (range.toMs <= range.fromMs)
            return failed(
                QStringLiteral("range of camera %1 ends before it starts").arg(range.cameraId));
    }
    QDir out(request.outputDir);
    if (out.exists() && !out.isEmpty())
        return failed(QStringLiteral("export folder %1 is not empty")
                          .arg(QDir::toNativeSeparators(request.outputDir)));
    if (!QDir().mkpath(request.outputDir))
        return failed(QStringLiteral("cannot create export folder %1")
                          .arg(QDir::toNativeSeparators(request.outputDir)));

    QString detail;
    const std::optional<SigningKey> key = loadOrCreateSigningKey(m_dataDir, &detail);
    if (!key)
        return failed(detail);

    ExportResult result;
    result.outputDir = out.absolutePath();
    result.publicKeyBase64 = QString::fromLatin1(key->publicKey.toBase64());
    QJsonArray cameras;
    QJsonArray files;
    bool reEncoded = false;
    // A cancelled or failed re-encode leaves no half export behind.
    const auto discardFiles = [&] {
        for (const ExportedFile &file : std::as_const(result.files))
            QFile::remove(out.filePath(file.name));
    };
    for (const ExportRange &range : request.ranges) {
        const QList<SegmentRecord> segments =
            m_index.segments(range.cameraId, range.fromMs, range.toMs);
        const QString name = clipName(range);
        const QList<QRectF> masks =
            request.publicRelease ? request.privacyMasks.value(range.cameraId) : QList<QRectF>{};
        const QList<QPolygonF> polygons = request.publicRelease
                                              ? request.privacyPolygons.value(range.cameraId)
                                              : QList<QPolygonF>{};
        const bool blurPeople = request.publicRelease && bool(request.privacyDetector);
        const bool reEncode =
            request.watermark || !masks.isEmpty() || !polygons.isEmpty() || blurPeople;
        const QString remuxed =
            reEncode ? out.filePath(QStringLiteral(".remux-") + name) : out.filePath(name);
        RemuxedClip clip;
        if (!remuxRange(segments, range.fromMs, range.toMs, remuxed, &clip, &detail))
            return failed(
                QStringLiteral("camera %1, %2 – %3: %4")
                    .arg(range.cameraId, isoUtc(range.fromMs), isoUtc(range.toMs), detail));
        const double done = double(result.files.size()) / double(request.ranges.size());
        const double share = 1.0 / double(request.ranges.size());
        if (reEncode) {
            WatermarkJob job;
            job.inputPath = remuxed;
            job.outputPath = out.filePath(name);
            if (request.watermark) {
                job.lines << QStringLiteral("%1 · %2").arg(range.cameraName, request.operatorName)
                          << QStringLiteral("Exported %1")
                                 .arg(isoUtc(QDateTime::currentMSecsSinceEpoch()));
                if (!request.caseNumber.isEmpty())
                    job.lines << QStringLiteral("Case %1").arg(request.caseNumber);
                job.firstFrameMs = clip.firstMs;
            }
            job.privacyMasks = masks;
            job.privacyPolygons = polygons;
            std::unique_ptr<ExportBlurrer> blurrer;
            if (blurPeople) {
                std::unique_ptr<PrivacyRegionDetector> detector = request.privacyDetector(&detail);
                if (!detector) {
                    QFile::remove(remuxed);
                    discardFiles();
                    return failed(QStringLiteral("camera %1: face/plate blurring unavailable: %2")
                                      .arg(range.cameraId, detail));
                }
                blurrer = std::make_unique<ExportBlurrer>(std::move(detector));
                job.frameFilter = [&blurrer](QImage &image, QString *error) {
                    return blurrer->process(image, error);
                };
            }
            if (request.progress)
                job.progress = [&](double fraction) {
                    return request.progress(done + fraction * share);
                };
            const WatermarkResult burned = burnWatermark(job);
            QFile::remove(remuxed);
            if (!burned.ok) {
                discardFiles();
                return failed(
                    burned.cancelled
                        ? burned.error
                        : QStringLiteral("camera %1: %2").arg(range.cameraId, burned.error));
            }
            reEncoded = true;
            clip.codec = QStringLiteral("h264");
        }
        if (request.progress && !request.progress(done + share)) {
            QFile::remove(out.filePath(name));
            discardFiles();
            return failed(QStringLiteral("export cancelled"));
        }
        ExportedFile exported;
        exported.name = name;
        exported.cameraId = range.cameraId;
        exported.fromMs = clip.firstMs;
        exported.toMs = clip.endMs;
        exported.bytes = QFileInfo(out.filePath(name)).size();
        exported.codec = clip.codec;
        exported.sha256 = sha256OfFile(out.filePath(name), &detail);
        if (exported.sha256.isEmpty())
            return failed(detail);
        result.files.append(exported);

        QJsonArray gaps;
        for (const GapRecord &gap : m_index.gaps(range.cameraId, range.fromMs, range.toMs))
            gaps.append(QJsonObject{{QStringLiteral("from"), isoUtc(gap.startMs)},
                                    {QStringLiteral("to"), isoUtc(gap.endMs)},
                                    {QStringLiteral("reason"), gap.reason}});
        cameras.append(QJsonObject{{QStringLiteral("id"), range.cameraId},
                                   {QStringLiteral("name"), range.cameraName},
                                   {QStringLiteral("requested_from"), isoUtc(range.fromMs)},
                                   {QStringLiteral("requested_to"), isoUtc(range.toMs)},
                                   {QStringLiteral("gaps"), gaps}});
        files.append(QJsonObject{{QStringLiteral("name"), name},
                                 {QStringLiteral("camera_id"), range.cameraId},
                                 {QStringLiteral("from"), isoUtc(exported.fromMs)},
                                 {QStringLiteral("to"), isoUtc(exported.toMs)},
                                 {QStringLiteral("codec"), exported.codec},
                                 {QStringLiteral("bytes"), exported.bytes},
                                 {QStringLiteral("sha256"), exported.sha256}});
    }

    const QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("vigil-evidence/1")},
        {QStringLiteral("created_at"), isoUtc(QDateTime::currentMSecsSinceEpoch())},
        {QStringLiteral("operator"), request.operatorName},
        {QStringLiteral("reason"), request.reason},
        {QStringLiteral("case_number"), request.caseNumber},
        {QStringLiteral("re_encoded"), reEncoded},
        {QStringLiteral("watermark"), request.watermark},
        {QStringLiteral("public_release"), request.publicRelease},
        {QStringLiteral("privacy_masks"),
         request.publicRelease &&
             (!request.privacyMasks.isEmpty() || !request.privacyPolygons.isEmpty())},
        {QStringLiteral("face_plate_blurring"),
         request.publicRelease && bool(request.privacyDetector)},
        {QStringLiteral("cameras"), cameras},
        {QStringLiteral("files"), files},
        {QStringLiteral("signature_algorithm"), QStringLiteral("Ed25519")},
        {QStringLiteral("signature_file"), QStringLiteral("manifest.sig")},
        {QStringLiteral("public_key"), result.publicKeyBase64}};
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    const QByteArray signature = signDetached(manifestBytes, *key);
    if (signature.isEmpty())
        return failed(QStringLiteral("signing the manifest failed"));
    if (!writeFile(out.filePath(QStringLiteral("manifest.json")), manifestBytes, error) ||
        !writeFile(out.filePath(QStringLiteral("manifest.sig")), signature.toBase64() + '\n',
                   error))
        return std::nullopt;

    // Lock the ranges and log the export together: neither without the other.
    QSqlDatabase db = m_index.database();
    if (!db.transaction())
        return failed(QStringLiteral("cannot lock the exported ranges: no transaction"));
    for (const ExportedFile &file : std::as_const(result.files)) {
        EvidenceLock lock;
        lock.cameraId = file.cameraId;
        lock.startMs = file.fromMs;
        lock.endMs = file.toMs;
        lock.source = QStringLiteral("export");
        lock.reason = request.caseNumber.isEmpty()
                          ? request.reason
                          : request.caseNumber + QStringLiteral(": ") + request.reason;
        if (m_index.addLock(lock, &detail) < 0) {
            db.rollback();
            return failed(detail);
        }
    }
    const QJsonObject audit{{QStringLiteral("case_number"), request.caseNumber},
                            {QStringLiteral("reason"), request.reason},
                            {QStringLiteral("files"), files},
                            {QStringLiteral("public_key"), result.publicKeyBase64}};
    if (!appendAuditEntry(db, request.operatorName, QStringLiteral("export"), result.outputDir,
                          audit, &detail)) {
        db.rollback();
        return failed(detail);
    }
    if (!db.commit()) {
        db.rollback();
        return failed(QStringLiteral("cannot commit the evidence locks and audit entry"));
    }
    return result;
}

} // namespace vigil
