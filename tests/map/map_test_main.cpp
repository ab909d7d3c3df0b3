// Entry point for the map tests: QtSql's SQLite driver, the network stack and the tile loader's
// queued signals need an application object and an event loop (widgets: QApplication).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Vigil"));
    QCoreApplication::setApplicationName(QStringLiteral("vigil-map-tests"));
    return Catch::Session().run(argc, argv);
}
