#include "app/appoptions.h"

#include "alerts/alertsettings.h"
#include "app/language.h"
#include "wall/wallgrid.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

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
    const QCommandLineOption publicView(
        QStringLiteral("public"),
        tr("Public display (open days, demos): every view blurs faces and licence plates."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("User-interface language: zh_CN or en."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption layout(
        QStringLiteral("layout"), tr("Wall layout: 1, 4, 6, 8, 9, 10, 13, 16, 25, 36 or 64 tiles."),
        QStringLiteral("N"));
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
    const QCommandLineOption operatorLogin(
        QStringLiteral("operator"),
        tr("Operator login recorded with alert actions (default: the "
           "OS user name)."),
        QStringLiteral("LOGIN"));
    const QCommandLineOption apiToken(
        QStringLiteral("api-token"),
        tr("Bearer token of the external event API (at least 16 characters; without one the API "
           "is off). Prefer alerts.json in the data directory: a command line is visible to "
           "other local users."),
        QStringLiteral("TOKEN"));
    const QCommandLineOption apiPort(QStringLiteral("api-port"),
                                     tr("Port of the external event API (default 8765)."),
                                     QStringLiteral("PORT"));
    const QCommandLineOption apiBind(QStringLiteral("api-bind"),
                                     tr("Address the event API listens on (default 127.0.0.1)."),
                                     QStringLiteral("ADDRESS"));
    const QCommandLineOption unitEndpoint(
        QStringLiteral("unit-endpoint"),
        tr("Webhook of a unit that alerts can be dispatched to, as UNIT=URL (repeatable)."),
        QStringLiteral("UNIT=URL"));
    const QCommandLineOption renderer(
        QStringLiteral("renderer"),
        tr("How the wall draws video: auto (OpenGL when hardware accelerated), gl or raster."),
        QStringLiteral("auto|gl|raster"));
    parser.addOptions({dataDir, demo, lang, layout, screenshot, screenshotDelay, quitAfter, basemap,
                       operatorLogin, apiToken, apiPort, apiBind, unitEndpoint, publicView,
                       renderer});

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
    options.publicView = parser.isSet(publicView);
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
                tr("--layout must be 1, 4, 6, 8, 9, 10, 13, 16, 25, 36 or 64 (got \"%1\")")
                    .arg(parser.value(layout));
            return result;
        }
    }
    if (parser.isSet(renderer)) {
        options.renderer = parser.value(renderer).trimmed().toLower();
        if (options.renderer != QLatin1String("auto") && options.renderer != QLatin1String("gl") &&
            options.renderer != QLatin1String("raster")) {
            result.error = tr("--renderer must be auto, gl or raster (got \"%1\")")
                               .arg(parser.value(renderer));
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
    options.operatorLogin = parser.value(operatorLogin).trimmed();
    if (parser.isSet(apiToken)) {
        options.apiToken = parser.value(apiToken).toUtf8();
        if (const QString problem = AlertSettingsReader::checkToken(options.apiToken);
            !problem.isEmpty()) {
            result.error = tr("--api-token: %1").arg(problem);
            return result;
        }
    }
    if (parser.isSet(apiPort)) {
        bool ok = false;
        const int port = parser.value(apiPort).toInt(&ok);
        if (!ok || port < 0 || port > 65535) {
            result.error = tr("--api-port must be a whole number from 0 to 65535 (got \"%1\")")
                               .arg(parser.value(apiPort));
            return result;
        }
        options.apiPort = quint16(port);
    }
    if (parser.isSet(apiBind)) {
        options.apiBind = parser.value(apiBind).trimmed();
        if (QHostAddress(options.apiBind).isNull()) {
            result.error = tr("--api-bind must be an IP address (got \"%1\")").arg(options.apiBind);
            return result;
        }
    }
    for (const QString &spec : parser.values(unitEndpoint)) {
        QString name;
        QUrl url;
        if (const QString problem = AlertSettingsReader::parseUnitEndpoint(spec, &name, &url);
            !problem.isEmpty()) {
            result.error = tr("--unit-endpoint: %1").arg(problem);
            return result;
        }
        options.unitEndpoints.insert(name, url);
    }
    result.options = options;
    return result;
}

} // namespace vigil
