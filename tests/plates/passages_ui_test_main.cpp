// Entry point of the passages UI tests: a QApplication (offscreen via QT_QPA_PLATFORM).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Vigil"));
    QApplication::setApplicationName(QStringLiteral("vigil-passages-ui-tests"));
    return Catch::Session().run(argc, argv);
}
