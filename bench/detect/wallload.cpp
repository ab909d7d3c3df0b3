#include "wallload.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>

#include <csignal>
#include <unistd.h>

namespace vigil::bench {

WallLoad::WallLoad(const QString &program, int tiles, int seconds)
    : m_process(std::make_unique<QProcess>())
{
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // Its own process group, so a stop reaches the simulator and decoders it started.
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    // stdbuf: the wall bench's start-up line must arrive when printed, not when it exits.
    m_process->start(QStringLiteral("stdbuf"),
                     {QStringLiteral("-oL"), program, QStringLiteral("--phases"),
                      QStringLiteral("tiles"), QStringLiteral("--tiles"), QString::number(tiles),
                      QStringLiteral("--seconds"), QString::number(seconds)});
}

WallLoad::~WallLoad()
{
    QString ignored;
    finish(1000, &ignored);
}

void WallLoad::readOutput()
{
    m_output += QString::fromLocal8Bit(m_process->readAll());
    m_painting = m_painting || m_output.contains(QStringLiteral("stream start-up"));
    static const QRegularExpression figures(QStringLiteral("^sub: tiles=.*$"),
                                            QRegularExpression::MultilineOption);
    const auto match = figures.match(m_output);
    if (match.hasMatch())
        m_figures = match.captured(0).trimmed();
}

bool WallLoad::waitPainting(int timeoutMs, int settleMs, QString *error)
{
    if (!m_process->waitForStarted(5000)) {
        *error = QStringLiteral("cannot start the wall bench: %1").arg(m_process->errorString());
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (!m_painting && timer.elapsed() < timeoutMs && m_process->state() == QProcess::Running) {
        m_process->waitForReadyRead(200);
        readOutput();
    }
    if (!m_painting) {
        *error = QStringLiteral("the wall bench did not paint every tile within %1 s: %2")
                     .arg(timeoutMs / 1000)
                     .arg(m_output.trimmed().right(400));
        return false;
    }
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < settleMs) {
        m_process->waitForReadyRead(100);
        readOutput();
    }
    return true;
}

bool WallLoad::finish(int timeoutMs, QString *error)
{
    if (m_process->state() == QProcess::NotRunning)
        return true;
    const bool ended = m_process->waitForFinished(timeoutMs);
    readOutput();
    if (!ended) {
        stopGroup();
        *error = QStringLiteral("the wall bench did not end in time; stopped it");
        return false;
    }
    return true;
}

void WallLoad::stopGroup()
{
    const qint64 pid = m_process->processId();
    if (pid > 0)
        ::kill(-pid_t(pid), SIGTERM);
    if (!m_process->waitForFinished(3000) && pid > 0) {
        ::kill(-pid_t(pid), SIGKILL);
        m_process->waitForFinished(3000);
    }
}

} // namespace vigil::bench
