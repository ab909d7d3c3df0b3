// AnalyticsConfigStore on a real SQLite file, and AnalyticsConfigLibrary (the GUI's worker-thread
// access to it).
#include "analytics/analyticsconfiglibrary.h"
#include "analytics/analyticsconfigstore.h"
#include "store/database.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

namespace {

CameraAnalyticsConfig intrusionConfig(const QString &camera)
{
    QJsonObject settings;
    settings.insert(QStringLiteral("sensitivity"), 70);
    settings.insert(QStringLiteral("zones"),
                    QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("gate")},
                                           {QStringLiteral("points"),
                                            QJsonArray{QJsonArray{0.1, 0.2}, QJsonArray{0.5, 0.2},
                                                       QJsonArray{0.3, 0.6}}}}});
    return {camera, QStringLiteral("org.vigil.intrusion"), true, settings};
}

} // namespace

TEST_CASE("analytics config store round trip on a SQLite file", "[analyticsui][store]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("vigil.db"));
    QString error;
    const CameraAnalyticsConfig a = intrusionConfig(QStringLiteral("cam-1"));
    const CameraAnalyticsConfig b{QStringLiteral("cam-1"), QStringLiteral("org.vigil.loitering"),
                                  false, QJsonObject{{QStringLiteral("dwellTime"), 12.5}}};
    const CameraAnalyticsConfig c = intrusionConfig(QStringLiteral("cam-2"));
    {
        auto store = AnalyticsConfigStore::open(path, &error);
        REQUIRE(store);
        REQUIRE(store->replaceCamera(QStringLiteral("cam-1"), {b, a}, &error));
        REQUIRE(store->save(c, &error));
    }
    auto store = AnalyticsConfigStore::open(path, &error); // a fresh connection reads the file
    REQUIRE(store);
    QStringList problems;
    const auto all = store->loadAll(&error, &problems);
    REQUIRE(all);
    CHECK(problems.isEmpty());
    CHECK(*all == CameraAnalyticsConfigList{a, b, c}); // sorted by camera, then plugin
    const auto one = store->loadCamera(QStringLiteral("cam-1"), &error, &problems);
    REQUIRE(one);
    CHECK(*one == CameraAnalyticsConfigList{a, b});

    // Replacing drops the camera's other plugins, not other cameras'.
    REQUIRE(store->replaceCamera(QStringLiteral("cam-1"), {b}, &error));
    CHECK(*store->loadAll(&error, &problems) == CameraAnalyticsConfigList{b, c});
    REQUIRE(store->remove(QStringLiteral("cam-2"), c.pluginId, &error));
    CHECK_FALSE(store->remove(QStringLiteral("cam-2"), c.pluginId, &error));
    CHECK(error.contains(QStringLiteral("cam-2")));

    // Refusals name the field / the entry.
    CHECK_FALSE(store->save({QStringLiteral("cam-1"), QString(), true, {}}, &error));
    CHECK(error.contains(QStringLiteral("pluginId")));
    CHECK_FALSE(store->replaceCamera(QStringLiteral("cam-1"), {c}, &error));
    CHECK(error.contains(QStringLiteral("cam-2")));
    CHECK(*store->loadAll(&error, &problems) == CameraAnalyticsConfigList{b}); // nothing changed
}

TEST_CASE("a row with unreadable settings is reported and kept in the file", "[analyticsui][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vigil.db"));
    QString error;
    auto store = AnalyticsConfigStore::open(path, &error);
    REQUIRE(store);
    REQUIRE(store->save(intrusionConfig(QStringLiteral("cam-1")), &error));
    {
        auto db = Database::open(path, &error);
        REQUIRE(db);
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(QStringLiteral("INSERT INTO camera_analytics VALUES ('cam-9', "
                                          "'org.vigil.motion', 1, '{broken', 'x')")));
    }
    QStringList problems;
    const auto all = store->loadAll(&error, &problems);
    REQUIRE(all);
    CHECK(all->size() == 1);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].contains(QStringLiteral("cam-9")));
    CHECK(problems[0].contains(QStringLiteral("org.vigil.motion")));
    CHECK(problems[0].contains(QStringLiteral("settings_json")));
}

TEST_CASE("the config library saves off the GUI thread and announces the change",
          "[analyticsui][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vigil.db"));
    AnalyticsConfigLibrary library;
    QSignalSpy changed(&library, &AnalyticsConfigLibrary::configsChanged);
    QSignalSpy saved(&library, &AnalyticsConfigLibrary::saved);
    library.setDatabasePath(path);
    QTRY_VERIFY(!library.isBusy());
    CHECK(changed.isEmpty()); // an empty store has nothing to announce

    const CameraAnalyticsConfig config = intrusionConfig(QStringLiteral("cam-3"));
    library.saveCamera(QStringLiteral("cam-3"), {config});
    CHECK(library.isBusy());
    QTRY_COMPARE(saved.size(), 1);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0][0].toString() == QStringLiteral("cam-3"));
    CHECK(changed[0][1].value<CameraAnalyticsConfigList>() == CameraAnalyticsConfigList{config});
    CHECK(library.configs(QStringLiteral("cam-3")) == CameraAnalyticsConfigList{config});
    CHECK(library.allConfigs() == CameraAnalyticsConfigList{config});

    QString error;
    auto store = AnalyticsConfigStore::open(path, &error);
    REQUIRE(store);
    CHECK(*store->loadCamera(QStringLiteral("cam-3"), &error, nullptr) ==
          CameraAnalyticsConfigList{config});
}
