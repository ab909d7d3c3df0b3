#include "uitestsupport.h"

#include "app/siteloader.h"
#include "store/database.h"
#include "store/siteimport.h"
#include "store/sqlitesitestore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QRegularExpression>
#include <QTcpServer>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace vigil::test {

QString testEnv(const char *name)
{
    return qEnvironmentVariable(name);
}

bool waitUntil(const std::function<bool()> &pred, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!pred()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

int closedLocalPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = server.serverPort();
    server.close();
    return port;
}

QString makeTestClip(const QString &dir, const QString &name, const QString &size, QString *error)
{
    const QString path = QDir(dir).filePath(name);
    QProcess ffmpeg;
    ffmpeg.setProcessChannelMode(QProcess::MergedChannels);
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-nostdin"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                  QStringLiteral("-y"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                  QStringLiteral("-i"), QStringLiteral("testsrc2=size=%1:rate=25").arg(size),
                  QStringLiteral("-t"), QStringLiteral("2"), QStringLiteral("-c:v"),
                  QStringLiteral("libx264"), QStringLiteral("-g"), QStringLiteral("25"),
                  QStringLiteral("-bf"), QStringLiteral("0"), QStringLiteral("-pix_fmt"),
                  QStringLiteral("yuv420p"), path});
    if (!ffmpeg.waitForFinished(60000) || ffmpeg.exitStatus() != QProcess::NormalExit ||
        ffmpeg.exitCode() != 0) {
        *error = QStringLiteral("ffmpeg failed to make %1: %2 %3")
                     .arg(path, ffmpeg.errorString(), QString::fromUtf8(ffmpeg.readAll()));
        return {};
    }
    return path;
}

CamSimProcess::~CamSimProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: camsim shuts its server down cleanly
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool CamSimProcess::start(const QStringList &cameraSpecs, QString *error)
{
    const QString program = testEnv("VIGIL_CAMSIM");
    if (program.isEmpty() || !QFileInfo::exists(program)) {
        *error = QStringLiteral("camera simulator not found (VIGIL_CAMSIM=%1)").arg(program);
        return false;
    }
    QStringList args{QStringLiteral("--port"), QStringLiteral("0")};
    for (const QString &spec : cameraSpecs)
        args << QStringLiteral("--camera") << spec;
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program, args);
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    static const QRegularExpression ready(QStringLiteral("listening port=(\\d+)"));
    QByteArray output;
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        output += m_process.readAll();
        const QRegularExpressionMatch match = ready.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            m_port = match.captured(1).toInt();
            return true;
        }
    }
    *error = QStringLiteral("camera simulator did not become ready; output:\n%1")
                 .arg(QString::fromUtf8(output));
    return false;
}

std::optional<Site> demoSiteOnPort(int port, QString *error)
{
    const QString path =
        testEnv("VIGIL_SOURCE_DIR") + QStringLiteral("/resources/demo/district.json");
    SiteImportResult imported = importSiteJson(path);
    if (!imported.ok()) {
        QStringList messages;
        for (const ImportError &importError : imported.errors)
            messages << importError.toString();
        *error = QStringLiteral("cannot import %1: %2").arg(path, messages.join(QLatin1Char('\n')));
        return std::nullopt;
    }
    const QString from = QStringLiteral("127.0.0.1:8554");
    const QString to = QStringLiteral("127.0.0.1:%1").arg(port);
    for (Camera &camera : imported.site->cameras) {
        camera.mainStreamUrl.replace(from, to);
        camera.subStreamUrl.replace(from, to);
    }
    return imported.site;
}

std::optional<Site> storeAndReload(const QString &dataDir, const Site &site, QString *error)
{
    {
        std::unique_ptr<SqliteSiteStore> store =
            SqliteSiteStore::open(databasePathIn(dataDir), error);
        if (!store || !store->replaceSite(site, error))
            return std::nullopt;
    }
    QFuture<SiteLoadOutcome> future = QtConcurrent::run(&SiteLoader::loadBlocking, dataDir, false,
                                                        QStringLiteral(":/demo/district.json"));
    future.waitForFinished();
    const SiteLoadOutcome outcome = future.result();
    if (!outcome.site)
        *error = outcome.error;
    return outcome.site;
}

Camera *findCamera(Site &site, const QString &cameraId)
{
    for (Camera &camera : site.cameras) {
        if (camera.id == cameraId)
            return &camera;
    }
    return nullptr;
}

} // namespace vigil::test
