#pragma once
// Command-line options of the `vigil` executable. Parsing only; no side effects.

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace vigil {

struct AppOptions
{
    QString dataDir;   // empty = vigil::defaultDataDir()
    bool demo = false; // import the bundled demo district when the store has no site
    QString language;  // "zh_CN", "en" or empty (no override)
    int layout = 4;
    bool layoutGiven = false;
    QString screenshotFile;
    int screenshotDelayMs = 4000;
    double quitAfterSeconds = 0; // 0 = run until closed
    QString basemap; // MBTiles file or XYZ URL template; empty = the last one used (settings)
    bool publicView = false; // --public: every view blurs faces and plates
    QString renderer; // --renderer auto|gl|raster; empty = VIGIL_RENDERER or auto (wallrenderer.h)
    // Alerts (override <data dir>/alerts.json; see alerts/alertsettings.h).
    QString operatorLogin;              // empty = from alerts.json, else the OS user
    QByteArray apiToken;                // empty = from alerts.json; none there = API off
    std::optional<quint16> apiPort;     // 0 = any free port
    QString apiBind;                    // IP address; empty = alerts.json or 127.0.0.1
    QHash<QString, QUrl> unitEndpoints; // unit name → webhook URL
};

struct AppOptionsResult
{
    std::optional<AppOptions> options;
    QString error;    // set when the command line is invalid
    QString helpText; // set when --help was asked for (options is empty, error empty)
    bool showVersion = false;
};

class AppOptionsParser
{
    Q_DECLARE_TR_FUNCTIONS(AppOptionsParser)
public:
    static AppOptionsResult parse(const QStringList &arguments);
};

} // namespace vigil
