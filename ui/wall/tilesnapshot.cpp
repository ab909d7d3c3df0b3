#include "wall/tilesnapshot.h"

#include <QDir>
#include <QImageWriter>
#include <QRegularExpression>

namespace vigil {

QString snapshotFileName(const QString &cameraId, const QDateTime &time, const QString &format)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    QString id = cameraId;
    id.replace(unsafe, QStringLiteral("_"));
    return QStringLiteral("%1_%2.%3")
        .arg(id.isEmpty() ? QStringLiteral("camera") : id,
             time.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")), format);
}

SnapshotResult writeSnapshot(const SnapshotRequest &request)
{
    SnapshotResult result;
    const QString format = request.format.toLower() == QLatin1String("png") ? QStringLiteral("png")
                                                                            : QStringLiteral("jpg");
    if (request.image.isNull()) {
        result.error =
            QStringLiteral("snapshot of camera %1: no picture yet").arg(request.cameraId);
        return result;
    }
    if (!QDir().mkpath(request.directory)) {
        result.error = QStringLiteral("snapshot: cannot create folder %1")
                           .arg(QDir::toNativeSeparators(request.directory));
        return result;
    }
    const QString path =
        QDir(request.directory).filePath(snapshotFileName(request.cameraId, request.time, format));
    QImageWriter writer(path, format.toLatin1());
    writer.setText(QStringLiteral("Camera"), request.cameraId);
    writer.setText(QStringLiteral("CameraName"), request.cameraName);
    writer.setText(QStringLiteral("Time"), request.time.toString(Qt::ISODateWithMs));
    writer.setText(QStringLiteral("Software"), QStringLiteral("Vigil"));
    if (format == QLatin1String("jpg"))
        writer.setQuality(90);
    if (!writer.write(request.image)) {
        result.error = QStringLiteral("snapshot %1: %2")
                           .arg(QDir::toNativeSeparators(path), writer.errorString());
        return result;
    }
    result.path = path;
    return result;
}

} // namespace vigil
