// The analytics hook reaches detached wall windows: every tile of a new WallWindow draws the
// shared overlay, and the window's wall menu shows the analytics entries and drives the overlay.
#include "analytics/analyticsconfiglibrary.h"
#include "analytics/analyticseditordialog.h"
#include "analytics/analyticsoverlay.h"
#include "analytics/analyticswallhook.h"
#include "media/streammanager.h"
#include "wall/layoutlibrary.h"
#include "wall/videotile.h"
#include "wall/wallcontroller.h"
#include "wall/wallgrid.h"
#include "wall/wallmenu.h"
#include "wall/wallwindow.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <memory>

using namespace vigil;

namespace {

QAction *actionNamed(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

TEST_CASE("a detached wall window gets the analytics overlay through the created hook",
          "[analyticsui][wallhook]")
{
    StreamManager streams;
    LayoutLibrary library;
    AnalyticsOverlay overlay;
    AnalyticsConfigLibrary configs;

    // Without a hook a detached wall has no overlay and no analytics entries.
    {
        WallWindow plain(streams, library, Site{}, 90);
        REQUIRE_FALSE(plain.wallGrid()->tiles().isEmpty());
        CHECK(plain.wallGrid()->tiles().first()->analyticsOverlay() == nullptr);
        QAction *entry = actionNamed(plain.wallMenu(), QStringLiteral("Show analytics zones"));
        REQUIRE(entry);
        CHECK_FALSE(entry->isVisible());
    }

    int hooked = 0;
    WallWindow::setCreatedHook([&](WallWindow *window) {
        ++hooked;
        auto *hook = new AnalyticsWallHook(*window->wall(), overlay, configs, window);
        hook->attachMenu(*window->wallMenu());
    });
    auto window = std::make_unique<WallWindow>(streams, library, Site{}, 91);
    WallWindow::setCreatedHook({});
    CHECK(hooked == 1);

    for (VideoTile *tile : window->wallGrid()->tiles())
        CHECK(tile->analyticsOverlay() == &overlay);
    QAction *zones = actionNamed(window->wallMenu(), QStringLiteral("Show analytics zones"));
    REQUIRE(zones);
    CHECK(zones->isVisible());
    REQUIRE_FALSE(overlay.zonesVisible());
    zones->trigger(); // checkable: on
    CHECK(overlay.zonesVisible());
    window.reset();
}
