#pragma once
// Snapshot of a wall tile to a PNG or JPEG file: the file name carries the camera id and the
// time, and the file carries them as text metadata (PNG tEXt chunks / JPEG comment).
// writeSnapshot() does disk I/O: call it on a worker thread (WallController uses QtConcurrent).
// Pure functions otherwise; any thread.

#include <QDateTime>
#include <QImage>
#include <QString>

namespace vigil {

struct SnapshotRequest
{
    QImage image;
    QString cameraId;
    QString cameraName;
    QDateTime time; // when the frame was decoded
    QString directory;
    QString format = QStringLiteral("jpg"); // "jpg" or "png"
};

struct SnapshotResult
{
    QString path;  // written file, empty on failure
    QString error; // names the file and the reason
};

// "<cameraId>_<yyyyMMdd-HHmmss-zzz>.<format>", with characters unsafe in file names replaced.
QString snapshotFileName(const QString &cameraId, const QDateTime &time, const QString &format);

// Blocking: creates the directory if needed and writes the file.
SnapshotResult writeSnapshot(const SnapshotRequest &request);

} // namespace vigil
