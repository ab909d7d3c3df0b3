// vigil-scenegen: renders a built-in synthetic scene to a Y4M clip (ffmpeg turns it into H.264:
// `ffmpeg -i scene.y4m -c:v libx264 scene.mp4`) with its ground truth as JSON lines and the plugin
// settings it is meant for.
//
//   vigil-scenegen --list
//   vigil-scenegen --scene intrusion --out DIR    -> DIR/intrusion.y4m, .truth.jsonl,
//   .settings.json

#include "scenecases.h"

#include <opencv2/imgproc.hpp>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace vigil::scenegen;

namespace {

bool writeClip(const SceneCase &scene, const QString &path, QString *error)
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
    cv::Mat yuv;
    for (int f = 0; f < script.frameCount(); ++f) {
        cv::cvtColor(renderer.render(f), yuv, cv::COLOR_BGR2YUV_I420);
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
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Renders a synthetic scene with ground truth for the analytics plugins."));
    parser.addHelpOption();
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the scenes."));
    const QCommandLineOption sceneOption(
        QStringLiteral("scene"), QStringLiteral("Scene to render."), QStringLiteral("name"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output directory."),
                                       QStringLiteral("dir"), QStringLiteral("."));
    parser.addOptions({list, sceneOption, outOption});
    parser.process(app);

    if (parser.isSet(list)) {
        for (const QString &name : sceneCaseNames())
            std::printf("%s\n", qPrintable(name));
        return 0;
    }
    const QString name = parser.value(sceneOption);
    const std::optional<SceneCase> scene = sceneCase(name);
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
    QJsonArray accesses;
    for (const AccessEvent &access : scene->accesses)
        accesses.append(QJsonObject{{QStringLiteral("grantedAt"), access.grantedAt},
                                    {QStringLiteral("deliveredAt"), access.deliveredAt}});
    const QJsonObject settings{{QStringLiteral("plugin"), scene->pluginId},
                               {QStringLiteral("accessEvents"), accesses},
                               {QStringLiteral("settings"), scene->settings},
                               {QStringLiteral("expectedCounts"), scene->expectedCounts}};
    QString error;
    if (!writeClip(*scene, out.filePath(name + QStringLiteral(".y4m")), &error) ||
        !writeText(out.filePath(name + QStringLiteral(".truth.jsonl")), truth, &error) ||
        !writeText(out.filePath(name + QStringLiteral(".settings.json")),
                   QJsonDocument(settings).toJson(), &error)) {
        std::fprintf(stderr, "vigil-scenegen: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s: %d frames, %lld expected events -> %s\n", qPrintable(name),
                scene->script.frameCount(), qlonglong(scene->truth.size()), qPrintable(out.path()));
    return 0;
}
