// Test-only stand-in for vigil-analyticsd that breaks the control protocol on purpose: it says
// hello like the real worker, then sends a binary results message cut short, as a worker with a
// memory error might. The supervisor must refuse it with a clear error, kill this process and
// start it again, never crash. Usage (as the supervisor launches it): --server NAME [...]
#include "analytics/analyticsipc.h"
#include "analytics/analyticsresultsmessage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocalSocket>
#include <QThread>

using namespace vigil;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--server"));
    if (at < 0 || at + 1 >= args.size())
        return 2;
    QLocalSocket socket;
    socket.connectToServer(args.at(at + 1));
    if (!socket.waitForConnected(5000))
        return 3;
    socket.write(ipc::encodeMessage({{QStringLiteral("type"), QStringLiteral("hello")},
                                     {QStringLiteral("pid"), 1},
                                     {QStringLiteral("plugins"), QJsonArray{}},
                                     {QStringLiteral("refused"), QJsonArray{}}}));
    ipc::ResultsBatch batch;
    batch.cameraId = QStringLiteral("cam-x");
    batch.agents.push_back({1, QStringLiteral("org.vigil.motion"), {}, {}});
    batch.agents.front().objects.append({{0.1, 0.2, 0.3, 0.4}, QStringLiteral("person"), 7, 1.0});
    QByteArray framed = ipc::encodeResults(batch);
    // Keep the length prefix honest but cut the body: the object's last field is missing.
    framed.chop(6);
    framed[3] = char(quint8(framed[3]) - 6);
    socket.write(framed);
    socket.waitForBytesWritten(2000);
    // Wait to be killed, as a broken worker would.
    while (socket.state() == QLocalSocket::ConnectedState)
        socket.waitForReadyRead(1000);
    return 0;
}
