// vigil-analyticsd: the isolated analytics worker. Started by the app's AnalyticsSupervisor; runs
// the analytics plugins on frames it reads from shared memory, so a plugin that crashes or hangs
// takes down only this process (the supervisor restarts it), never the video wall.
//
//   vigil-analyticsd --server NAME [--plugin-dir DIR]... [--threads N]
//
// Not meant to be started by hand: it speaks the control protocol of app/analytics/analyticsipc.h
// over the local socket NAME and exits when that connection ends.

#include "analyticsworker.h"

#include <opencv2/core/utility.hpp>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QThread>

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vigil-analyticsd"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Isolated analytics worker of Vigil (started by the app)."));
    parser.addHelpOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("Local socket of the app to connect to."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption pluginDirOption(
        QStringLiteral("plugin-dir"),
        QStringLiteral("Extra plugin directory, searched before the default ones."),
        QStringLiteral("DIR"));
    const QCommandLineOption threadsOption(
        QStringLiteral("threads"), QStringLiteral("Threads running plugin calls (default: cores)."),
        QStringLiteral("N"));
    parser.addOptions({serverOption, pluginDirOption, threadsOption});
    parser.process(app);
    if (!parser.isSet(serverOption)) {
        std::fprintf(stderr, "vigil-analyticsd: --server NAME is required\n");
        return 2;
    }
    int threads = QThread::idealThreadCount();
    if (parser.isSet(threadsOption)) {
        bool ok = false;
        threads = parser.value(threadsOption).toInt(&ok);
        if (!ok || threads < 1 || threads > 64) {
            std::fprintf(stderr, "vigil-analyticsd: --threads: expected 1..64, got \"%s\"\n",
                         qPrintable(parser.value(threadsOption)));
            return 2;
        }
    }
    QStringList directories = parser.values(pluginDirOption);
    directories += vigil::PluginHost::defaultSearchDirectories();

    // The worker already runs agents in parallel; OpenCV's own thread pool inside each call only
    // adds spinning threads (measured: TBB sched_yield loops) for these small pictures.
    cv::setNumThreads(1);
    vigil::installCrashMarker();
    auto *worker = new vigil::AnalyticsWorker(directories, threads);
    worker->connectTo(parser.value(serverOption));
    const int code = app.exec();
    if (worker->idle())
        delete worker;
    // A hung plugin call may still hold a pool thread: leave without unwinding it.
    std::fflush(stderr);
    std::_Exit(code);
}
