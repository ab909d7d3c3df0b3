// Entry point of the analytics UI tests: a QApplication (offscreen via QT_QPA_PLATFORM) with the
// dark theme, English UI so the assertions can read the schema's messages.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "app/theme.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Vigil"));
    QApplication::setApplicationName(QStringLiteral("vigil-analyticsui-tests"));
    vigil::applyDarkTheme(app);
    return Catch::Session().run(argc, argv);
}
