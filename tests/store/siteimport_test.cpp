#include "storetestsupport.h"

#include "store/siteexport.h"

#include <QFile>
#include <QSet>

using namespace vigil;
using vigil::test::findError;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Checks that `field` was reported on `line`, with `fragment` in the message.
void expectError(const QList<ImportError> &errors, const QString &field, int line,
                 const QString &fragment)
{
    INFO("expected error on field " << field.toStdString() << "\nall errors:\n"
                                    << test::errorsText(errors));
    const ImportError *e = findError(errors, field);
    REQUIRE(e);
    CHECK(e->line == line);
    CHECK(e->message.contains(fragment));
}

} // namespace

TEST_CASE("json import: the demo district imports cleanly", "[store][import]")
{
    const SiteImportResult result = importSiteJson(test::demoDistrictPath());
    INFO(test::errorsText(result.errors));
    REQUIRE(result.ok());
    const Site &site = *result.site;
    CHECK(site.cameras.size() == 20);
    CHECK(site.checkpoints.size() >= 4);

    QSet<CameraType> types;
    int checkpointCameras = 0;
    for (int i = 0; i < site.cameras.size(); ++i) {
        const Camera &c = site.cameras.at(i);
        CHECK(c.id == QStringLiteral("c%1").arg(i + 1, 2, 10, QLatin1Char('0')));
        CHECK(c.mainStreamUrl == QStringLiteral("rtsp://127.0.0.1:8554/%1/main").arg(c.id));
        CHECK(c.subStreamUrl == QStringLiteral("rtsp://127.0.0.1:8554/%1/sub").arg(c.id));
        types.insert(c.type);
        if (c.type == CameraType::Checkpoint)
            ++checkpointCameras;
    }
    CHECK(types.size() == allCameraTypes().size());
    CHECK(checkpointCameras >= 5);
    REQUIRE(site.credentials.size() == 1);
    CHECK(site.credentials.first() == CameraCredential{QStringLiteral("c07"),
                                                       QStringLiteral("admin"),
                                                       QStringLiteral("Vigil-demo-7")});
    for (int i = 0; i < 4; ++i)
        CHECK(site.checkpoints.at(i).id == QStringLiteral("kk0%1").arg(i + 1));
}

TEST_CASE("json import: a small file with escapes and defaults", "[store][import]")
{
    const SiteImportResult result =
        importSiteJson(test::storeData(QStringLiteral("json/small.json")));
    INFO(test::errorsText(result.errors));
    REQUIRE(result.ok());
    const Site &site = *result.site;
    REQUIRE(site.cameras.size() == 2);
    CHECK(site.cameras.at(0).name == QStringLiteral("幸福社区南门 \"东侧\""));
    CHECK(site.cameras.at(0).headingDeg == 180.25);
    CHECK(site.cameras.at(1).name == QStringLiteral("清河卡口\n(两行名称)"));
    CHECK(site.cameras.at(1).longitude == -179.99999999);
    CHECK(site.cameras.at(1).fovDeg == Camera{}.fovDeg); // optional fields take defaults
    CHECK(site.cameras.at(1).subStreamUrl.isEmpty());
    CHECK(site.credentials.first().password == QStringLiteral("s3crét,\"x\""));
    CHECK(site.checkpoints.first().cameraIds == QStringList{QStringLiteral("k1")});
}

TEST_CASE("json import: a syntax error gives line and column", "[store][import]")
{
    const QString path = test::storeData(QStringLiteral("json/syntax_error.json"));
    const SiteImportResult result = importSiteJson(path);
    CHECK_FALSE(result.site);
    REQUIRE(result.errors.size() == 1);
    const ImportError &e = result.errors.first();
    CHECK(e.file == path);
    // The missing ',' is noticed where the next object starts: line 8, column 5.
    CHECK(e.line == 8);
    CHECK(e.column == 5);
    CHECK(e.message == QStringLiteral("syntax error: expected ',' or ']'"));
    CHECK(e.toString().startsWith(path + QStringLiteral(":8:5: syntax error")));
}

TEST_CASE("json import: every semantic error is listed with line and field", "[store][import]")
{
    const QString path = test::storeData(QStringLiteral("json/semantic_errors.json"));
    const SiteImportResult result = importSiteJson(path);
    CHECK_FALSE(result.site);
    const QList<ImportError> &errors = result.errors;
    INFO(test::errorsText(errors));

    expectError(errors, QStringLiteral("nodes[2].parent"), 9, QStringLiteral("under a town"));
    expectError(errors, QStringLiteral("nodes[3].parent"), 10, QStringLiteral("unknown parent"));
    expectError(errors, QStringLiteral("nodes[4].level"), 11, QStringLiteral("village"));
    expectError(errors, QStringLiteral("cameras[0].latitude"), 19, QStringLiteral("out of range"));
    expectError(errors, QStringLiteral("cameras[0].heading_deg"), 21, QStringLiteral("[0, 360)"));
    expectError(errors, QStringLiteral("cameras[0].fov_deg"), 22, QStringLiteral("(0, 360]"));
    expectError(errors, QStringLiteral("cameras[0].range_m"), 23, QStringLiteral("greater than 0"));
    expectError(errors, QStringLiteral("cameras[0].main_stream"), 24, QStringLiteral("scheme"));
    expectError(errors, QStringLiteral("cameras[1].name"), 26, QStringLiteral("missing"));
    expectError(errors, QStringLiteral("cameras[1].type"), 29, QStringLiteral("dome"));
    expectError(errors, QStringLiteral("cameras[1].latitude"), 30, QStringLiteral("a number"));
    expectError(errors, QStringLiteral("cameras[1].colour"), 33, QStringLiteral("unknown field"));
    expectError(errors, QStringLiteral("checkpoints[0].lanes"), 44, QStringLiteral("whole number"));
    expectError(errors, QStringLiteral("checkpoints[0].cameras[1]"), 45, QStringLiteral("c9"));
    expectError(errors, QStringLiteral("credentials[0].camera"), 49, QStringLiteral("c404"));
    // One mistake, one error: nothing else was reported, in particular no second error for
    // the mistyped latitude or the unknown type.
    CHECK(errors.size() == 15);
    for (const ImportError &e : errors) {
        CHECK(e.file == path);
        CHECK_FALSE(e.toString().contains(QStringLiteral("Do-Not-Print-Me")));
    }
    // Listed top to bottom.
    for (int i = 1; i < errors.size(); ++i)
        CHECK(errors.at(i - 1).line <= errors.at(i).line);
}

TEST_CASE("json import: duplicate ids are reported with the first use", "[store][import]")
{
    const SiteImportResult result =
        importSiteJson(test::storeData(QStringLiteral("json/duplicate_ids.json")));
    CHECK_FALSE(result.site);
    INFO(test::errorsText(result.errors));
    expectError(result.errors, QStringLiteral("nodes[1].id"), 8, QStringLiteral("line 7"));
    expectError(result.errors, QStringLiteral("cameras[1].id"), 13, QStringLiteral("line 11"));
    expectError(result.errors, QStringLiteral("credentials[1].camera"), 19,
                QStringLiteral("duplicate credentials"));
    CHECK(result.errors.size() == 3);
}

TEST_CASE("json import: credentials in a URL are refused without echoing them", "[store][import]")
{
    const SiteImportResult result =
        importSiteJson(test::storeData(QStringLiteral("json/credentials_in_url.json")));
    CHECK_FALSE(result.site);
    REQUIRE(result.errors.size() == 1);
    expectError(result.errors, QStringLiteral("cameras[0].main_stream"), 17,
                QStringLiteral("credentials section"));
    CHECK_FALSE(result.errors.first().toString().contains(QStringLiteral("Hunter2")));
}

TEST_CASE("json import: structural problems", "[store][import]")
{
    SECTION("top level is not an object")
    {
        const SiteImportResult r = importSiteJsonData("[1, 2]", QStringLiteral("x.json"));
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors.first().message.contains(QStringLiteral("object")));
    }
    SECTION("missing lists, wrong format and duplicate keys")
    {
        const QByteArray json = "{\n"
                                "  \"format\": \"something-else\",\n"
                                "  \"version\": 1,\n"
                                "  \"id\": \"a\",\n"
                                "  \"id\": \"b\",\n"
                                "  \"name\": \"n\"\n"
                                "}\n";
        const SiteImportResult r = importSiteJsonData(json, QStringLiteral("x.json"));
        INFO(test::errorsText(r.errors));
        expectError(r.errors, QStringLiteral("format"), 2, QStringLiteral("vigil-site"));
        expectError(r.errors, QStringLiteral("id"), 5, QStringLiteral("duplicate key"));
        expectError(r.errors, QStringLiteral("nodes"), 1, QStringLiteral("missing"));
        expectError(r.errors, QStringLiteral("cameras"), 1, QStringLiteral("missing"));
        expectError(r.errors, QStringLiteral("checkpoints"), 1, QStringLiteral("missing"));
    }
    SECTION("unreadable file")
    {
        const SiteImportResult r = importSiteJson(QStringLiteral("/nonexistent/site.json"));
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors.first().toString().startsWith(QStringLiteral("/nonexistent/site.json: ")));
    }
}

TEST_CASE("json export: export then import is lossless", "[store][export]")
{
    const SiteImportResult demo = importSiteJson(test::demoDistrictPath());
    REQUIRE(demo.ok());
    const QByteArray exported = exportSiteJson(*demo.site, true);
    const SiteImportResult again = importSiteJsonData(exported, QStringLiteral("export.json"));
    INFO(test::errorsText(again.errors));
    REQUIRE(again.ok());
    CHECK(*again.site == *demo.site);
    // The demo file is kept in the exporter's canonical form, so it diffs cleanly.
    CHECK(exported == readAll(test::demoDistrictPath()));
    // Stable: exporting the re-imported site gives the same bytes.
    CHECK(exportSiteJson(*again.site, true) == exported);

    // Awkward values survive too: escapes, control characters, extreme doubles.
    const SiteImportResult small =
        importSiteJson(test::storeData(QStringLiteral("json/small.json")));
    REQUIRE(small.ok());
    Site odd = *small.site;
    odd.name = QStringLiteral("tab\there \\ \"quoted\" \u0001 𝒳 清河");
    odd.cameras[0].latitude = 0.1 + 0.2; // not exactly representable in short decimal
    odd.cameras[0].rangeM = 1e-7;
    odd.cameras[1].headingDeg = 359.99999999999994;
    const SiteImportResult oddAgain =
        importSiteJsonData(exportSiteJson(odd, true), QStringLiteral("odd.json"));
    INFO(test::errorsText(oddAgain.errors));
    REQUIRE(oddAgain.ok());
    CHECK(*oddAgain.site == odd);
}

TEST_CASE("json export: credentials only when asked", "[store][export]")
{
    const SiteImportResult demo = importSiteJson(test::demoDistrictPath());
    REQUIRE(demo.ok());
    const QByteArray without = exportSiteJson(*demo.site, false);
    CHECK_FALSE(without.contains("Vigil-demo-7"));
    CHECK_FALSE(without.contains("\"credentials\""));
    const SiteImportResult reread = importSiteJsonData(without, QStringLiteral("w.json"));
    REQUIRE(reread.ok());
    CHECK(reread.site->credentials.isEmpty());
    CHECK(reread.site->cameras == demo.site->cameras);

    CHECK(exportSiteJson(*demo.site, true).contains("\"password\": \"Vigil-demo-7\""));
}
