#pragma once
// Where the tests find the converted models and the sample footage, and the rule for absent
// models: skip with a warning, unless VIGIL_REQUIRE_MODELS=1 (set by scripts/vigil.sh test after
// its set-up fetched them), where absence is a failure.

#include "vision/detectornet.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>

namespace vigil::test {

// True when `path` exists. Otherwise FAILs (models required) or WARNs and returns false.
inline bool requireModelFile(const QString &path)
{
    if (QFileInfo(path).isFile())
        return true;
    const std::string message = "model file " + path.toStdString() +
                                " is missing; run scripts/fetch-models.sh (or scripts/vigil.sh "
                                "setup) or set VIGIL_MODEL_DIR";
    if (qEnvironmentVariable("VIGIL_REQUIRE_MODELS") == QLatin1String("1"))
        FAIL(message + " (VIGIL_REQUIRE_MODELS=1)");
    WARN("SKIPPED: " + message);
    return false;
}

// vtest.avi as cached by scripts/vigil.sh setup: $VIGIL_CLIP_DIR/../vtest.avi or
// ~/.cache/vigil/media/vtest.avi.
inline QString vtestPath()
{
    const QString clips = qEnvironmentVariable("VIGIL_CLIP_DIR");
    if (!clips.isEmpty() && QFileInfo::exists(clips + QStringLiteral("/../vtest.avi")))
        return QDir::cleanPath(clips + QStringLiteral("/../vtest.avi"));
    return QDir::homePath() + QStringLiteral("/.cache/vigil/media/vtest.avi");
}

} // namespace vigil::test
