#include "maptestsupport.h"

#include "store/siteimport.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QThread>
#include <QUuid>

namespace maptest {

QByteArray solidPng(QColor colour, int size)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString writeMbTiles(const QString &path, const QHash<QString, QString> &metadata,
                     const QHash<vigil::geo::TileId, QColor> &tiles)
{
    const QString name = QUuid::createUuid().toString();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        q.exec(QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)"));
        q.exec(QStringLiteral("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, "
                              "tile_row INTEGER, tile_data BLOB)"));
        for (auto it = metadata.cbegin(); it != metadata.cend(); ++it) {
            q.prepare(QStringLiteral("INSERT INTO metadata VALUES (?, ?)"));
            q.addBindValue(it.key());
            q.addBindValue(it.value());
            if (!q.exec())
                error = q.lastError().text();
        }
        for (auto it = tiles.cbegin(); it != tiles.cend(); ++it) {
            q.prepare(QStringLiteral("INSERT INTO tiles VALUES (?, ?, ?, ?)"));
            q.addBindValue(it.key().z);
            q.addBindValue(it.key().x);
            q.addBindValue(vigil::geo::flipRow(it.key().z, it.key().y));
            q.addBindValue(solidPng(it.value(), 64));
            if (!q.exec())
                error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

TileHttpServer::TileHttpServer(QHash<QString, QByteArray> pathToBody)
    : m_bodies(std::move(pathToBody))
{
    listen(QHostAddress::LocalHost, 0);
}

void TileHttpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    socket->setSocketDescriptor(handle);
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
        const QByteArray request = socket->readAll();
        if (!request.contains("\r\n\r\n"))
            return; // wait for the full header (tiny GETs arrive in one piece)
        ++requests;
        const QList<QByteArray> words = request.split(' ');
        const QString path = words.size() > 1 ? QString::fromLatin1(words[1]) : QString();
        const auto it = m_bodies.constFind(path);
        QByteArray response;
        if (it == m_bodies.constEnd()) {
            response = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        } else {
            response = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\n"
                       "Content-Length: " +
                       QByteArray::number(it->size()) + "\r\n\r\n" + *it;
        }
        socket->write(response);
        socket->disconnectFromHost();
    });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

vigil::Site demoSite()
{
    const vigil::SiteImportResult r = vigil::importSiteJson(
        qEnvironmentVariable("VIGIL_SOURCE_DIR") + QStringLiteral("/resources/demo/district.json"));
    REQUIRE(r.ok());
    return *r.site;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return done();
}

} // namespace maptest
