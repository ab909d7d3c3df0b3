#pragma once
// TileSource: where basemap tiles come from (an MBTiles file, an intranet XYZ/WMTS server, the
// generated demo basemap). The map only ever sees this interface, so a site can swap the source
// without touching the UI.
//
// Thread contract: loadTile() blocks (disk or network I/O) and must never run on the GUI thread;
// TileLoader calls it on its worker thread. An implementation must allow loadTile() from any
// non-GUI thread, keeping per-thread resources (SQL connections, network managers) itself, and
// must free them in releaseThreadResources(), which the caller invokes on each thread that used
// the source before that thread ends. The describing getters are immutable and thread-safe.

#include "geo/datum.h"
#include "geo/tilemath.h"

#include <QImage>
#include <QString>

namespace vigil::geo {

struct TileResult
{
    enum class Status
    {
        Loaded,  // image is set
        Missing, // the source has no such tile (normal at the edge of coverage)
        Failed   // I/O or decode error; `error` says what and where
    };
    Status status = Status::Missing;
    QImage image;
    QString error;
    bool fromStaleCache = false; // served from disk cache because the server was unreachable
};

class TileSource
{
public:
    virtual ~TileSource() = default;

    virtual QString name() const = 0;
    virtual QString attribution() const = 0;
    virtual int minZoom() const = 0;
    virtual int maxZoom() const = 0;
    // Datum the tiles are drawn in; overlays are converted to it at the model->scene boundary.
    virtual Datum datum() const = 0;

    virtual TileResult loadTile(const TileId &tile) = 0;
    virtual void releaseThreadResources() {}
};

} // namespace vigil::geo
