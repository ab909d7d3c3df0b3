#include "analytics/analyticssnapshot.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <vector>

namespace vigil {

namespace {

cv::Mat toBgr(const RingFrame &frame)
{
    // The ring stores planes packed (stride = plane width), see packedFrameBytes().
    auto *data = const_cast<uchar *>(frame.pixels.data());
    cv::Mat bgr;
    switch (frame.format) {
    case PixelFormat::Gray8:
        cv::cvtColor(cv::Mat(frame.height, frame.width, CV_8UC1, data), bgr, cv::COLOR_GRAY2BGR);
        break;
    case PixelFormat::Bgr24:
        bgr = cv::Mat(frame.height, frame.width, CV_8UC3, data).clone();
        break;
    case PixelFormat::Yuv420p:
        if (frame.width % 2 == 0 && frame.height % 2 == 0) {
            cv::cvtColor(cv::Mat(frame.height * 3 / 2, frame.width, CV_8UC1, data), bgr,
                         cv::COLOR_YUV2BGR_I420);
        } else { // odd sizes: the luma plane alone
            cv::cvtColor(cv::Mat(frame.height, frame.width, CV_8UC1, data), bgr,
                         cv::COLOR_GRAY2BGR);
        }
        break;
    }
    return bgr;
}

} // namespace

QString analyticsSnapshotDirectory(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("snapshots/analytics"));
}

QString writeAnalyticsSnapshot(const RingFrame &frame, const QList<NormalizedRect> &boxes,
                               const QString &directory, const QString &cameraId, qint64 eventId,
                               QString *error)
{
    if (frame.width <= 0 || frame.height <= 0 ||
        frame.pixels.size() < packedFrameBytes(frame.width, frame.height, frame.format)) {
        *error = QStringLiteral("analytics snapshot of %1: no usable frame").arg(cameraId);
        return {};
    }
    cv::Mat bgr = toBgr(frame);
    const int thickness = std::max(2, frame.width / 240);
    for (const NormalizedRect &box : boxes) {
        const cv::Rect rect(int(box.x * frame.width), int(box.y * frame.height),
                            std::max(1, int(box.width * frame.width)),
                            std::max(1, int(box.height * frame.height)));
        cv::rectangle(bgr, rect, cv::Scalar(0, 0, 255), thickness);
    }
    std::vector<uchar> jpeg;
    if (!cv::imencode(".jpg", bgr, jpeg, {cv::IMWRITE_JPEG_QUALITY, 85})) {
        *error = QStringLiteral("analytics snapshot of %1: JPEG encoding failed").arg(cameraId);
        return {};
    }
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(frame.timestampUs / 1000);
    const QDir dir(QDir(directory).filePath(time.toString(QStringLiteral("yyyyMMdd"))));
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = QStringLiteral("%1: cannot create the directory").arg(dir.path());
        return {};
    }
    QString safeCamera = cameraId;
    for (QChar &c : safeCamera) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    const QString path = dir.filePath(
        QStringLiteral("%1-%2-%3.jpg").arg(safeCamera).arg(frame.timestampUs / 1000).arg(eventId));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(reinterpret_cast<const char *>(jpeg.data()), qint64(jpeg.size())) !=
            qint64(jpeg.size())) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    return path;
}

} // namespace vigil
