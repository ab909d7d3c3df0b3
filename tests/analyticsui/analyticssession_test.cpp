// AnalyticsSession::readManifests: the editor's plugin list comes from the libraries' embedded
// manifests without loading their code.
#include "analytics/pluginhost.h"
#include "app/analyticssession.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QTemporaryDir>

using namespace vigil;

TEST_CASE("analytics session reads the installed plugins' manifests", "[analyticsui][session]")
{
    QStringList refusals;
    const QList<PluginManifest> manifests =
        AnalyticsSession::readManifests(PluginHost::defaultSearchDirectories(), &refusals);
    QSet<QString> ids;
    for (const PluginManifest &manifest : manifests) {
        CHECK_FALSE(ids.contains(manifest.id)); // one entry per id
        ids.insert(manifest.id);
    }
    CHECK(ids.contains(QStringLiteral("org.vigil.motion")));
    CHECK(ids.contains(QStringLiteral("org.vigil.intrusion")));
    CHECK(ids.contains(QStringLiteral("org.vigil.linecrossing")));
    CHECK(refusals.isEmpty());
}

TEST_CASE("analytics session finds nothing in a directory without plugins",
          "[analyticsui][session]")
{
    QTemporaryDir empty;
    REQUIRE(empty.isValid());
    QStringList refusals;
    CHECK(AnalyticsSession::readManifests({empty.path(), empty.filePath(QStringLiteral("missing"))},
                                          &refusals)
              .isEmpty());
    CHECK(refusals.isEmpty());
}
