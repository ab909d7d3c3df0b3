// Entry point for the store tests: QtSql loads its SQLite driver as a plugin, which wants a
// QCoreApplication.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Vigil"));
    QCoreApplication::setApplicationName(QStringLiteral("vigil-store-tests"));
    return Catch::Session().run(argc, argv);
}
