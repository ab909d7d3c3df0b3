#include "clipwriter.h"

#include <opencv2/imgproc.hpp>

#include <QFile>
#include <QImage>

#include <cmath>

namespace vigil::scenegen {

namespace {

bool saveSnapshot(const cv::Mat &bgr, const QString &path, QString *error)
{
    const QImage image(bgr.data, bgr.cols, bgr.rows, int(bgr.step), QImage::Format_BGR888);
    if (!image.save(path)) {
        *error = QStringLiteral("%1: cannot write the PNG").arg(path);
        return false;
    }
    return true;
}

bool writeY4m(const SceneScript &script, SceneRenderer &renderer, const ClipRequest &request,
              ClipResult *result, QString *error)
{
    QFile file(request.mainPath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(request.mainPath, file.errorString());
        return false;
    }
    file.write(QStringLiteral("YUV4MPEG2 W%1 H%2 F%3:1 Ip A1:1 C420jpeg\n")
                   .arg(script.width)
                   .arg(script.height)
                   .arg(int(script.fps))
                   .toLatin1());
    cv::Mat yuv;
    for (int f = 0; f < script.frameCount(); ++f) {
        const cv::Mat &bgr = renderer.render(f);
        if (f == request.snapshotFrame && !saveSnapshot(bgr, request.snapshotPath, error))
            return false;
        cv::cvtColor(bgr, yuv, cv::COLOR_BGR2YUV_I420);
        file.write("FRAME\n");
        if (file.write(reinterpret_cast<const char *>(yuv.data), qint64(yuv.total())) !=
            qint64(yuv.total())) {
            *error = QStringLiteral("%1: %2").arg(request.mainPath, file.errorString());
            return false;
        }
    }
    result->sceneFrames = result->outputFrames = script.frameCount();
    return true;
}

} // namespace

int outputFrameCount(const SceneScript &script, int fps)
{
    return int(std::lround(script.duration * fps));
}

int sceneFrameAt(const SceneScript &script, int outputFrame, int fps)
{
    // The small epsilon keeps exact multiples (t = k / sceneFps) on frame k despite rounding.
    const int frame = int(std::floor(outputFrame * script.fps / fps + 1e-9));
    return std::min(frame, script.frameCount() - 1);
}

bool writeSceneClip(const SceneScript &script, const ClipRequest &request, ClipResult *result,
                    QString *error)
{
    SceneRenderer renderer(script);
    if (!renderer.error().isEmpty()) {
        *error = QStringLiteral("scene %1: %2").arg(script.name, renderer.error());
        return false;
    }
    if (request.format == QStringLiteral("y4m"))
        return writeY4m(script, renderer, request, result, error);

    EncoderOptions mainOptions = request.main;
    mainOptions.size = QSize(script.width, script.height);
    mainOptions.container = request.format;
    ClipEncoder mainEncoder;
    if (!mainEncoder.open(request.mainPath, mainOptions, error))
        return false;
    ClipEncoder subEncoder;
    if (!request.subPath.isEmpty()) {
        EncoderOptions subOptions = mainOptions;
        subOptions.size = request.subSize;
        subOptions.crf = request.subCrf;
        if (subOptions.bitrateKbps > 0) // same bits per pixel as the main stream
            subOptions.bitrateKbps = std::max(
                100, int(std::lround(double(subOptions.bitrateKbps) * request.subSize.width() *
                                     request.subSize.height() / (script.width * script.height))));
        if (!subEncoder.open(request.subPath, subOptions, error))
            return false;
    }
    const int frames = outputFrameCount(script, mainOptions.fps);
    int rendered = -1;
    const cv::Mat *picture = nullptr;
    for (int out = 0; out < frames; ++out) {
        const int wanted = sceneFrameAt(script, out, mainOptions.fps);
        while (rendered < wanted) { // every scene frame in order (the freeze fault needs it)
            picture = &renderer.render(++rendered);
            if (rendered == request.snapshotFrame &&
                !saveSnapshot(*picture, request.snapshotPath, error))
                return false;
        }
        if (!mainEncoder.write(*picture, error) ||
            (!request.subPath.isEmpty() && !subEncoder.write(*picture, error)))
            return false;
    }
    if (!mainEncoder.finish(error) || (!request.subPath.isEmpty() && !subEncoder.finish(error)))
        return false;
    result->sceneFrames = rendered + 1;
    result->outputFrames = frames;
    return true;
}

} // namespace vigil::scenegen
