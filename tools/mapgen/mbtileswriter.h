#pragma once
// MbTilesWriter: writes an MBTiles 1.3 file (metadata + tiles tables, TMS rows) in one
// transaction into "<path>.partial" and renames it into place on commit, so a reader never sees
// a half-written basemap. Single thread (QtSql connection bound to it).

#include "geo/tilemath.h"

#include <QHash>
#include <QString>

namespace mapgen {

class MbTilesWriter
{
public:
    explicit MbTilesWriter(QString path);
    ~MbTilesWriter();
    bool open(const QList<std::pair<QString, QString>> &metadata, QString *error);
    bool addTile(const vigil::geo::TileId &tile, const QByteArray &png, QString *error);
    bool commit(QString *error);

private:
    QString m_path;
    QString m_partial;
    QString m_connection;
    bool m_open = false;
};

} // namespace mapgen
