// vigil-analyze: runs analytics plugins over a video clip without the GUI and prints their events
// as JSON lines (for tests, benchmarks, and users tuning settings). The plugins are loaded by the
// same PluginHost as the app, so settings are validated against each plugin's schema.
//
//   vigil-analyze --plugin ID [--settings FILE.json] CLIP
//   vigil-analyze --all-plugins CLIP
//   vigil-analyze --plugins a,b [--camera-config FILE.json] --input CLIP [--events OUT.jsonl]
//
// --settings: the plugin's settings object, or a file written by vigil-scenegen
//   ({"plugin": ..., "settings": {...}, "accessEvents": [...]}; access events are delivered).
// --camera-config: [{"pluginId": ..., "settings": {...}, "enabled": true}, ...], the fields of
//   CameraAnalyticsConfig. Plugins run at their manifest frame rate (frames in between are
//   skipped), like the worker's scheduler. Exit status: 0 done, 1 bad input or a plugin refused.

#include "analytics/pluginhost.h"
#include "clipdecoder.h"

#include <vigil/externalevent.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cstdio>
#include <memory>

using namespace vigil;

namespace {

struct Run
{
    QString pluginId;
    QJsonObject settings;
    QList<double> accessTimes; // seconds, delivered when the clip reaches them
    const PluginManifest *manifest = nullptr;
    std::unique_ptr<AnalyticsAgent> agent;
    qint64 lastUs = 0;
    bool hasLast = false;
    int events = 0;
    int framesRun = 0;
};

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "vigil-analyze: %s\n", qPrintable(message));
    std::exit(1);
}

QJsonDocument readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
        fail(QStringLiteral("%1:%2:%3: invalid JSON: %4")
                 .arg(path)
                 .arg(line)
                 .arg(column)
                 .arg(error.errorString()));
    }
    return document;
}

QString phaseKey(EventPhase phase)
{
    return phase == EventPhase::Started ? QStringLiteral("started")
           : phase == EventPhase::Ended ? QStringLiteral("ended")
                                        : QStringLiteral("instant");
}

void printEvent(FILE *out, const Run &run, const AnalyticsEvent &event)
{
    QJsonArray boxes;
    for (const NormalizedRect &box : event.boxes)
        boxes.append(QJsonArray{box.x, box.y, box.width, box.height});
    const QJsonObject line{{QStringLiteral("time"), double(event.timestampUs) / 1e6},
                           {QStringLiteral("start"), double(event.startTimestampUs) / 1e6},
                           {QStringLiteral("plugin"), run.pluginId},
                           {QStringLiteral("type"), event.typeId},
                           {QStringLiteral("phase"), phaseKey(event.phase)},
                           {QStringLiteral("eventId"), double(event.eventId)},
                           {QStringLiteral("description"), event.description},
                           {QStringLiteral("boxes"), boxes},
                           {QStringLiteral("details"), event.details}};
    std::fprintf(out, "%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vigil-analyze"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs analytics plugins over a clip and prints their events as JSON lines."));
    parser.addHelpOption();
    const QCommandLineOption pluginOption(QStringLiteral("plugin"), QStringLiteral("Plugin id."),
                                          QStringLiteral("ID"));
    const QCommandLineOption pluginsOption(QStringLiteral("plugins"),
                                           QStringLiteral("Comma-separated plugin ids."),
                                           QStringLiteral("IDS"));
    const QCommandLineOption allOption(QStringLiteral("all-plugins"),
                                       QStringLiteral("Every installed plugin."));
    const QCommandLineOption settingsOption(QStringLiteral("settings"),
                                            QStringLiteral("Settings of the one plugin (JSON)."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption cameraConfigOption(
        QStringLiteral("camera-config"), QStringLiteral("Per-plugin settings of a camera (JSON)."),
        QStringLiteral("FILE"));
    const QCommandLineOption inputOption(QStringLiteral("input"), QStringLiteral("The clip."),
                                         QStringLiteral("CLIP"));
    const QCommandLineOption eventsOption(QStringLiteral("events"),
                                          QStringLiteral("Write events here instead of stdout."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption pluginDirOption(QStringLiteral("plugin-dir"),
                                             QStringLiteral("Extra plugin directory."),
                                             QStringLiteral("DIR"));
    const QCommandLineOption cameraOption(QStringLiteral("camera"),
                                          QStringLiteral("Camera id given to the agents."),
                                          QStringLiteral("ID"), QStringLiteral("clip"));
    parser.addOptions({pluginOption, pluginsOption, allOption, settingsOption, cameraConfigOption,
                       inputOption, eventsOption, pluginDirOption, cameraOption});
    parser.addPositionalArgument(QStringLiteral("CLIP"), QStringLiteral("The clip to analyse."));
    parser.process(app);

    QString clip = parser.value(inputOption);
    if (clip.isEmpty() && parser.positionalArguments().size() == 1)
        clip = parser.positionalArguments().constFirst();
    if (clip.isEmpty() || parser.positionalArguments().size() > 1)
        fail(QStringLiteral("expected exactly one clip (CLIP or --input CLIP); see --help"));
    const int selections = int(parser.isSet(pluginOption)) + int(parser.isSet(pluginsOption)) +
                           int(parser.isSet(allOption)) + int(parser.isSet(cameraConfigOption));
    if (selections == 0)
        fail(QStringLiteral("choose plugins with --plugin, --plugins, --all-plugins or "
                            "--camera-config"));
    if (parser.isSet(settingsOption) && !parser.isSet(pluginOption))
        fail(QStringLiteral("--settings applies to one --plugin; use --camera-config for several"));

    PluginHost host;
    const PluginScanReport report =
        host.scan(parser.values(pluginDirOption) + PluginHost::defaultSearchDirectories());
    for (const PluginRefusal &refusal : report.refused)
        std::fprintf(stderr, "vigil-analyze: %s\n", qPrintable(refusal.message));

    std::vector<Run> runs;
    auto addRun = [&](const QString &id, const QJsonObject &settings, const QString &where) {
        Run run;
        run.pluginId = id;
        run.settings = settings;
        run.manifest = host.manifest(id);
        if (!run.manifest) {
            QStringList installed;
            for (const LoadedPluginInfo &info : report.loaded)
                installed.append(info.manifest.id);
            fail(QStringLiteral("%1unknown plugin \"%2\"; installed: %3")
                     .arg(where, id, installed.join(QStringLiteral(", "))));
        }
        runs.push_back(std::move(run));
    };
    if (parser.isSet(pluginOption)) {
        QJsonObject settings;
        QList<double> accesses;
        if (parser.isSet(settingsOption)) {
            const QString path = parser.value(settingsOption);
            const QJsonDocument document = readJson(path);
            if (!document.isObject())
                fail(QStringLiteral("%1: expected a JSON object of settings").arg(path));
            settings = document.object();
            if (settings.value(QStringLiteral("settings")).isObject() &&
                settings.value(QStringLiteral("plugin")).isString()) { // vigil-scenegen's file
                for (const QJsonValue &access :
                     settings.value(QStringLiteral("accessEvents")).toArray())
                    accesses.append(access[QStringLiteral("deliveredAt")].toDouble());
                settings = settings.value(QStringLiteral("settings")).toObject();
            }
        }
        addRun(parser.value(pluginOption), settings, {});
        runs.back().accessTimes = accesses;
    }
    if (parser.isSet(pluginsOption)) {
        for (const QString &id :
             parser.value(pluginsOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
            addRun(id.trimmed(), {}, QStringLiteral("--plugins: "));
    }
    if (parser.isSet(allOption)) {
        for (const LoadedPluginInfo &info : report.loaded)
            addRun(info.manifest.id, {}, {});
    }
    if (parser.isSet(cameraConfigOption)) {
        const QString path = parser.value(cameraConfigOption);
        const QJsonDocument document = readJson(path);
        if (!document.isArray())
            fail(
                QStringLiteral("%1: expected an array of {pluginId, settings, enabled}").arg(path));
        const QJsonArray entries = document.array();
        const bool filter = parser.isSet(pluginsOption);
        std::vector<Run> listed;
        listed.swap(runs);
        for (int i = 0; i < entries.size(); ++i) {
            const QJsonObject entry = entries.at(i).toObject();
            const QString where = QStringLiteral("%1: [%2].").arg(path).arg(i);
            const QString id = entry.value(QStringLiteral("pluginId")).toString();
            if (id.isEmpty())
                fail(where + QStringLiteral("pluginId: missing or not a string"));
            if (!entry.value(QStringLiteral("enabled")).toBool(true))
                continue;
            const bool wanted =
                !filter || std::any_of(listed.begin(), listed.end(),
                                       [&](const Run &r) { return r.pluginId == id; });
            if (wanted)
                addRun(id, entry.value(QStringLiteral("settings")).toObject(), where);
        }
    }
    if (runs.empty())
        fail(QStringLiteral("no plugin to run"));

    const QString cameraId = parser.value(cameraOption);
    for (Run &run : runs) {
        QString error;
        run.agent = host.createAgent(run.pluginId, {cameraId, cameraId, run.settings}, &error);
        if (!run.agent)
            fail(QStringLiteral("%1: %2").arg(run.pluginId, error));
    }

    FILE *out = stdout;
    if (parser.isSet(eventsOption)) {
        out = std::fopen(parser.value(eventsOption).toLocal8Bit().constData(), "w");
        if (!out)
            fail(QStringLiteral("%1: cannot write").arg(parser.value(eventsOption)));
    }

    analyze::ClipDecoder decoder;
    QString error;
    if (!decoder.open(clip, &error))
        fail(error);
    qint64 timestampUs = 0;
    qint64 lastUs = 0;
    int frames = 0;
    while (decoder.next(&timestampUs, &error)) {
        ++frames;
        lastUs = timestampUs;
        for (Run &run : runs) {
            const double minIntervalUs = 0.9e6 / run.manifest->stream.frameRate;
            if (run.hasLast && timestampUs >= run.lastUs &&
                timestampUs - run.lastUs < minIntervalUs)
                continue;
            run.lastUs = timestampUs;
            run.hasLast = true;
            if (auto *receiver = externalEventReceiver(run.agent.get())) {
                while (!run.accessTimes.isEmpty() && run.accessTimes.first() * 1e6 <= timestampUs) {
                    receiver->receiveExternalEvent({QStringLiteral("access.granted"),
                                                    QStringLiteral("door"),
                                                    qint64(run.accessTimes.takeFirst() * 1e6),
                                                    {}});
                }
            }
            const FrameView view = decoder.view(run.manifest->stream.pixelFormat, cameraId);
            const FrameResult result = run.agent->processFrame(view);
            ++run.framesRun;
            for (const AnalyticsEvent &event : result.events) {
                printEvent(out, run, event);
                ++run.events;
            }
        }
    }
    if (!error.isEmpty())
        fail(error);
    if (frames == 0)
        fail(QStringLiteral("%1: no frame could be decoded").arg(clip));
    for (Run &run : runs) {
        for (const AnalyticsEvent &event : run.agent->flush(lastUs)) {
            printEvent(out, run, event);
            ++run.events;
        }
        std::fprintf(stderr, "vigil-analyze: %s: %d frames analysed, %d events\n",
                     qPrintable(run.pluginId), run.framesRun, run.events);
    }
    if (out != stdout)
        std::fclose(out);
    return 0;
}
