#pragma once
// `vigil-mapgen basemap`: lays out the district, renders every tile of the zoom range covering
// it and writes the MBTiles file. Single-threaded; runs at set-up time, never in the app.

#include <QStringList>
#include <QTextStream>

namespace mapgen {

int runBasemapCommand(const QStringList &args, QTextStream &err);

} // namespace mapgen
