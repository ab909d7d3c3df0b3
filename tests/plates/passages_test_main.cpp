// Entry point of the passage store tests: writer/reader threads, queued bus delivery and QtSql
// need a QCoreApplication.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Vigil"));
    QCoreApplication::setApplicationName(QStringLiteral("vigil-passages-tests"));
    return Catch::Session().run(argc, argv);
}
