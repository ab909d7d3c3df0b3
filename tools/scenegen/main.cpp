// vigil-scenegen: renders a built-in synthetic scene to a Y4M clip (ffmpeg turns it into H.264:
// `ffmpeg -i scene.y4m -c:v libx264 scene.mp4`) with its ground truth as JSON lines and the plugin
// settings it is meant for.
//
//   vigil-scenegen --list
//   vigil-scenegen --scene intrusion --out DIR    -> DIR/intrusion.y4m, .truth.jsonl,
//   .settings.json
//   vigil-scenegen --scene checkpoint --seed 5 --snapshot 120 --out DIR
//                                                 -> also DIR/checkpoint-120.png
//
// Checkpoint scenes (checkpoint, checkpoint_night, checkpoint_newenergy; see checkpoint.h) write
// one "platePass" JSON line per vehicle: plate, plateDisplay, plateKind (blue|green|yellow|police),
// valid, flag, lane, direction, start/end, readableFrom/readableTo and the normalized plate box
// per frame. The plates need a CJK font (fonts-noto-cjk); the tool renders offscreen.

#include "scenecases.h"

#include <opencv2/imgproc.hpp>

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace vigil::scenegen;

namespace {

bool writeClip(const SceneCase &scene, const QString &path, int snapshotFrame,
               const QString &snapshotPath, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    const SceneScript &script = scene.script;
    file.write(QStringLiteral("YUV4MPEG2 W%1 H%2 F%3:1 Ip A1:1 C420jpeg\n")
                   .arg(script.width)
                   .arg(script.height)
                   .arg(int(script.fps))
                   .toLatin1());
    SceneRenderer renderer(script);
    if (!renderer.error().isEmpty()) {
        *error = QStringLiteral("scene %1: %2").arg(script.name, renderer.error());
        return false;
    }
    cv::Mat yuv;
    for (int f = 0; f < script.frameCount(); ++f) {
        const cv::Mat &bgr = renderer.render(f);
        if (f == snapshotFrame) {
            const QImage image(bgr.data, bgr.cols, bgr.rows, int(bgr.step), QImage::Format_BGR888);
            if (!image.save(snapshotPath)) {
                *error = QStringLiteral("%1: cannot write the PNG").arg(snapshotPath);
                return false;
            }
        }
        cv::cvtColor(bgr, yuv, cv::COLOR_BGR2YUV_I420);
        file.write("FRAME\n");
        if (file.write(reinterpret_cast<const char *>(yuv.data), qint64(yuv.total())) !=
            qint64(yuv.total())) {
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
            return false;
        }
    }
    return true;
}

bool writeText(const QString &path, const QByteArray &text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    // Fonts (for the plates) need a QGuiApplication; the tool is headless.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Renders a synthetic scene with ground truth for the analytics plugins."));
    parser.addHelpOption();
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the scenes."));
    const QCommandLineOption sceneOption(
        QStringLiteral("scene"), QStringLiteral("Scene to render."), QStringLiteral("name"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output directory."),
                                       QStringLiteral("dir"), QStringLiteral("."));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        QStringLiteral("Seed instead of the scene's own (checkpoint scenes: also the plates)."),
        QStringLiteral("n"));
    const QCommandLineOption snapshotOption(QStringLiteral("snapshot"),
                                            QStringLiteral("Also save frame N as a PNG."),
                                            QStringLiteral("N"));
    parser.addOptions({list, sceneOption, outOption, seedOption, snapshotOption});
    parser.process(app);

    if (parser.isSet(list)) {
        for (const QString &name : sceneCaseNames()) {
            const bool checkpoint = checkpointSceneNames().contains(name);
            std::printf("%s%s\n", qPrintable(name),
                        checkpoint ? "  (1280x720 checkpoint, Chinese plates, platePass truth)"
                                   : "");
        }
        return 0;
    }
    const QString name = parser.value(sceneOption);
    std::optional<unsigned> seed;
    if (parser.isSet(seedOption)) {
        bool ok = false;
        seed = parser.value(seedOption).toUInt(&ok);
        if (!ok) {
            std::fprintf(stderr, "vigil-scenegen: --seed \"%s\" is not a number\n",
                         qPrintable(parser.value(seedOption)));
            return 2;
        }
    }
    int snapshotFrame = -1;
    if (parser.isSet(snapshotOption)) {
        bool ok = false;
        snapshotFrame = parser.value(snapshotOption).toInt(&ok);
        if (!ok || snapshotFrame < 0) {
            std::fprintf(stderr, "vigil-scenegen: --snapshot \"%s\" is not a frame number\n",
                         qPrintable(parser.value(snapshotOption)));
            return 2;
        }
    }
    const std::optional<SceneCase> scene = sceneCase(name, seed);
    if (!scene) {
        std::fprintf(stderr, "vigil-scenegen: unknown scene \"%s\" (--list shows them)\n",
                     qPrintable(name));
        return 2;
    }
    const QDir out(parser.value(outOption));
    if (!out.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "vigil-scenegen: cannot create %s\n", qPrintable(out.path()));
        return 1;
    }
    QByteArray truth;
    for (const TruthEvent &event : scene->truth)
        truth += QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact) + '\n';
    for (const PlatePass &pass : scene->plates)
        truth += QJsonDocument(pass.toJson(scene->script)).toJson(QJsonDocument::Compact) + '\n';
    QJsonArray accesses;
    for (const AccessEvent &access : scene->accesses)
        accesses.append(QJsonObject{{QStringLiteral("grantedAt"), access.grantedAt},
                                    {QStringLiteral("deliveredAt"), access.deliveredAt}});
    const QJsonObject settings{{QStringLiteral("plugin"), scene->pluginId},
                               {QStringLiteral("accessEvents"), accesses},
                               {QStringLiteral("settings"), scene->settings},
                               {QStringLiteral("expectedCounts"), scene->expectedCounts}};
    QString error;
    const QString snapshotPath =
        out.filePath(QStringLiteral("%1-%2.png").arg(name).arg(snapshotFrame));
    if (snapshotFrame >= scene->script.frameCount()) {
        std::fprintf(stderr, "vigil-scenegen: --snapshot %d: the scene has %d frames\n",
                     snapshotFrame, scene->script.frameCount());
        return 2;
    }
    if (!writeClip(*scene, out.filePath(name + QStringLiteral(".y4m")), snapshotFrame, snapshotPath,
                   &error) ||
        !writeText(out.filePath(name + QStringLiteral(".truth.jsonl")), truth, &error) ||
        !writeText(out.filePath(name + QStringLiteral(".settings.json")),
                   QJsonDocument(settings).toJson(), &error)) {
        std::fprintf(stderr, "vigil-scenegen: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s: %d frames, %lld expected events, %lld plate passes -> %s\n", qPrintable(name),
                scene->script.frameCount(), qlonglong(scene->truth.size()),
                qlonglong(scene->plates.size()), qPrintable(out.path()));
    return 0;
}
