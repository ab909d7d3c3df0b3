// vigil-analyze, the headless runner: events as JSON lines on a clip; clear errors on bad input.
#include "walkerscene.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using vigil::test::WalkerScene;

namespace {

struct RunResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

RunResult analyze(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(VIGIL_ANALYZE_PATH), arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The walker scene as a Y4M clip (what vigil-scenegen writes too).
QString writeClip(const QDir &dir)
{
    const WalkerScene scene;
    const QString path = dir.filePath(QStringLiteral("walker.y4m"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("YUV4MPEG2 W640 H360 F5:1 Ip A1:1 C420jpeg\n");
    for (int f = 0; f < scene.frameCount(); ++f) {
        cv::Mat i420;
        cv::cvtColor(scene.bgr(f), i420, cv::COLOR_BGR2YUV_I420);
        file.write("FRAME\n");
        file.write(reinterpret_cast<const char *>(i420.data), qint64(i420.total()));
    }
    return path;
}

QString writeText(const QDir &dir, const QString &name, const QByteArray &text)
{
    QFile file(dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return file.fileName();
}

} // namespace

TEST_CASE("vigil-analyze: prints the plugin's events on a clip as JSON lines",
          "[analyticsd][analyze]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString clip = writeClip(QDir(dir.path()));
    const QString settings = writeText(
        QDir(dir.path()), QStringLiteral("zone.json"),
        R"({"zones": [{"name": "Lawn", "points": [[0.45,0.55],[0.75,0.55],[0.75,1],[0.45,1]]}]})");
    const RunResult run =
        analyze({QStringLiteral("--plugin"), QStringLiteral("org.vigil.intrusion"),
                 QStringLiteral("--settings"), settings, clip});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    const QJsonObject started = QJsonDocument::fromJson(lines.at(0).toUtf8()).object();
    const QJsonObject ended = QJsonDocument::fromJson(lines.at(1).toUtf8()).object();
    CHECK(started.value(QStringLiteral("type")).toString() == QStringLiteral("intrusion"));
    CHECK(started.value(QStringLiteral("phase")).toString() == QStringLiteral("started"));
    CHECK(ended.value(QStringLiteral("phase")).toString() == QStringLiteral("ended"));
    const double enters = double(WalkerScene().entersZoneUs() - WalkerScene::kEpochUs) / 1e6;
    CHECK(std::abs(started.value(QStringLiteral("time")).toDouble() - enters) <= 1.0);
    CHECK(run.err.contains(QStringLiteral("70 frames analysed, 2 events")));
}

TEST_CASE("vigil-analyze: bad input exits non-zero and says what is wrong", "[analyticsd][analyze]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QDir d(dir.path());
    const QString clip = writeClip(d);

    RunResult run =
        analyze({QStringLiteral("--plugin"), QStringLiteral("org.example.nothing"), clip});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("unknown plugin \"org.example.nothing\"")));
    CHECK(run.err.contains(QStringLiteral("org.vigil.intrusion"))); // lists what is installed

    run = analyze({QStringLiteral("--plugin"), QStringLiteral("org.vigil.motion"),
                   d.filePath(QStringLiteral("missing.mp4"))});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("missing.mp4: cannot open")));

    const QString broken =
        writeText(d, QStringLiteral("broken.json"), "{\n  \"sensitivity\": 50,\n  oops\n}\n");
    run = analyze({QStringLiteral("--plugin"), QStringLiteral("org.vigil.motion"),
                   QStringLiteral("--settings"), broken, clip});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("broken.json:3:")));

    const QString outOfRange =
        writeText(d, QStringLiteral("range.json"), R"({"sensitivity": 250})");
    run = analyze({QStringLiteral("--plugin"), QStringLiteral("org.vigil.motion"),
                   QStringLiteral("--settings"), outOfRange, clip});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("sensitivity: must be between 1 and 100, got 250")));

    run = analyze({clip});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("choose plugins")));
}
