#include "app/appoptions.h"

#include "app/language.h"
#include "wall/wallgrid.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace vigil {

AppOptionsResult AppOptionsParser::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Vigil video-monitoring control-room workstation"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     tr("Directory holding the site database."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        tr("Import the bundled demo district if no site is stored, fill the wall with its first "
           "cameras, and show Chinese unless a language was chosen."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("User-interface language: zh_CN or en."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption layout(QStringLiteral("layout"),
                                    tr("Wall layout: 1, 4, 9 or 16 tiles."), QStringLiteral("N"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Save a PNG of the main window, then exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption screenshotDelay(
        QStringLiteral("screenshot-delay-ms"),
        tr("Milliseconds to wait before taking the screenshot (default 4000)."),
        QStringLiteral("N"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after-s"),
                                       tr("Quit after this many seconds (measurement runs)."),
                                       QStringLiteral("S"));
    const QCommandLineOption basemap(
        QStringLiteral("basemap"),
        tr("Map tiles: an MBTiles file or an XYZ URL template (remembered for later starts)."),
        QStringLiteral("SPEC"));
    parser.addOptions(
        {dataDir, demo, lang, layout, screenshot, screenshotDelay, quitAfter, basemap});

    AppOptionsResult result;
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.helpText = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.showVersion = true;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = tr("Unexpected argument: %1").arg(parser.positionalArguments().first());
        return result;
    }

    AppOptions options;
    options.dataDir = parser.value(dataDir);
    options.demo = parser.isSet(demo);
    if (parser.isSet(lang)) {
        options.language = normalizedLanguage(parser.value(lang));
        if (options.language.isEmpty()) {
            result.error = tr("--lang must be zh_CN or en (got \"%1\")").arg(parser.value(lang));
            return result;
        }
    }
    if (parser.isSet(layout)) {
        bool ok = false;
        options.layout = parser.value(layout).toInt(&ok);
        options.layoutGiven = true;
        if (!ok || !WallGrid::isSupportedTileCount(options.layout)) {
            result.error =
                tr("--layout must be 1, 4, 9 or 16 (got \"%1\")").arg(parser.value(layout));
            return result;
        }
    }
    options.basemap = parser.value(basemap);
    options.screenshotFile = parser.value(screenshot);
    if (parser.isSet(screenshotDelay)) {
        bool ok = false;
        options.screenshotDelayMs = parser.value(screenshotDelay).toInt(&ok);
        if (!ok || options.screenshotDelayMs < 0) {
            result.error = tr("--screenshot-delay-ms must be a whole number ≥ 0 (got \"%1\")")
                               .arg(parser.value(screenshotDelay));
            return result;
        }
    }
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        options.quitAfterSeconds = parser.value(quitAfter).toDouble(&ok);
        if (!ok || options.quitAfterSeconds <= 0) {
            result.error = tr("--quit-after-s must be a number of seconds > 0 (got \"%1\")")
                               .arg(parser.value(quitAfter));
            return result;
        }
    }
    result.options = options;
    return result;
}

} // namespace vigil
