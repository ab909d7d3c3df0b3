// vigil-mapgen: set-up time generator of the demo basemap (MBTiles) and of large synthetic sites
// for benchmarks. Qt Gui only (QPainter into QImage on the offscreen platform), no widgets.
#include "basemapcommand.h"
#include "previewcommand.h"
#include "sitegen.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

namespace {

const char *const kUsage =
    "Usage:\n"
    "  vigil-mapgen basemap --site DISTRICT.json --out OUT.mbtiles [--seed N]\n"
    "                       [--min-zoom 12] [--max-zoom 18]\n"
    "  vigil-mapgen site --out SITE.json [--cameras 50000] [--checkpoints 1200] [--seed N]\n"
    "  vigil-mapgen preview --mbtiles FILE --out PNG [--lon 114.31 --lat 30.52 --zoom 15]\n"
    "                       [--width 1024 --height 768]\n"
    "\n"
    "basemap  Lays out the demo district around the cameras and checkpoints of DISTRICT.json\n"
    "         (river, lake, street grid, ring road, expressway, villages, fields, labels)\n"
    "         and renders PNG tiles into an MBTiles file. Prints a key=value summary.\n"
    "site     Writes a large synthetic site (vigil-site JSON) around the demo district for\n"
    "         scale tests and benchmarks.\n"
    "preview  Stitches the tiles around a point into one PNG.\n"
    "Exit status: 0 success, 1 failure, 2 bad usage or input.\n";

} // namespace

int main(int argc, char *argv[])
{
    // Fonts and QPainter need a GUI application, never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream err(stderr);
    if (args.isEmpty() || args.contains(QStringLiteral("--help")) ||
        args.contains(QStringLiteral("-h"))) {
        QTextStream(stdout) << QString::fromLatin1(kUsage);
        return args.isEmpty() ? 2 : 0;
    }
    const QString command = args.takeFirst();
    if (command == u"basemap")
        return mapgen::runBasemapCommand(args, err);
    if (command == u"preview")
        return mapgen::runPreviewCommand(args, err);
    if (command == u"site")
        return mapgen::runSiteCommand(args, err);
    err << "vigil-mapgen: unknown command '" << command << "'\n" << kUsage;
    return 2;
}
