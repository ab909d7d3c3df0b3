#include "storetestsupport.h"

#include "store/database.h"
#include "store/sqlitesitestore.h"

#include <QTemporaryDir>

using namespace vigil;

namespace {

Site demoSite()
{
    const SiteImportResult demo = importSiteJson(test::demoDistrictPath());
    INFO(test::errorsText(demo.errors));
    REQUIRE(demo.ok());
    return *demo.site;
}

Site tinySite()
{
    Site site;
    site.id = QStringLiteral("tiny");
    site.name = QStringLiteral("小区");
    site.nodes = {{QStringLiteral("d"), {}, SiteLevel::District, QStringLiteral("区")}};
    Camera camera;
    camera.id = QStringLiteral("x1");
    camera.name = QStringLiteral("门口");
    camera.siteNodeId = QStringLiteral("d");
    camera.mainStreamUrl = QStringLiteral("rtsp://127.0.0.1:8554/x1/main");
    site.cameras = {camera};
    return site;
}

} // namespace

TEST_CASE("site store: empty store loads an empty site", "[store][sitestore]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    auto store = SqliteSiteStore::open(databasePathIn(dir.path()), &error);
    REQUIRE(store);
    const std::optional<Site> site = store->loadSite(&error);
    REQUIRE(site);
    CHECK(site->id.isEmpty());
    CHECK(site->cameras.isEmpty());
    CHECK(store->hasSite(&error) == std::optional<bool>(false));
    CHECK_FALSE(store->credentialFor(QStringLiteral("c07")));
}

TEST_CASE("site store: replace/load round trip on a real file", "[store][sitestore]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = databasePathIn(dir.path());
    const Site demo = demoSite();
    QString error;
    {
        auto store = SqliteSiteStore::open(path, &error);
        REQUIRE(store);
        REQUIRE(store->replaceSite(demo, &error));
        CHECK(store->hasSite(&error) == std::optional<bool>(true));
    }
    // A fresh connection reads what the first one committed.
    auto store = SqliteSiteStore::open(path, &error);
    REQUIRE(store);
    const std::optional<Site> loaded = store->loadSite(&error);
    REQUIRE(loaded);
    CHECK(loaded->nodes == demo.nodes);
    CHECK(loaded->cameras == demo.cameras);
    CHECK(loaded->checkpoints == demo.checkpoints);
    CHECK(loaded->credentials == demo.credentials);
    CHECK(*loaded == demo);

    const std::optional<CameraCredential> cred = store->credentialFor(QStringLiteral("c07"));
    REQUIRE(cred);
    CHECK(cred->username == QStringLiteral("admin"));
    CHECK(cred->password == QStringLiteral("Vigil-demo-7"));
    CHECK_FALSE(store->credentialFor(QStringLiteral("c01")));

    // Replacing with a different site leaves nothing of the old one behind.
    REQUIRE(store->replaceSite(tinySite(), &error));
    CHECK(store->loadSite(&error) == std::optional<Site>(tinySite()));
    CHECK_FALSE(store->credentialFor(QStringLiteral("c07")));
}

TEST_CASE("site store: a failing replace leaves the old site untouched", "[store][sitestore]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    auto store = SqliteSiteStore::open(databasePathIn(dir.path()), &error);
    REQUIRE(store);
    const Site demo = demoSite();
    REQUIRE(store->replaceSite(demo, &error));

    Site broken = tinySite();
    SECTION("duplicate camera id (fails midway through the inserts)")
    {
        broken.cameras.append(broken.cameras.first());
    }
    SECTION("checkpoint naming a missing camera (immediate foreign key)")
    {
        broken.checkpoints.append({QStringLiteral("k"),
                                   QStringLiteral("卡口"),
                                   QStringLiteral("d"),
                                   30,
                                   114,
                                   QStringLiteral("urban"),
                                   2,
                                   {QStringLiteral("nope")}});
    }
    SECTION("node with a missing parent (deferred foreign key, fails at commit)")
    {
        broken.nodes.append(
            {QStringLiteral("t"), QStringLiteral("ghost"), SiteLevel::Town, QStringLiteral("镇")});
    }
    SECTION("credential for a missing camera")
    {
        broken.credentials.append(
            {QStringLiteral("ghost"), QStringLiteral("u"), QStringLiteral("Never-Show-Me")});
    }
    error.clear();
    CHECK_FALSE(store->replaceSite(broken, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(error.contains(QStringLiteral("Never-Show-Me")));

    const std::optional<Site> after = store->loadSite(&error);
    REQUIRE(after);
    CHECK(*after == demo);
    // The connection is usable again after the rollback.
    CHECK(store->replaceSite(tinySite(), &error));
}
