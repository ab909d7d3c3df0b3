// Golden tests through the shipped binaries: vigil-scenegen renders each scene (an H.264 MP4 clip
// at 25 fps like a camera's, truth JSONL, plugin settings), the real vigil-analyze runs the
// plugin on the clip and writes its events as JSONL, and the events are matched one-to-one with
// the truth within a time tolerance. VIGIL_GOLDEN_CLIP_FORMAT=y4m runs the same on the
// uncompressed frames (to see what compression costs; docs/analytics.md has both).
// Precision and recall are printed per plugin and held to the floors documented in
// docs/analytics.md. Unlike tests/plugins/golden_test.cpp nothing here links the scene library
// or the plugins: only the files the tools write are compared.

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

namespace {

constexpr double kToleranceSeconds = 1.0;

struct Tally
{
    int truth = 0;
    int reported = 0; // instant and started events
    int matched = 0;
    int endsChecked = 0;
    int endsWithinTolerance = 0;
    QStringList problems;

    double precision() const { return reported ? double(matched) / reported : 1.0; }
    double recall() const { return truth ? double(matched) / truth : 1.0; }
};

QList<QJsonObject> readJsonLines(const QString &path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QList<QJsonObject> lines;
    int number = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++number;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        INFO("line " << number << ": " << error.errorString().toStdString());
        REQUIRE(document.isObject());
        lines.append(document.object());
    }
    return lines;
}

void runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(120000));
    INFO(program.toStdString() << ' ' << arguments.join(QLatin1Char(' ')).toStdString() << '\n'
                               << process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
}

// "<line>:<direction>" for line crossings (the truth's detail), empty for the other types.
QString eventDetail(const QJsonObject &event)
{
    const QJsonObject details = event.value(QStringLiteral("details")).toObject();
    const QString line = details.value(QStringLiteral("line")).toString();
    return line.isEmpty()
               ? QString()
               : line + QLatin1Char(':') + details.value(QStringLiteral("direction")).toString();
}

void score(const QString &scene, const QList<QJsonObject> &truth, const QList<QJsonObject> &events,
           Tally *tally)
{
    QList<QJsonObject> openings;
    for (const QJsonObject &event : events) {
        if (event.value(QStringLiteral("phase")).toString() != QStringLiteral("ended"))
            openings.append(event);
    }
    tally->truth += int(truth.size());
    tally->reported += int(openings.size());
    QList<bool> used(openings.size(), false);
    for (const QJsonObject &expected : truth) {
        const QString type = expected.value(QStringLiteral("type")).toString();
        const double start = expected.value(QStringLiteral("start")).toDouble();
        int best = -1;
        double bestError = kToleranceSeconds;
        for (int i = 0; i < openings.size(); ++i) {
            // The truth's detail is "<line>:<direction>" for crossings, the zone otherwise
            // (not compared: one zone per scene).
            if (used[i] || openings[i].value(QStringLiteral("type")).toString() != type ||
                (type == QStringLiteral("lineCrossing") &&
                 eventDetail(openings[i]) != expected.value(QStringLiteral("detail")).toString()))
                continue;
            const double error =
                std::abs(openings[i].value(QStringLiteral("time")).toDouble() - start);
            if (error <= bestError) {
                bestError = error;
                best = i;
            }
        }
        if (best < 0) {
            tally->problems.append(
                QStringLiteral("%1: missed %2 at %3 s").arg(scene, type).arg(start));
            continue;
        }
        used[best] = true;
        ++tally->matched;
        if (!expected.contains(QStringLiteral("end")))
            continue;
        ++tally->endsChecked;
        const double end = expected.value(QStringLiteral("end")).toDouble();
        const double eventId = openings[best].value(QStringLiteral("eventId")).toDouble();
        double endedAt = -1;
        for (const QJsonObject &event : events) {
            if (event.value(QStringLiteral("phase")).toString() == QStringLiteral("ended") &&
                event.value(QStringLiteral("eventId")).toDouble() == eventId &&
                event.value(QStringLiteral("type")).toString() == type)
                endedAt = event.value(QStringLiteral("time")).toDouble();
        }
        if (endedAt >= 0 && std::abs(endedAt - end) <= kToleranceSeconds)
            ++tally->endsWithinTolerance;
        else
            tally->problems.append(
                QStringLiteral("%1: %2 from %3 s: expected end %4 s, got %5")
                    .arg(scene, type)
                    .arg(start)
                    .arg(end)
                    .arg(endedAt >= 0 ? QString::number(endedAt) : QStringLiteral("no end")));
    }
    for (int i = 0; i < openings.size(); ++i) {
        if (!used[i])
            tally->problems.append(
                QStringLiteral("%1: unexpected %2 at %3 s")
                    .arg(scene, openings[i].value(QStringLiteral("type")).toString())
                    .arg(openings[i].value(QStringLiteral("time")).toDouble()));
    }
}

// Renders and analyses every scene, returns the plugin's tally (printed as one line).
Tally runPlugin(const QString &pluginId, const QStringList &scenes)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QDir out(dir.path());
    Tally tally;
    const QString format = qEnvironmentVariable("VIGIL_GOLDEN_CLIP_FORMAT", QStringLiteral("mp4"));
    for (const QString &scene : scenes) {
        runTool(QStringLiteral(VIGIL_SCENEGEN_PATH),
                {QStringLiteral("--scene"), scene, QStringLiteral("--format"), format,
                 QStringLiteral("--out"), out.path()});
        const QString clip = out.filePath(scene + QLatin1Char('.') + format);
        const QString settings = out.filePath(scene + QStringLiteral(".settings.json"));
        const QString events = out.filePath(scene + QStringLiteral(".events.jsonl"));
        runTool(QStringLiteral(VIGIL_ANALYZE_PATH),
                {QStringLiteral("--plugin"), pluginId, QStringLiteral("--settings"), settings,
                 QStringLiteral("--input"), clip, QStringLiteral("--events"), events});
        QFile::remove(clip); // Y4M: ~35 MB each; keep the temporary directory small
        score(scene, readJsonLines(out.filePath(scene + QStringLiteral(".truth.jsonl"))),
              readJsonLines(events), &tally);
    }
    std::printf("analyze-golden %-24s clips=%s scenes=%lld truth=%d reported=%d matched=%d "
                "precision=%.2f recall=%.2f ends=%d/%d\n",
                qPrintable(pluginId), qPrintable(format), qlonglong(scenes.size()), tally.truth,
                tally.reported, tally.matched, tally.precision(), tally.recall(),
                tally.endsWithinTolerance, tally.endsChecked);
    std::fflush(stdout);
    return tally;
}

// The documented floors (docs/analytics.md, "Accuracy"): 0.9 precision and recall, lasting events
// ended within the tolerance.
void requireFloors(const Tally &tally, int minTruth)
{
    INFO(tally.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(tally.truth >= minTruth); // a scene without truth would make the floors meaningless
    CHECK(tally.precision() >= 0.9);
    CHECK(tally.recall() >= 0.9);
    CHECK(tally.endsWithinTolerance >= 0.9 * tally.endsChecked);
}

} // namespace

TEST_CASE("analyze golden: line crossing", "[analyze][golden]")
{
    requireFloors(
        runPlugin(QStringLiteral("org.vigil.linecrossing"), {QStringLiteral("linecrossing")}), 4);
}

TEST_CASE("analyze golden: intrusion", "[analyze][golden]")
{
    requireFloors(runPlugin(QStringLiteral("org.vigil.intrusion"), {QStringLiteral("intrusion")}),
                  2);
}

TEST_CASE("analyze golden: loitering", "[analyze][golden]")
{
    requireFloors(runPlugin(QStringLiteral("org.vigil.loitering"), {QStringLiteral("loitering")}),
                  1);
}

TEST_CASE("analyze golden: tamper, every camera fault and a scene with light changes only",
          "[analyze][golden]")
{
    const Tally tally =
        runPlugin(QStringLiteral("org.vigil.tamper"),
                  {QStringLiteral("tamper-cover"), QStringLiteral("tamper-blur"),
                   QStringLiteral("tamper-dark"), QStringLiteral("tamper-bright"),
                   QStringLiteral("tamper-colourCast"), QStringLiteral("tamper-freeze"),
                   QStringLiteral("tamper-shift"), QStringLiteral("tamper-none")});
    requireFloors(tally, 7);
}

TEST_CASE("analyze golden: tailgating with access events from the settings file",
          "[analyze][golden]")
{
    requireFloors(runPlugin(QStringLiteral("org.vigil.tailgating"), {QStringLiteral("tailgating")}),
                  2);
}

TEST_CASE("analyze golden: illegal parking and crowd gathering", "[analyze][golden]")
{
    requireFloors(runPlugin(QStringLiteral("org.vigil.parking"), {QStringLiteral("parking")}), 1);
    requireFloors(runPlugin(QStringLiteral("org.vigil.crowd"), {QStringLiteral("crowd")}), 1);
}
