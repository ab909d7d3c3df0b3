#pragma once
// Checkpoint scenes: an elevated camera (1280 x 720) looking along two lanes under a checkpoint
// gantry; vehicles with Chinese plates drive towards the camera (or away from it) one after
// another, their plates ~120-150 px wide at the near end. Ground truth per vehicle pass: plate text
// and kind, valid/flagged by plateformat.h, lane, direction, the interval the plate is readable
// and the plate box on every frame it is fully visible.
//
// Variants: "checkpoint" (day, two lanes towards the camera, two vehicles with motion blur),
// "checkpoint_night" (low light, lit plates and lamps, slower shutter: blur on every vehicle),
// "checkpoint_newenergy" (mostly green 8-character plates; lane 2 drives away, rear plates).
//
// Geometry: a flat road seen from 6 m up; at distance d metres the ground is at image
// y = 0.2 + 9.6 / d, lane centres at x = 0.5 -/+ 3 / d, a 1.8 m wide car spans 5.04 / d of the
// width.
//
// Thread contract: pure functions; callable from any thread.

#include "scene.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace vigil::scenegen {

struct PlateFrame
{
    int frame = 0;
    NormalizedRect box; // bounds of the plate quad, normalized
    bool readable = false;
};

struct PlatePass
{
    int actorId = 0;
    Plate plate;
    bool valid = false;
    QString flag;      // "police" ...
    int lane = 1;      // 1 = left, 2 = right
    QString direction; // "towards" | "away"
    // seconds: first and last frame the plate is fully in the picture and not hidden by a
    // nearer vehicle (frames where it is hidden have no box)
    double start = 0;
    double end = 0;
    double readableFrom = -1; // first and last frame with the plate >= kReadablePlateWidthPx wide
    double readableTo = -1;
    int blurPx = 0;             // motion smear at the near end, pixels
    double maxPlateWidthPx = 0; // widest the plate gets while fully in the picture
    QList<PlateFrame> frames;

    QJsonObject toJson(const SceneScript &script) const; // one JSON line, "type": "platePass"
};

constexpr double kReadablePlateWidthPx = 80;

struct CheckpointScene
{
    SceneScript script;
    QList<PlatePass> passes;
    QJsonObject settings; // checkpoint name, lane polygons and directions
};

QStringList checkpointSceneNames();
// seed: plates, traffic, textures and noise. Empty script name when `name` is unknown.
CheckpointScene buildCheckpointScene(const QString &name, unsigned seed);
unsigned defaultCheckpointSeed(const QString &name);

// The road, the gantry and the roadside, for SceneRenderer.
cv::Mat drawCheckpointBackground(int width, int height, cv::RNG &rng);

} // namespace vigil::scenegen
