#pragma once
// Helpers shared by the map tests: tiny MBTiles files built on the spot, a minimal HTTP tile
// server on 127.0.0.1, waiting for signals.

#include "geo/tilemath.h"
#include "model/site.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QString>
#include <QTcpServer>

#include <functional>

namespace maptest {

QByteArray solidPng(QColor colour, int size = 256);
// Writes an MBTiles file with the given metadata and one solid tile per entry (XYZ ids; stored
// with TMS rows as the spec says). Returns an empty string on success, else the error.
QString writeMbTiles(const QString &path, const QHash<QString, QString> &metadata,
                     const QHash<vigil::geo::TileId, QColor> &tiles);

// Serves GET /z/x/y.png: 200 with a PNG for tiles in `tiles`, 404 otherwise. Counts requests.
class TileHttpServer : public QTcpServer
{
public:
    explicit TileHttpServer(QHash<QString, QByteArray> pathToBody);
    quint16 port() const { return serverPort(); }
    int requests = 0;

protected:
    void incomingConnection(qintptr handle) override;

private:
    QHash<QString, QByteArray> m_bodies;
};

// The bundled demo district (resources/demo/district.json); fails the test if unreadable.
vigil::Site demoSite();

// Runs the event loop until `done()` or the timeout; returns done().
bool waitFor(const std::function<bool()> &done, int timeoutMs = 5000);

} // namespace maptest
