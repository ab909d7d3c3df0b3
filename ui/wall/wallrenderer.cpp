#include "wall/wallrenderer.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>

#include <optional>

namespace vigil {

namespace {

Q_LOGGING_CATEGORY(lcRenderer, "vigil.wall.renderer")

enum class Preference
{
    Auto,
    Gl,
    Raster
};

std::optional<Preference> parsePreference(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value == QLatin1String("auto"))
        return Preference::Auto;
    if (value == QLatin1String("gl") || value == QLatin1String("opengl"))
        return Preference::Gl;
    if (value == QLatin1String("raster") || value == QLatin1String("software"))
        return Preference::Raster;
    return std::nullopt;
}

std::optional<Preference> g_preference;
std::optional<WallRenderer> g_decision;

bool isSoftwareRenderer(const QString &renderer)
{
    const QString name = renderer.toLower();
    return name.contains(QLatin1String("llvmpipe")) || name.contains(QLatin1String("softpipe")) ||
           name.contains(QLatin1String("swrast")) ||
           name.contains(QLatin1String("software rasterizer"));
}

WallRenderer decide()
{
    Preference preference = Preference::Auto;
    if (g_preference) {
        preference = *g_preference;
    } else if (const QString env = qEnvironmentVariable("VIGIL_RENDERER"); !env.isEmpty()) {
        if (const auto parsed = parsePreference(env))
            preference = *parsed;
        else
            qCWarning(lcRenderer).noquote()
                << "VIGIL_RENDERER: unknown value" << env << "(expected auto, gl or raster)";
    }
    if (preference == Preference::Raster) {
        qCInfo(lcRenderer) << "wall renderer: raster (requested)";
        return WallRenderer::Raster;
    }
    const OpenGlProbe probe = probeOpenGl();
    if (!probe.contextCreated) {
        qCInfo(lcRenderer).noquote()
            << "wall renderer: raster (no OpenGL context:" << probe.error << ")";
        return WallRenderer::Raster;
    }
    if (preference == Preference::Auto && !probe.hardware) {
        qCInfo(lcRenderer).noquote()
            << "wall renderer: raster (OpenGL is software:" << probe.renderer << ")";
        return WallRenderer::Raster;
    }
    qCInfo(lcRenderer).noquote() << "wall renderer: gl on" << probe.renderer << probe.version
                                 << (preference == Preference::Gl ? "(requested)" : "(auto)");
    return WallRenderer::Gl;
}

} // namespace

OpenGlProbe probeOpenGl()
{
    OpenGlProbe probe;
    const QString platform = QGuiApplication::platformName();
    if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal")) {
        probe.error = QStringLiteral("platform '%1' draws no OpenGL widgets").arg(platform);
        return probe;
    }
    QOpenGLContext context;
    if (!context.create()) {
        probe.error = QStringLiteral("context creation failed");
        return probe;
    }
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!context.makeCurrent(&surface)) {
        probe.error = QStringLiteral("cannot make the context current");
        return probe;
    }
    QOpenGLFunctions *gl = context.functions();
    probe.renderer =
        QString::fromLatin1(reinterpret_cast<const char *>(gl->glGetString(GL_RENDERER)));
    probe.version =
        QString::fromLatin1(reinterpret_cast<const char *>(gl->glGetString(GL_VERSION)));
    probe.contextCreated = true;
    probe.hardware = !isSoftwareRenderer(probe.renderer);
    context.doneCurrent();
    return probe;
}

bool setWallRendererPreference(const QString &preference)
{
    const auto parsed = parsePreference(preference);
    if (!parsed)
        return false;
    g_preference = parsed;
    return true;
}

WallRenderer wallRenderer()
{
    if (!g_decision)
        g_decision = decide();
    return *g_decision;
}

void resetWallRendererForTests()
{
    g_decision.reset();
    g_preference.reset();
}

} // namespace vigil
