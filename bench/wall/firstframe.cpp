#include "firstframe.h"

#include "benchprocesses.h"

#include "app/appoptions.h"
#include "app/bootstrap.h"
#include "app/siteloader.h"
#include "mainwindow.h"
#include "media/videosource.h"
#include "wall/startupreport.h"
#include "wall/videotile.h"
#include "wall/wallgrid.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace vigil::bench {

namespace {

constexpr int kTimeoutMs = 20000;

// Imports the demo district into `dataDir` with its camera URLs moved from port 8554 to `port`
// (so the phase can run while another simulator owns 8554). Done before the clock starts: the
// measured start then loads an existing site instead of importing it.
bool importDemoOnPort(const QString &dataDir, int port, QString *error)
{
    QFile demo(QStringLiteral(":/demo/district.json"));
    if (!demo.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read :/demo/district.json");
        return false;
    }
    QByteArray json = demo.readAll();
    json.replace("127.0.0.1:8554", QByteArray("127.0.0.1:") + QByteArray::number(port));
    const QString moved = dataDir + QStringLiteral("/district-moved.json");
    QFile out(moved);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size()) {
        *error = QStringLiteral("cannot write %1").arg(moved);
        return false;
    }
    out.close();
    const SiteLoadOutcome loaded = SiteLoader::loadBlocking(dataDir, true, moved);
    *error = loaded.error;
    return loaded.error.isEmpty() && loaded.importedDemo;
}

// The demo district's simulator for the phase, unless one is already running.
bool startDemoSimulator(const BenchConfig &config, const FirstFrameSetup &setup,
                        std::optional<Simulator> &sim, QString *error)
{
    if (setup.runningDemoSimulator)
        return true;
    sim.emplace(config.camsim,
                QStringList{QStringLiteral("--config"), config.demoCamsimConfig,
                            QStringLiteral("--clip-dir"), config.clipDir, QStringLiteral("--port"),
                            QString::number(setup.demoPort)});
    return sim->waitReady(15000, error);
}

void waitEventLoop(int ms)
{
    QEventLoop wait; // blocks until the timer instead of spinning
    QTimer::singleShot(ms, &wait, &QEventLoop::quit);
    wait.exec();
}

double field(const QString &line, const QString &key)
{
    const QRegularExpression pattern(QStringLiteral("\\b%1=(-?[0-9.]+)").arg(key));
    const auto match = pattern.match(line);
    return match.hasMatch() ? match.captured(1).toDouble() : -1;
}

} // namespace

std::optional<FirstFrameResult>
measureWholeAppFirstFrame(const BenchConfig &config, const FirstFrameSetup &setup, QString *error)
{
    std::optional<Simulator> sim;
    if (!startDemoSimulator(config, setup, sim, error))
        return std::nullopt;
    QTemporaryDir data;
    QTemporaryDir settings; // no remembered basemap, window state or language of the user
    if (setup.demoPort != 8554 && !importDemoOnPort(data.path(), setup.demoPort, error))
        return std::nullopt;

    QProcess vigil;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VIGIL_REPORT_FIRST_FRAME"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), settings.path());
    vigil.setProcessEnvironment(env);
    vigil.setStandardErrorFile(data.path() + QStringLiteral("/vigil.stderr"));
    const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/vigil");
    QStringList arguments{QStringLiteral("--demo"),
                          QStringLiteral("--data-dir"),
                          data.path(),
                          QStringLiteral("--layout"),
                          QStringLiteral("9"),
                          QStringLiteral("--quit-after-s"),
                          QString::number(kTimeoutMs / 1000 + 10)};
    if (!setup.renderer.isEmpty())
        arguments << QStringLiteral("--renderer") << setup.renderer;

    QString report;
    QByteArray output;
    QObject::connect(&vigil, &QProcess::readyReadStandardOutput, [&] {
        output += vigil.readAllStandardOutput();
        for (const QByteArray &line : output.split('\n'))
            if (line.startsWith("vigil-first-frame "))
                report = QString::fromLatin1(line);
    });
    const double launchMs = monotonicMs();
    vigil.start(program, arguments);
    QElapsedTimer timeout;
    timeout.start();
    while (report.isEmpty() && vigil.state() != QProcess::NotRunning &&
           timeout.elapsed() < kTimeoutMs)
        waitEventLoop(5);
    const bool exited = vigil.state() == QProcess::NotRunning;
    if (!exited) {
        vigil.terminate();
        if (!vigil.waitForFinished(10000)) {
            vigil.kill();
            vigil.waitForFinished(3000);
        }
    }
    if (report.isEmpty()) {
        QFile stderrFile(data.path() + QStringLiteral("/vigil.stderr"));
        stderrFile.open(QIODevice::ReadOnly);
        const QString tail = QString::fromUtf8(stderrFile.readAll().right(600));
        *error = exited ? QStringLiteral("vigil exited (code %1) before painting a live frame: %2")
                              .arg(vigil.exitCode())
                              .arg(tail)
                        : QStringLiteral("no live frame painted within %1 s: %2")
                              .arg(kTimeoutMs / 1000)
                              .arg(tail);
        return std::nullopt;
    }
    FirstFrameResult result;
    result.firstFrameMs = field(report, QStringLiteral("painted_ms")) - launchMs;
    result.toMainMs = field(report, QStringLiteral("main_ms")) - launchMs;
    result.openMs = field(report, QStringLiteral("open_ms"));
    result.probeMs = field(report, QStringLiteral("probe_ms"));
    result.keyframeMs = field(report, QStringLiteral("keyframe_ms"));
    result.decodedMs = field(report, QStringLiteral("decoded_ms"));
    return result;
}

std::optional<FirstFrameResult>
measureInProcessFirstFrame(const BenchConfig &config, const FirstFrameSetup &setup, QString *error)
{
    std::optional<Simulator> sim;
    if (!startDemoSimulator(config, setup, sim, error))
        return std::nullopt;
    QTemporaryDir data;
    if (setup.demoPort != 8554 && !importDemoOnPort(data.path(), setup.demoPort, error))
        return std::nullopt;
    AppOptions options;
    options.dataDir = data.path();
    options.demo = true;
    options.layout = 9;
    options.layoutGiven = true;
    const double startMs = monotonicMs();
    AppBootstrap app(options);
    app.start();
    std::optional<double> firstFrameMs;
    StreamStats firstStats; // start-up phases of the stream that painted first
    QTimer poll;
    poll.setInterval(2);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (!app.window() || !app.window()->wallGrid())
            return;
        for (VideoTile *tile : app.window()->wallGrid()->tiles())
            if (tile->framesPainted() > 0 && !firstFrameMs) {
                firstFrameMs = monotonicMs();
                if (tile->source())
                    firstStats = tile->source()->stats();
            }
    });
    poll.start();
    QElapsedTimer timeout;
    timeout.start();
    while (!firstFrameMs && timeout.elapsed() < kTimeoutMs)
        waitEventLoop(2);
    if (!firstFrameMs) {
        *error = QStringLiteral("no live frame painted within %1 s").arg(kTimeoutMs / 1000);
        return std::nullopt;
    }
    // The simulator's own start-up is not the app's: count QApplication set-up, then bootstrap
    // start to first painted frame.
    FirstFrameResult result;
    result.firstFrameMs = static_cast<double>(setup.appInitMs) + (*firstFrameMs - startMs);
    result.openMs = firstStats.openMs;
    result.probeMs = firstStats.probeMs;
    result.keyframeMs = firstStats.firstKeyframeMs;
    result.decodedMs = firstStats.firstFrameMs;
    return result;
}

} // namespace vigil::bench
