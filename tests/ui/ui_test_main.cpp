// Entry point of the UI tests: a QApplication (offscreen via QT_QPA_PLATFORM) and private
// config/data homes so that no test reads or writes the user's real settings.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "app/theme.h"
#include "media/streamtypes.h"

#include <QApplication>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    QTemporaryDir home;
    if (!home.isValid())
        return 3;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_RUNTIME_DIR", home.path().toUtf8());

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Vigil"));
    QApplication::setApplicationName(QStringLiteral("vigil-ui-tests"));
    vigil::registerMediaMetaTypes();
    vigil::applyDarkTheme(app);
    return Catch::Session().run(argc, argv);
}
