#pragma once
// EvidenceExporter: exports a time range of one or several cameras as MP4 clips (remuxed, no
// re-encode) plus manifest.json (cameras, ranges, operator, reason, case number, SHA-256 and
// size per file, the public key) and manifest.sig (Ed25519 detached signature of the exact
// manifest bytes, base64). The exported ranges are evidence-locked and the export is written to
// the audit log. Optionally the clips are re-encoded with a burned-in watermark and/or privacy
// masks (see watermarker.h); the manifest says so.
//
// Thread contract: runs on the thread that owns the SegmentIndex's connection; call it from a
// worker thread (it reads and writes video files), never from the GUI thread.

#include "recording/recordingtypes.h"

#include <QHash>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace vigil {

class PrivacyRegionDetector;
class SegmentIndex;

struct ExportRange
{
    QString cameraId;
    QString cameraName;
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

struct ExportRequest
{
    QList<ExportRange> ranges;
    QString operatorName;
    QString reason;
    QString caseNumber;
    QString outputDir; // created; must be empty if it exists
    // Burn operator, export time, case number and each frame's recorded time into the picture
    // (re-encoded to H.264; otherwise the clips are remuxed untouched).
    bool watermark = false;
    // A public release: the cameras' static privacy masks are blacked out and, when
    // `privacyDetector` is set, faces and plates are pixelated in every frame (re-encoded).
    bool publicRelease = false;
    QHash<QString, QList<QRectF>> privacyMasks; // camera → rectangles, fractions of the picture
    QHash<QString, QList<QPolygonF>> privacyPolygons; // camera → the store's mask polygons
    // Creates the face/plate detector of one public clip (app/privacy/modelregiondetector.h);
    // when it fails the export fails: nothing unblurred is released.
    std::function<std::unique_ptr<PrivacyRegionDetector>(QString *error)> privacyDetector;
    // 0…1 over the whole export; return false to cancel (nothing is locked or logged then).
    std::function<bool(double)> progress;
};

struct ExportedFile
{
    QString name; // relative to the export folder
    QString cameraId;
    qint64 fromMs = 0; // footage actually in the file (starts at a keyframe)
    qint64 toMs = 0;
    qint64 bytes = 0;
    QString sha256;
    QString codec;
};

struct ExportResult
{
    QString outputDir;
    QList<ExportedFile> files;
    QString publicKeyBase64;
};

class EvidenceExporter
{
public:
    // `dataDir` holds the signing key (created there the first time).
    EvidenceExporter(SegmentIndex &index, QString dataDir);
    std::optional<ExportResult> exportEvidence(const ExportRequest &request, QString *error);

private:
    SegmentIndex &m_index;
    QString m_dataDir;
};

} // namespace vigil
