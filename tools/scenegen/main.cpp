// vigil-scenegen: renders a built-in synthetic scene to an H.264 clip (MP4, 25 fps, a keyframe
// every second, no B-frames: shaped like an IP camera's stream) with its ground truth as JSON
// lines and the plugin settings it is meant for.
//
//   vigil-scenegen --list
//   vigil-scenegen --scene intrusion --out DIR    -> DIR/intrusion.mp4, .truth.jsonl,
//                                                    .settings.json
//   vigil-scenegen --scene demo_gate --sub --out DIR
//                                                 -> DIR/demo_gate_main.mp4 (1280 x 720) and
//                                                    DIR/demo_gate_sub.mp4 (640 x 360), one pass
//   vigil-scenegen --scene checkpoint --seed 5 --snapshot 120 --out DIR
//                                                 -> also DIR/checkpoint-120.png
//   vigil-scenegen --scene intrusion --format y4m --out DIR   -> raw DIR/intrusion.y4m
//
// Scenes render at their own rate (5 or 10 fps for the analytics scenes) and each frame is held
// until the next is due (clipwriter.h): truth times in seconds hold for the clip; --snapshot and
// the truth's "frame" numbers count scene frames. --name renames the outputs (demo clips).
//
// Checkpoint scenes (checkpoint, checkpoint_night, checkpoint_newenergy; see checkpoint.h) write
// one "platePass" JSON line per vehicle: plate, plateDisplay, plateKind (blue|green|yellow|police),
// valid, flag, lane, direction, start/end, readableFrom/readableTo and the normalized plate box
// per frame. The plates need a CJK font (fonts-noto-cjk); the tool renders offscreen.

#include "clipwriter.h"
#include "scenecases.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace vigil::scenegen;

namespace {

bool writeText(const QString &path, const QByteArray &text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// A whole-number option within [low, high]; prints the error and returns false otherwise.
bool intOption(const QCommandLineParser &parser, const QCommandLineOption &option, int low,
               int high, int *value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int parsed = parser.value(option).toInt(&ok);
    if (!ok || parsed < low || parsed > high) {
        std::fprintf(stderr, "vigil-scenegen: --%s \"%s\" must be a whole number from %d to %d\n",
                     qPrintable(option.names().first()), qPrintable(parser.value(option)), low,
                     high);
        return false;
    }
    *value = parsed;
    return true;
}

QByteArray truthLines(const SceneCase &scene)
{
    QByteArray truth;
    for (const TruthEvent &event : scene.truth)
        truth += QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact) + '\n';
    for (const PlatePass &pass : scene.plates)
        truth += QJsonDocument(pass.toJson(scene.script)).toJson(QJsonDocument::Compact) + '\n';
    return truth;
}

QByteArray settingsFile(const SceneCase &scene)
{
    QJsonArray accesses;
    for (const AccessEvent &access : scene.accesses)
        accesses.append(QJsonObject{{QStringLiteral("grantedAt"), access.grantedAt},
                                    {QStringLiteral("deliveredAt"), access.deliveredAt}});
    const QJsonObject settings{{QStringLiteral("plugin"), scene.pluginId},
                               {QStringLiteral("accessEvents"), accesses},
                               {QStringLiteral("settings"), scene.settings},
                               {QStringLiteral("expectedCounts"), scene.expectedCounts}};
    return QJsonDocument(settings).toJson();
}

} // namespace

int main(int argc, char **argv)
{
    // Fonts (for the plates) need a QGuiApplication; the tool is headless.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    quietEncoderLog();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Renders a synthetic scene with ground truth for the analytics plugins."));
    parser.addHelpOption();
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the scenes."));
    const QCommandLineOption sceneOption(
        QStringLiteral("scene"), QStringLiteral("Scene to render."), QStringLiteral("name"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output directory."),
                                       QStringLiteral("dir"), QStringLiteral("."));
    const QCommandLineOption nameOption(
        QStringLiteral("name"), QStringLiteral("Base name of the outputs (default: the scene)."),
        QStringLiteral("name"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        QStringLiteral("Seed instead of the scene's own (checkpoint scenes: also the plates)."),
        QStringLiteral("n"));
    const QCommandLineOption snapshotOption(QStringLiteral("snapshot"),
                                            QStringLiteral("Also save scene frame N as a PNG."),
                                            QStringLiteral("N"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), QStringLiteral("mp4 (H.264, default), mkv (H.264) or y4m (raw)."),
        QStringLiteral("format"), QStringLiteral("mp4"));
    const QCommandLineOption fpsOption(QStringLiteral("fps"),
                                       QStringLiteral("Frame rate of the H.264 clip (25)."),
                                       QStringLiteral("n"), QStringLiteral("25"));
    const QCommandLineOption crfOption(
        QStringLiteral("crf"),
        QStringLiteral("Constant rate factor, 0-51 (23; the sub stream +2)."), QStringLiteral("n"),
        QStringLiteral("23"));
    const QCommandLineOption bitrateOption(
        QStringLiteral("bitrate"),
        QStringLiteral("Average bitrate in kbit/s instead of CRF (the sub stream scaled by area)."),
        QStringLiteral("kbps"));
    const QCommandLineOption presetOption(QStringLiteral("preset"),
                                          QStringLiteral("x264 preset (veryfast)."),
                                          QStringLiteral("name"), QStringLiteral("veryfast"));
    const QCommandLineOption encoderOption(QStringLiteral("encoder"),
                                           QStringLiteral("FFmpeg H.264 encoder (libx264)."),
                                           QStringLiteral("name"), QStringLiteral("libx264"));
    const QCommandLineOption threadsOption(
        QStringLiteral("threads"), QStringLiteral("Encoder threads per stream, 0 = auto (1)."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption subOption(
        QStringLiteral("sub"),
        QStringLiteral("Also a 640x360 sub stream from the same frames: NAME_main and NAME_sub."));
    parser.addOptions({list, sceneOption, outOption, nameOption, seedOption, snapshotOption,
                       formatOption, fpsOption, crfOption, bitrateOption, presetOption,
                       encoderOption, threadsOption, subOption});
    parser.process(app);

    if (parser.isSet(list)) {
        for (const QString &name : sceneCaseNames()) {
            const std::optional<SceneCase> scene = sceneCase(name);
            const bool checkpoint = !scene->plates.isEmpty();
            std::printf("%-22s %dx%d, %g s%s\n", qPrintable(name), scene->script.width,
                        scene->script.height, scene->script.duration,
                        checkpoint ? ", checkpoint, Chinese plates, platePass truth" : "");
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
    ClipRequest request;
    request.format = parser.value(formatOption);
    if (request.format != QStringLiteral("mp4") && request.format != QStringLiteral("mkv") &&
        request.format != QStringLiteral("y4m")) {
        std::fprintf(stderr, "vigil-scenegen: --format \"%s\": use mp4, mkv or y4m\n",
                     qPrintable(request.format));
        return 2;
    }
    int snapshotFrame = -1;
    int bitrate = 0;
    if (!intOption(parser, snapshotOption, 0, 1000000, &snapshotFrame) ||
        !intOption(parser, fpsOption, 1, 120, &request.main.fps) ||
        !intOption(parser, crfOption, 0, 51, &request.main.crf) ||
        !intOption(parser, bitrateOption, 50, 100000, &bitrate) ||
        !intOption(parser, threadsOption, 0, 64, &request.main.threads))
        return 2;
    request.main.gopFrames = request.main.fps; // one keyframe a second
    request.main.bitrateKbps = bitrate;
    request.main.preset = parser.value(presetOption);
    request.main.encoder = parser.value(encoderOption);
    request.subCrf = std::min(51, request.main.crf + 2);
    const bool sub = parser.isSet(subOption);
    if (sub && request.format == QStringLiteral("y4m")) {
        std::fprintf(stderr, "vigil-scenegen: --sub needs --format mp4 or mkv\n");
        return 2;
    }
    const std::optional<SceneCase> scene = sceneCase(name, seed);
    if (!scene) {
        std::fprintf(stderr, "vigil-scenegen: unknown scene \"%s\" (--list shows them)\n",
                     qPrintable(name));
        return 2;
    }
    if (snapshotFrame >= scene->script.frameCount()) {
        std::fprintf(stderr, "vigil-scenegen: --snapshot %d: the scene has %d frames\n",
                     snapshotFrame, scene->script.frameCount());
        return 2;
    }
    const QDir out(parser.value(outOption));
    if (!out.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "vigil-scenegen: cannot create the output directory %s\n",
                     qPrintable(out.path()));
        return 1;
    }
    const QString base = parser.isSet(nameOption) ? parser.value(nameOption) : name;
    const QString extension = QLatin1Char('.') + request.format;
    request.mainPath = out.filePath(base + (sub ? QStringLiteral("_main") : QString()) + extension);
    if (sub)
        request.subPath = out.filePath(base + QStringLiteral("_sub") + extension);
    request.snapshotFrame = snapshotFrame;
    request.snapshotPath = out.filePath(QStringLiteral("%1-%2.png").arg(base).arg(snapshotFrame));

    QString error;
    ClipResult result;
    if (!writeSceneClip(scene->script, request, &result, &error) ||
        !writeText(out.filePath(base + QStringLiteral(".truth.jsonl")), truthLines(*scene),
                   &error) ||
        !writeText(out.filePath(base + QStringLiteral(".settings.json")), settingsFile(*scene),
                   &error)) {
        std::fprintf(stderr, "vigil-scenegen: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s: %d scene frames -> %d clip frames, %lld expected events, %lld plate passes "
                "-> %s\n",
                qPrintable(name), result.sceneFrames, result.outputFrames,
                qlonglong(scene->truth.size()), qlonglong(scene->plates.size()),
                qPrintable(request.mainPath));
    return 0;
}
