#pragma once
// Shared by the HTTP API test suites (events, passages): send raw bytes to a local server and
// read its whole answer. Include after <catch2/catch.hpp>.

#include <QByteArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace vigil::testing {

struct HttpAnswer
{
    int status = 0;
    QByteArray head;
    QJsonObject body;
};

// Sends raw bytes to the server and reads the answer until the server closes.
inline HttpAnswer exchange(quint16 port, const QByteArray &raw)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    REQUIRE(socket.waitForConnected(3000));
    socket.write(raw);
    socket.flush();
    QByteArray received;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(3000))
        received += socket.readAll();
    received += socket.readAll();
    HttpAnswer answer;
    const qsizetype split = received.indexOf("\r\n\r\n");
    REQUIRE(split > 0);
    answer.head = received.left(split);
    answer.status = answer.head.mid(9, 3).toInt();
    answer.body = QJsonDocument::fromJson(received.mid(split + 4)).object();
    return answer;
}

} // namespace vigil::testing
