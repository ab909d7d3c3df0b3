// End-to-end tests of the vigil-admin executable (path in $VIGIL_ADMIN), each on its own
// temporary data directory.
#include "storetestsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace vigil;

namespace {

struct AdminRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

AdminRun runAdmin(const QString &dataDir, const QStringList &args)
{
    QProcess process;
    process.setProgram(test::envPath("VIGIL_ADMIN"));
    process.setArguments(QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    process.start();
    REQUIRE(process.waitForStarted(10000));
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        FAIL("vigil-admin did not finish: " << args.join(u' ').toStdString());
    }
    AdminRun run;
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

TEST_CASE("vigil-admin: import, export, check and list", "[store][admin]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    const QString demo = test::demoDistrictPath();

    AdminRun run = runAdmin(dataDir, {QStringLiteral("import-site"), demo});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("20 cameras")));

    // A second import must not silently overwrite.
    run = runAdmin(dataDir, {QStringLiteral("import-site"), demo});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("--replace")));
    run = runAdmin(dataDir, {QStringLiteral("import-site"), demo, QStringLiteral("--replace")});
    CHECK(run.exitCode == 0);

    SECTION("export round trip, with and without credentials")
    {
        const QString exported = dir.filePath(QStringLiteral("export.json"));
        run = runAdmin(dataDir,
                       {QStringLiteral("export-site"), QStringLiteral("--include-credentials"),
                        QStringLiteral("-o"), exported});
        REQUIRE(run.exitCode == 0);
        QFile file(exported);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QFile original(demo);
        REQUIRE(original.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == original.readAll());
        CHECK((file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);

        run = runAdmin(dataDir, {QStringLiteral("export-site")});
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("\"id\": \"c20\"")));
        CHECK(run.out.contains(QStringLiteral("清河区")));
        CHECK_FALSE(run.out.contains(QStringLiteral("Vigil-demo-7")));
        const SiteImportResult reread = importSiteJsonData(run.out.toUtf8(), QStringLiteral("-"));
        INFO(test::errorsText(reread.errors));
        REQUIRE(reread.ok());
        CHECK(reread.site->cameras.size() == 20);
        CHECK(reread.site->credentials.isEmpty());
    }

    SECTION("check-store reports a healthy store")
    {
        run = runAdmin(dataDir, {QStringLiteral("check-store")});
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("integrity_check: ok")));
        CHECK(run.out.contains(QStringLiteral("foreign_key_check: ok")));
        CHECK(run.out.contains(QStringLiteral("(current)")));
        CHECK(run.out.contains(QStringLiteral("store ok")));
    }

    SECTION("list-cameras shows cameras but never credentials")
    {
        run = runAdmin(dataDir, {QStringLiteral("list-cameras")});
        CHECK(run.exitCode == 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        CHECK(lines.size() == 21); // header + 20 cameras
        CHECK(run.out.contains(QStringLiteral("c07\t")));
        CHECK(run.out.contains(QStringLiteral("checkpoint")));
        CHECK_FALSE(run.out.contains(QStringLiteral("Vigil-demo-7")));
        CHECK_FALSE(run.out.contains(QStringLiteral("admin")));
        CHECK_FALSE(run.err.contains(QStringLiteral("Vigil-demo-7")));
    }

    SECTION("a rejected import changes nothing")
    {
        run = runAdmin(dataDir, {QStringLiteral("import-site"),
                                 test::storeData(QStringLiteral("json/duplicate_ids.json")),
                                 QStringLiteral("--replace")});
        CHECK(run.exitCode == 2);
        run = runAdmin(dataDir, {QStringLiteral("list-cameras")});
        CHECK(run.out.split(u'\n', Qt::SkipEmptyParts).size() == 21);
    }
}

TEST_CASE("vigil-admin: bad input exits 2 with file:line: field", "[store][admin]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    const QString bad = test::storeData(QStringLiteral("json/semantic_errors.json"));

    AdminRun run = runAdmin(dataDir, {QStringLiteral("import-site"), bad});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(bad + QStringLiteral(":19: cameras[0].latitude: ")));
    CHECK(run.err.contains(bad + QStringLiteral(":49: credentials[0].camera: ")));
    CHECK_FALSE(run.err.contains(QStringLiteral("Do-Not-Print-Me")));
    CHECK(run.out.isEmpty());

    // Nothing was stored.
    run = runAdmin(dataDir, {QStringLiteral("export-site")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("no site stored")));

    run = runAdmin(dataDir, {QStringLiteral("import-site"),
                             test::storeData(QStringLiteral("csv/wrong_column"))});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("cameras.csv:1: lattitude: unknown column")));

    run = runAdmin(dataDir, {QStringLiteral("frobnicate")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("unknown command")));
    run = runAdmin(dataDir, {QStringLiteral("list-cameras"), QStringLiteral("--replace")});
    CHECK(run.exitCode == 2);
    run = runAdmin(dataDir, {QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("import-site")));
}

TEST_CASE("vigil-admin: CSV import works end to end", "[store][admin]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    AdminRun run = runAdmin(
        dataDir, {QStringLiteral("import-site"), test::storeData(QStringLiteral("csv/good"))});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    run = runAdmin(dataDir, {QStringLiteral("list-cameras")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("k1\t清河卡口\n(两行名称)\tcheckpoint")));
    CHECK_FALSE(run.out.contains(QStringLiteral("s3cr")));
}
