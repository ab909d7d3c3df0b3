#include "benchprocesses.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpServer>

#include <algorithm>
#include <ctime>
#include <sys/resource.h>

namespace vigil::bench {

namespace {
double seconds(const timeval &tv)
{
    return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) / 1e6;
}

double usageSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}
} // namespace

int freeLocalPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

double processCpuSeconds()
{
    return usageSeconds(RUSAGE_SELF);
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

double reapedChildrenCpuSeconds()
{
    return usageSeconds(RUSAGE_CHILDREN);
}

double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression rss(QStringLiteral("VmRSS:\\s+(\\d+) kB"));
    const auto match = rss.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : 0;
}

Simulator::Simulator(const QString &program, const QStringList &arguments)
    : m_process(std::make_unique<QProcess>())
{
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardErrorFile(QProcess::nullDevice());
    m_process->start(program, arguments);
}

Simulator::~Simulator()
{
    if (m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

bool Simulator::waitReady(int timeoutMs, QString *error)
{
    if (!m_process->waitForStarted(timeoutMs)) {
        *error = QStringLiteral("vigil-camsim did not start: %1").arg(m_process->errorString());
        return false;
    }
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (m_process->waitForReadyRead(100))
            output += m_process->readAllStandardOutput();
        if (output.contains("listening"))
            return true;
        if (m_process->state() == QProcess::NotRunning) {
            *error = QStringLiteral("vigil-camsim exited (code %1)").arg(m_process->exitCode());
            return false;
        }
    }
    *error = QStringLiteral("vigil-camsim not ready after %1 ms").arg(timeoutMs);
    return false;
}

namespace {
ReferenceResult runFfmpegPass(const QStringList &urls, const QStringList &limit, int timeoutS)
{
    const double cpuBefore = reapedChildrenCpuSeconds();
    std::vector<std::unique_ptr<QProcess>> decoders;
    for (const QString &url : urls) {
        auto process = std::make_unique<QProcess>();
        process->setStandardErrorFile(QProcess::nullDevice());
        process->start(QStringLiteral("ffmpeg"),
                       QStringList{QStringLiteral("-nostdin"), QStringLiteral("-nostats"),
                                   QStringLiteral("-threads"), QStringLiteral("1"),
                                   QStringLiteral("-rtsp_transport"), QStringLiteral("tcp"),
                                   QStringLiteral("-i"), url} +
                           limit +
                           QStringList{QStringLiteral("-progress"), QStringLiteral("pipe:1"),
                                       QStringLiteral("-f"), QStringLiteral("null"),
                                       QStringLiteral("-")});
        decoders.push_back(std::move(process));
    }
    ReferenceResult result;
    static const QRegularExpression frameLine(QStringLiteral("(?:^|\\n)frame=(\\d+)"));
    for (auto &process : decoders) {
        if (!process->waitForFinished(timeoutS * 1000)) {
            process->kill();
            process->waitForFinished(2000);
            ++result.failed;
            continue;
        }
        if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0)
            ++result.failed;
        const QString progress = QString::fromLatin1(process->readAllStandardOutput());
        quint64 frames = 0;
        for (auto it = frameLine.globalMatch(progress); it.hasNext();)
            frames = it.next().captured(1).toULongLong();
        result.frames += frames;
    }
    result.cpuSeconds = reapedChildrenCpuSeconds() - cpuBefore;
    return result;
}

} // namespace

ReferenceResult runFfmpegReference(const QStringList &urls, int seconds)
{
    // Process start, library loading and stream probing are not decoding: a one-frame pass
    // measures them, and the full pass is counted net of it.
    const ReferenceResult startup =
        runFfmpegPass(urls, {QStringLiteral("-frames:v"), QStringLiteral("1")}, 30);
    ReferenceResult full =
        runFfmpegPass(urls, {QStringLiteral("-t"), QString::number(seconds)}, seconds + 30);
    full.cpuSeconds = std::max(0.0, full.cpuSeconds - startup.cpuSeconds);
    full.frames = full.frames > startup.frames ? full.frames - startup.frames : 0;
    full.failed += startup.failed;
    return full;
}

} // namespace vigil::bench
