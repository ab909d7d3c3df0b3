#pragma once
// `vigil-mapgen preview`: stitches tiles of an MBTiles file around a point into one PNG, to look
// at a generated basemap without the app. Single-threaded.

#include <QStringList>
#include <QTextStream>

namespace mapgen {

int runPreviewCommand(const QStringList &args, QTextStream &err);

} // namespace mapgen
