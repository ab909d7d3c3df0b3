// Entry point of the alert queue UI tests: a QApplication (offscreen via QT_QPA_PLATFORM) with the
// dark theme and the Chinese translation, as the control room runs it.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "app/language.h"
#include "app/theme.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Vigil"));
    QApplication::setApplicationName(QStringLiteral("vigil-alerts-ui-tests"));
    vigil::applyDarkTheme(app);
    QString error;
    if (!vigil::installTranslations(app, QStringLiteral("zh_CN"), &error))
        qWarning("alerts UI tests: %s", qPrintable(error));
    return Catch::Session().run(argc, argv);
}
