#include "storetestsupport.h"

#include "store/csvreader.h"

using namespace vigil;

TEST_CASE("csv import: good directory equals the same site in JSON", "[store][csv]")
{
    const SiteImportResult csv = importSiteCsvDir(test::storeData(QStringLiteral("csv/good")));
    INFO(test::errorsText(csv.errors));
    REQUIRE(csv.ok());
    const SiteImportResult json =
        importSiteJson(test::storeData(QStringLiteral("json/small.json")));
    REQUIRE(json.ok());
    CHECK(csv.site->nodes == json.site->nodes);
    CHECK(csv.site->cameras == json.site->cameras);
    CHECK(csv.site->checkpoints == json.site->checkpoints);
    CHECK(csv.site->credentials == json.site->credentials);
    CHECK(*csv.site == *json.site);
    // importSite() picks the CSV reader for a directory.
    CHECK(importSite(test::storeData(QStringLiteral("csv/good"))).site == csv.site);
}

TEST_CASE("csv import: bad quoting is reported by line", "[store][csv]")
{
    const QString dir = test::storeData(QStringLiteral("csv/bad_quoting"));
    const SiteImportResult result = importSiteCsvDir(dir);
    CHECK_FALSE(result.site);
    INFO(test::errorsText(result.errors));
    REQUIRE(result.errors.size() == 3);
    const QString file = dir + QStringLiteral("/cameras.csv");
    CHECK(result.errors.at(0).file == file);
    CHECK(result.errors.at(0).line == 2);
    CHECK(result.errors.at(0).message.contains(QStringLiteral("quote inside an unquoted")));
    CHECK(result.errors.at(1).line == 3);
    CHECK(result.errors.at(1).message.contains(QStringLiteral("after a closing quote")));
    CHECK(result.errors.at(2).line == 4);
    CHECK(result.errors.at(2).message.contains(QStringLiteral("never closed")));
}

TEST_CASE("csv import: wrong columns and values are reported by line and column", "[store][csv]")
{
    const QString dir = test::storeData(QStringLiteral("csv/wrong_column"));
    const SiteImportResult result = importSiteCsvDir(dir);
    CHECK_FALSE(result.site);
    const QList<ImportError> &errors = result.errors;
    INFO(test::errorsText(errors));
    const QString cameras = dir + QStringLiteral("/cameras.csv");
    const QString checkpoints = dir + QStringLiteral("/checkpoints.csv");
    auto has = [&](const QString &file, int line, const QString &field, const QString &fragment) {
        for (const ImportError &e : errors) {
            if (e.file == file && e.line == line && e.field == field &&
                e.message.contains(fragment))
                return true;
        }
        return false;
    };
    CHECK(has(cameras, 1, QStringLiteral("lattitude"), QStringLiteral("unknown column")));
    CHECK(has(cameras, 1, QStringLiteral("latitude"), QStringLiteral("required column missing")));
    CHECK(has(cameras, 3, QString(), QStringLiteral("8 fields but the header has 7")));
    CHECK(has(cameras, 4, QStringLiteral("type"), QStringLiteral("unknown camera type")));
    CHECK(has(checkpoints, 2, QStringLiteral("lanes"), QStringLiteral("not a whole number")));
    CHECK(has(checkpoints, 2, QStringLiteral("cameras"), QStringLiteral("unknown camera \"k9\"")));
    CHECK(errors.size() == 6);
    CHECK(errors.first().toString().startsWith(cameras + QStringLiteral(":1: ")));
}

TEST_CASE("csv import: missing directory or files", "[store][csv]")
{
    const SiteImportResult none = importSiteCsvDir(QStringLiteral("/nonexistent/site-csv"));
    REQUIRE(none.errors.size() == 1);
    CHECK(none.errors.first().message.contains(QStringLiteral("not a directory")));

    // json/ holds no CSV files: every required file is named.
    const SiteImportResult empty = importSiteCsvDir(test::storeData(QStringLiteral("json")));
    CHECK(empty.errors.size() == 4);
    for (const ImportError &e : empty.errors)
        CHECK(e.message == QStringLiteral("required file missing"));
}

TEST_CASE("csv reader: quoting rules", "[store][csv]")
{
    QList<CsvSyntaxError> errors;
    const QList<CsvRecord> records = parseCsv("\xEF\xBB\xBF"
                                              "a,b,c\r\n"
                                              "\"x, y\",\"multi\nline\",\"say \"\"hi\"\"\"\r\n"
                                              "\n"
                                              "清河,,\"\"\n",
                                              &errors);
    CHECK(errors.isEmpty());
    REQUIRE(records.size() == 3);
    CHECK(records.at(0).fields ==
          QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    CHECK(records.at(1).line == 2);
    CHECK(records.at(1).fields == QStringList{QStringLiteral("x, y"), QStringLiteral("multi\nline"),
                                              QStringLiteral("say \"hi\"")});
    CHECK(records.at(2).line == 5); // the blank line 4 is skipped, line 3 is inside quotes
    CHECK(records.at(2).fields == QStringList{QStringLiteral("清河"), QString(), QString()});

    errors.clear();
    parseCsv("a\n\xFF\xFE\n", &errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().line == 2);
    CHECK(errors.first().message.contains(QStringLiteral("UTF-8")));
}
