#pragma once
// How wall tiles draw their pictures: `Raster` (frames converted to RGB on the ingest thread,
// painted with QPainter — works everywhere, offscreen and QWidget::grab() included) or `Gl`
// (decoded YUV planes drawn by a shader in a QOpenGLWidget, no CPU conversion or scaling).
//
// The preference comes from `--renderer auto|gl|raster` or, without the option, the
// VIGIL_RENDERER environment variable; `auto` picks GL only when a context can be created and
// it is hardware accelerated (llvmpipe/softpipe/swrast run the shader on the CPU). The choice is
// made once, on first use, and logged once.
//
// Thread contract: GUI thread only.

#include <QString>

namespace vigil {

enum class WallRenderer
{
    Raster,
    Gl
};

struct OpenGlProbe
{
    bool contextCreated = false;
    bool hardware = false;
    QString renderer; // GL_RENDERER
    QString version;  // GL_VERSION
    QString error;    // why no context could be created
};

// Creates a throw-away context on an offscreen surface and reads what it runs on.
OpenGlProbe probeOpenGl();

// "auto", "gl" or "raster" (case-insensitive); returns false for anything else. Must be called
// before the first wallRenderer() to take effect.
bool setWallRendererPreference(const QString &preference);
// The renderer tiles created from now on use (decided on the first call).
WallRenderer wallRenderer();
// For tests: forget the decision so the next wallRenderer() decides again.
void resetWallRendererForTests();

} // namespace vigil
