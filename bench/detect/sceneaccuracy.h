#pragma once
// Detection precision / recall on the synthetic scenes of tools/scenegen: the converted CenterNet
// on rendered frames, its boxes matched one-to-one (greedy by score, IoU >= 0.5) with the truth
// boxes of the scripted actors, per class: "person" against people, car/bus/truck/motorcycle
// against vehicles. Truth boxes less than half inside the picture or under 16 px tall are
// "don't care": a box on them counts neither way. Occlusion between actors is not modelled (two
// people crossing count as two truths).
//
// Thread contract: main thread (scenes with plates need the QGuiApplication's fonts).

#include "vision/detectornet.h"

#include <QStringList>

namespace vigil::bench {

struct ClassCounts
{
    int truths = 0;     // visible truth boxes
    int detections = 0; // boxes of the class, don't-care ones left out
    int matched = 0;    // detections matched to a truth box
    double precision() const { return detections ? double(matched) / detections : 0; }
    double recall() const { return truths ? double(matched) / truths : 0; }
};

struct SceneDetectionCounts
{
    QString scene;
    int frames = 0;
    ClassCounts person;
    ClassCounts vehicle;
};

// Every `frameStep`-th frame of the scene `name` (a scenegen scene case or checkpoint scene),
// detections at `threshold`. Empty `scene` when the name is unknown.
SceneDetectionCounts scoreSceneDetection(vision::DetectorNet &net, const QString &name,
                                         int frameStep, float threshold);

} // namespace vigil::bench
