#pragma once
// The detector plugin's settings (see detector.json), read from the host-validated JSON object.
//
// Thread contract: plain value type and a pure function; callable from any thread.

#include "vision/detectornet.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

namespace vigil::detector {

enum class MotionGating
{
    Region, // infer only on frames with motion, keep only detections on moving pixels
    Frame,  // infer only on frames with motion, keep every detection
    Off     // infer on every frame
};

struct DetectorSettings
{
    vision::ModelSpec model;
    float threshold = 0.3f;
    QSet<QString> objectClasses; // reported classes
    QSet<QString> alertClasses;  // classes whose new tracks raise an objectDetected event
    MotionGating gating = MotionGating::Region;
};

// Fills *settings from the validated settings object; the model files are looked up in
// `modelDir`. Returns false with *error (naming the field) on a value the host cannot catch.
bool parseDetectorSettings(const QJsonObject &json, const QString &modelDir,
                           DetectorSettings *settings, QString *error);

} // namespace vigil::detector
