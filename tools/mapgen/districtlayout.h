#pragma once
// Procedural layout of the demo district (清河区) around the cameras and checkpoints of
// resources/demo/district.json: river and lake, the urban street grid inside a ring road, the
// expressway with its toll plaza and the national road at the district edge, villages, farmland,
// a forested hill, residential compounds filled with building slabs, a school and parks.
// Deterministic for a given seed. Single-threaded, no I/O.

#include "mapfeatures.h"

#include "model/site.h"

namespace mapgen {

MapFeatures layoutDistrict(const vigil::Site &site, quint32 seed);

} // namespace mapgen
