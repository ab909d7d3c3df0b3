#pragma once
// `vigil-mapgen site`: a large synthetic site (towns, communities, cameras spread along a street
// grid around the demo district, checkpoints on rings) for scale tests and benchmarks.
// Deterministic for a seed. Single-threaded.

#include "model/site.h"

#include <QStringList>
#include <QTextStream>

namespace mapgen {

vigil::Site generateLargeSite(int cameras, int checkpoints, quint32 seed);
int runSiteCommand(const QStringList &args, QTextStream &err);

} // namespace mapgen
