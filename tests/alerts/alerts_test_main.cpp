// Entry point for the alert tests: the writer thread, queued bus delivery and QtSql need a
// QCoreApplication.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Vigil"));
    QCoreApplication::setApplicationName(QStringLiteral("vigil-alerts-tests"));
    return Catch::Session().run(argc, argv);
}
