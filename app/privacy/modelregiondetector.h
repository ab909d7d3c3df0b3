#pragma once
// The privacy detector used for public views and public exports, on the converted models (see
// docs/models.md): BlazeFace faces, the head band of every CenterNet person box (faces too
// small or turned away for BlazeFace; deeper for a box cut off by the picture's bottom), and
// licence plates of CenterNet vehicle boxes — located by vigil::vision::PlateLocator in the lower
// part of the (4 largest) vehicle boxes; where it finds none, or for further vehicles, the lower
// band of the vehicle box is covered instead. Every `fullFramePlateEvery`-th run the locator also
// searches the whole picture, for plates on vehicles CenterNet misses; those plates are reported
// again by the runs in between.
//
// Thread contract: a detector instance is used by one thread at a time (it owns DNN nets).

#include "privacy/privacyregion.h"

#include <memory>

namespace vigil {

struct ModelRegionDetectorOptions
{
    float faceThreshold = 0.5f;
    float objectThreshold = 0.3f;
    int objectInputSize = 320;       // CenterNet input (320 or 416)
    double headBandFraction = 0.25;  // top part of a person box treated as the head
    double plateBandFraction = 0.45; // bottom part of a vehicle box (no plate locator)
    // Whole-picture plate search every Nth run (0 = never). With the filter's 4 runs a second,
    // 4 = once a second; see docs/privacy.md for its measured cost.
    int fullFramePlateEvery = 4;
};

// nullptr + `error` ("model missing: …") when a model cannot be loaded.
std::unique_ptr<PrivacyRegionDetector>
createModelRegionDetector(QString *error, ModelRegionDetectorOptions options = {});

} // namespace vigil
