#pragma once
// Writes a rendered scene as the clips vigil-scenegen produces: H.264 (MP4 or MKV) at a camera's
// frame rate, optionally with a 640 x 360 sub stream encoded from the same frames in the same
// pass, or raw Y4M at the scene's own rate.
//
// The scene is rendered at its own rate (SceneScript::fps, 5 or 10 for the analytics scenes) and
// each rendered frame is held until the next one is due, so the pixels a plugin sees at time t are
// the same as in the scene's own timeline (only compressed), and the truth's times in seconds hold
// for the clip unchanged. Frame k of the scene is output frame floor(k * outputFps / sceneFps).
//
// Thread contract: plain functions; run one call per thread (the renderer is not shared).

#include "clipencoder.h"
#include "scene.h"

#include <QString>

namespace vigil::scenegen {

struct ClipRequest
{
    QString format = QStringLiteral("mp4"); // "mp4" | "mkv" | "y4m"
    QString mainPath;                       // the clip (main stream)
    QString subPath;                        // empty: no sub stream
    EncoderOptions main;                    // size is taken from the scene
    QSize subSize{640, 360};
    int subCrf = 28;
    int snapshotFrame = -1; // scene frame to save as PNG, -1 for none
    QString snapshotPath;
};

struct ClipResult
{
    int sceneFrames = 0;  // rendered
    int outputFrames = 0; // per stream
};

// Output frames for a scene of `duration` seconds at `fps`.
int outputFrameCount(const SceneScript &script, int fps);
// The scene frame shown at output frame `outputFrame`.
int sceneFrameAt(const SceneScript &script, int outputFrame, int fps);

bool writeSceneClip(const SceneScript &script, const ClipRequest &request, ClipResult *result,
                    QString *error);

} // namespace vigil::scenegen
