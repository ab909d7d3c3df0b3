#pragma once
// Opening a tile source from a configuration string, so settings and command lines need no
// knowledge of the implementations:
//   /path/to/file.mbtiles                      MBTiles file (datum from its metadata)
//   http(s)://host/{z}/{x}/{y}.png[#gcj02]     XYZ/WMTS template; optional #datum suffix
// `cacheDir` is used for URL sources (on-disk cache + offline fallback).
//
// Thread contract: call off the GUI thread when possible (it opens the file); any thread.

#include "geo/tilesource.h"

#include <memory>

namespace vigil::geo {

std::shared_ptr<TileSource> openTileSource(const QString &spec, const QString &cacheDir,
                                           QString *error);

} // namespace vigil::geo
