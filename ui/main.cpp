// vigil: the control-room workstation. Parses options, installs language and theme, and hands
// over to AppBootstrap.
#include "app/appoptions.h"
#include "app/bootstrap.h"
#include "app/language.h"
#include "app/theme.h"
#include "media/streamtypes.h"
#include "wall/startupreport.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    vigil::noteMainEntered(); // start-up report for benchmarks (startupreport.h)
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Vigil"));
    QApplication::setApplicationName(QStringLiteral("vigil"));
    QApplication::setApplicationVersion(QStringLiteral(VIGIL_VERSION));
    vigil::registerMediaMetaTypes();

    const vigil::AppOptionsResult parsed = vigil::AppOptionsParser::parse(app.arguments());
    if (!parsed.error.isEmpty()) {
        std::fprintf(stderr, "vigil: %s\nTry 'vigil --help'.\n", qUtf8Printable(parsed.error));
        return 2;
    }
    if (!parsed.helpText.isEmpty() || parsed.showVersion) {
        std::printf("%s\n",
                    qUtf8Printable(parsed.showVersion
                                       ? QApplication::applicationName() + QLatin1Char(' ') +
                                             QApplication::applicationVersion()
                                       : parsed.helpText));
        return 0;
    }
    const vigil::AppOptions &options = *parsed.options;

    QString translationError;
    if (!vigil::installTranslations(app, vigil::chooseLanguage(options.language, options.demo),
                                    &translationError))
        std::fprintf(stderr, "vigil: %s\n", qUtf8Printable(translationError));
    vigil::applyDarkTheme(app);

    vigil::AppBootstrap bootstrap(options);
    QObject::connect(&bootstrap, &vigil::AppBootstrap::finished, &app, &QApplication::exit);
    bootstrap.start();
    return app.exec();
}
