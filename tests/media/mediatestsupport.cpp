#include "mediatestsupport.h"

#include "media/streamingest.h"
#include "media/videosource.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QThread>

#include <csignal>

namespace mediatest {

QString makeClip(const QTemporaryDir &dir, const QString &name, QSize size, const QString &codec,
                 int seconds)
{
    const QString path = dir.filePath(name);
    QStringList args{
        QStringLiteral("-hide_banner"),
        QStringLiteral("-loglevel"),
        QStringLiteral("error"),
        QStringLiteral("-y"),
        QStringLiteral("-f"),
        QStringLiteral("lavfi"),
        QStringLiteral("-i"),
        QStringLiteral("testsrc2=size=%1x%2:rate=25").arg(size.width()).arg(size.height()),
        QStringLiteral("-t"),
        QString::number(seconds),
        QStringLiteral("-c:v"),
        codec,
        QStringLiteral("-g"),
        QStringLiteral("25"),
        QStringLiteral("-bf"),
        QStringLiteral("0"),
        QStringLiteral("-pix_fmt"),
        QStringLiteral("yuv420p")};
    if (codec == QStringLiteral("libx265"))
        args << QStringLiteral("-x265-params") << QStringLiteral("log-level=error")
             << QStringLiteral("-tag:v") << QStringLiteral("hvc1");
    if (codec == QStringLiteral("libx264"))
        args << QStringLiteral("-preset") << QStringLiteral("veryfast");
    args << path;
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), args);
    const bool finished = ffmpeg.waitForFinished(60000);
    if (!finished)
        ffmpeg.kill(), ffmpeg.waitForFinished(2000);
    INFO("ffmpeg: " << ffmpeg.readAllStandardError().toStdString());
    REQUIRE(finished);
    REQUIRE(ffmpeg.exitCode() == 0);
    REQUIRE(QFileInfo(path).size() > 0);
    return path;
}

int processThreadCount()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("Threads:"))
            return line.mid(8).trimmed().toInt();
    }
    return -1;
}

qint64 processRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

int unusedPort()
{
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));
    const int port = server.serverPort();
    server.close();
    return port;
}

QString CamsimProcess::executable()
{
    QString path = qEnvironmentVariable("VIGIL_CAMSIM");
#ifdef VIGIL_CAMSIM_DEFAULT
    if (path.isEmpty())
        path = QStringLiteral(VIGIL_CAMSIM_DEFAULT);
#endif
    return path;
}

CamsimProcess::CamsimProcess(const QStringList &arguments)
{
    const QString program = executable();
    INFO("VIGIL_CAMSIM=" << program.toStdString());
    REQUIRE_FALSE(program.isEmpty());
    REQUIRE(QFileInfo(program).isExecutable());
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    REQUIRE(m_process.waitForStarted(5000));
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 15000 && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
        const qsizetype at = out.indexOf("listening port=");
        if (at >= 0 && out.indexOf('\n', at) > at) {
            m_port = out.mid(at + 15).split(' ').first().trimmed().toInt();
            break;
        }
    }
    INFO("camsim stdout: " << out.toStdString() << "\ncamsim stderr: "
                           << m_process.readAllStandardError().toStdString());
    REQUIRE(m_port > 0);
}

CamsimProcess::~CamsimProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QString CamsimProcess::url(const QString &path) const
{
    return QStringLiteral("rtsp://127.0.0.1:%1/%2").arg(m_port).arg(path);
}

SourceRecorder::SourceRecorder(vigil::VideoSource *source)
{
    clock.start();
    statuses.append({0, source->status()});
    connect(source, &vigil::VideoSource::statusChanged, this,
            [this](const vigil::StreamStatus &status) {
                statuses.append({clock.elapsed(), status});
            });
    connect(source, &vigil::VideoSource::frameAvailable, this, [this] { ++frameNotifications; });
}

bool SourceRecorder::sawState(vigil::StreamState state) const
{
    return countState(state) > 0;
}

bool SourceRecorder::sawFault(vigil::StreamFault fault) const
{
    for (const auto &recorded : statuses) {
        if (recorded.status.fault == fault)
            return true;
    }
    return false;
}

int SourceRecorder::countState(vigil::StreamState state) const
{
    int count = 0;
    for (const auto &recorded : statuses)
        count += recorded.status.state == state ? 1 : 0;
    return count;
}

qint64 SourceRecorder::firstAt(vigil::StreamState state, qint64 fromMs) const
{
    for (const auto &recorded : statuses) {
        if (recorded.atMs >= fromMs && recorded.status.state == state)
            return recorded.atMs;
    }
    return -1;
}

QString SourceRecorder::describe() const
{
    QStringList lines;
    for (const auto &recorded : statuses) {
        lines << QStringLiteral("%1 ms %2 %3 \"%4\"")
                     .arg(recorded.atMs)
                     .arg(vigil::streamStateKey(recorded.status.state),
                          vigil::streamFaultKey(recorded.status.fault), recorded.status.reason);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace mediatest
