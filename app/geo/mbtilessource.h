#pragma once
// MbTilesSource: raster tiles from an MBTiles 1.3 file (SQLite; `tiles` table keyed by
// zoom_level/tile_column/tile_row in TMS order, `metadata` name/value table).
//
// Thread contract: see TileSource. open() and the getters may run on any thread (open() reads
// the file, so not on the GUI thread in production; it is quick). Each thread calling loadTile()
// gets its own read-only QtSql connection, created lazily and closed by
// releaseThreadResources() on that thread (or in the destructor for the destroying thread).

#include "geo/tilesource.h"

#include <QHash>
#include <QMutex>

#include <memory>

namespace vigil::geo {

struct MbTilesMetadata
{
    QString name;
    QString format; // "png", "jpg", "webp"
    QString attribution;
    int minZoom = 0;
    int maxZoom = 22;
    double west = -180, south = -85, east = 180, north = 85; // "bounds"
    bool hasBounds = false;
    Datum datum = Datum::Wgs84; // non-standard "datum" key (wgs84 when absent)
};

class MbTilesSource : public TileSource
{
public:
    // Opens and validates the file (tables present, metadata readable). nullptr + `error` naming
    // the file and what was wrong.
    static std::unique_ptr<MbTilesSource> open(const QString &path, QString *error);
    ~MbTilesSource() override;

    const MbTilesMetadata &metadata() const { return m_meta; }
    QString path() const { return m_path; }

    QString name() const override { return m_meta.name; }
    QString attribution() const override { return m_meta.attribution; }
    int minZoom() const override { return m_meta.minZoom; }
    int maxZoom() const override { return m_meta.maxZoom; }
    Datum datum() const override { return m_meta.datum; }
    TileResult loadTile(const TileId &tile) override;
    void releaseThreadResources() override;

private:
    MbTilesSource(QString path, MbTilesMetadata meta);
    QString connectionForThisThread(QString *error);

    QString m_path;
    MbTilesMetadata m_meta;
    QString m_connectionPrefix;
    QMutex m_mutex; // guards m_connections
    QHash<Qt::HANDLE, QString> m_connections;
};

// Reads the metadata table of an open connection; errors name the key and the file.
bool readMbTilesMetadata(const QString &connectionName, const QString &path, MbTilesMetadata *meta,
                         QString *error);

} // namespace vigil::geo
