// Saved wall layouts and tours: a round trip through a real SQLite file (the store directly and
// through the GUI's LayoutLibrary worker), validation errors that name the field, and recalling
// a saved layout onto the wall.
#include "shellfixture.h"
#include "uitestsupport.h"

#include "store/database.h"
#include "store/wallayoutstore.h"
#include "wall/layoutlibrary.h"
#include "wall/wallmenu.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace vigil;
using namespace vigil::test;

TEST_CASE("wall layouts and tours round-trip through the SQLite store", "[ui][wall][store]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("vigil.db"));
    QString error;

    const SavedWallLayout night{
        QStringLiteral("夜班 night"), 6, {QStringLiteral("C1"), QString(), QStringLiteral("C3")}};
    const SavedWallLayout gates{QStringLiteral("gates"), 64, {QStringLiteral("G")}};
    const SavedTour tour{QStringLiteral("perimeter"),
                         2500,
                         {QStringLiteral("C3"), QStringLiteral("C1"), QStringLiteral("C3")}};
    {
        auto store = WallLayoutStore::open(path, &error);
        INFO(error.toStdString());
        REQUIRE(store);
        REQUIRE(store->saveLayout(night, &error));
        REQUIRE(store->saveLayout(gates, &error));
        REQUIRE(store->saveTour(tour, &error));
        // Saving under the same name replaces.
        SavedWallLayout changed = gates;
        changed.tileCount = 16;
        changed.cameraIds = {QString(), QStringLiteral("G2")};
        REQUIRE(store->saveLayout(changed, &error));
    }
    {
        auto store = WallLayoutStore::open(path, &error);
        REQUIRE(store);
        const auto layouts = store->layouts(&error);
        REQUIRE(layouts);
        REQUIRE(layouts->size() == 2);
        CHECK(layouts->at(0).name == QStringLiteral("gates"));
        CHECK(layouts->at(0).tileCount == 16);
        CHECK(layouts->at(0).cameraIds == QStringList{QString(), QStringLiteral("G2")});
        CHECK(layouts->at(1) == night);
        const auto tours = store->tours(&error);
        REQUIRE(tours);
        REQUIRE(tours->size() == 1);
        CHECK(tours->first() == tour);

        // Bad input is refused with the field named; nothing stored changes.
        CHECK_FALSE(store->saveLayout({QStringLiteral("x"), 70, {}}, &error));
        CHECK(error.contains(QStringLiteral("tile count 70")));
        CHECK_FALSE(store->saveLayout(
            {QStringLiteral("y"), 1, {QStringLiteral("a"), QStringLiteral("b")}}, &error));
        CHECK(error.contains(QStringLiteral("2 cameras for 1 tiles")));
        CHECK_FALSE(store->saveLayout({QStringLiteral("  "), 4, {}}, &error));
        CHECK(error.contains(QStringLiteral("name is empty")));
        CHECK_FALSE(store->saveTour({QStringLiteral("t"), 10, {QStringLiteral("a")}}, &error));
        CHECK(error.contains(QStringLiteral("dwell time 10 ms")));
        CHECK_FALSE(store->saveTour({QStringLiteral("t"), 1000, {}}, &error));
        CHECK(error.contains(QStringLiteral("no cameras")));
        CHECK_FALSE(store->deleteLayout(QStringLiteral("missing"), &error));
        CHECK(error.contains(QStringLiteral("no such layout")));

        REQUIRE(store->deleteLayout(QStringLiteral("gates"), &error));
        REQUIRE(store->deleteTour(QStringLiteral("perimeter"), &error));
        CHECK(store->layouts(&error)->size() == 1);
        CHECK(store->tours(&error)->isEmpty());
        CHECK(store->layouts(&error)->first() == night);
    }
    auto db = Database::open(path, &error);
    REQUIRE(db);
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("a layout saved from the wall comes back in a new session", "[ui][wall][store]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("vigil.db"));
    QString error;
    std::optional<Site> site = demoSiteOnPort(closedLocalPort(), &error);
    INFO(error.toStdString());
    REQUIRE(site);
    const QStringList ids{site->cameras.at(0).id, site->cameras.at(1).id, site->cameras.at(2).id};

    {
        ShellFixture shell(*site, 6);
        shell.window->setStorePath(path);
        WallController *wall = shell.window->wall();
        REQUIRE(wall->showCamera(0, ids[0]));
        REQUIRE(wall->showCamera(2, ids[1]));
        REQUIRE(wall->showCamera(5, ids[2]));
        LayoutLibrary *library = shell.window->layoutLibrary();
        library->saveLayout(
            {QStringLiteral("control room"), wall->layoutCount(), wall->assignedCameras()});
        REQUIRE(waitUntil([&] { return !library->isBusy(); }, 5000));
        REQUIRE(library->layouts().size() == 1);
    }

    ShellFixture shell(*site, 4);
    LayoutLibrary *library = shell.window->layoutLibrary();
    shell.window->setStorePath(path);
    REQUIRE(waitUntil([&] { return !library->isBusy(); }, 5000));
    REQUIRE(library->layout(QStringLiteral("control room")));
    shell.window->wallMenu()->recallLayout(QStringLiteral("control room"));
    WallController *wall = shell.window->wall();
    CHECK(wall->layoutCount() == 6);
    CHECK(wall->cameraIdAt(0) == ids[0]);
    CHECK(wall->cameraIdAt(1).isEmpty());
    CHECK(wall->cameraIdAt(2) == ids[1]);
    CHECK(wall->cameraIdAt(5) == ids[2]);
    CHECK(shell.tile(5)->cameraId() == ids[2]);
}
