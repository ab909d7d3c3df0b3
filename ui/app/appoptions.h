#pragma once
// Command-line options of the `vigil` executable. Parsing only; no side effects.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

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
