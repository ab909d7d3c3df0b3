// vigil-admin: maintenance of the Vigil store from the command line. See --help.
#include "admincommands.h"

#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace vigil;

namespace {

const char *const kUsage =
    "Usage:\n"
    "  vigil-admin [--data-dir DIR] import-site FILE.json|CSV-DIR [--replace]\n"
    "  vigil-admin [--data-dir DIR] export-site [--include-credentials] [-o FILE]\n"
    "  vigil-admin [--data-dir DIR] check-store\n"
    "  vigil-admin [--data-dir DIR] list-cameras\n"
    "\n"
    "Commands:\n"
    "  import-site   Validate a site (JSON file or directory of CSV files, see\n"
    "                docs/site-format.md) and store it. Refuses to overwrite a stored\n"
    "                site unless --replace. A file with errors imports nothing.\n"
    "  export-site   Write the stored site as JSON to FILE (default: standard output).\n"
    "                Camera credentials are included only with --include-credentials.\n"
    "  check-store   Check schema version, integrity and foreign keys; print a summary.\n"
    "  list-cameras  List cameras: id, name, type, site node (never credentials).\n"
    "\n"
    "Options:\n"
    "  --data-dir DIR         Store directory (default: the per-user Vigil data dir)\n"
    "  --replace              import-site: replace the stored site\n"
    "  --include-credentials  export-site: include camera user names and passwords\n"
    "  -o, --output FILE      export-site: output file\n"
    "  -h, --help             Show this help\n"
    "  --version              Show the version\n"
    "\n"
    "Exit status: 0 success, 1 failure, 2 bad input (usage or invalid site file).\n";

int usageError(const QString &message)
{
    QTextStream err(stderr);
    err << "vigil-admin: " << message << "\n\n" << kUsage;
    return admin::BadInput;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Same names as the GUI, so both find the same default data directory.
    QCoreApplication::setOrganizationName(QStringLiteral("Vigil"));
    QCoreApplication::setApplicationName(QStringLiteral("vigil"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIL_VERSION));

    QCommandLineParser parser;
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"), QStringLiteral("Store directory."), QStringLiteral("DIR"));
    const QCommandLineOption replaceOption(QStringLiteral("replace"),
                                           QStringLiteral("Replace the stored site."));
    const QCommandLineOption credentialsOption(QStringLiteral("include-credentials"),
                                               QStringLiteral("Export credentials too."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("Output file."), QStringLiteral("FILE"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show help."));
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           QStringLiteral("Show the version."));
    parser.addOptions(
        {dataDirOption, replaceOption, credentialsOption, outputOption, helpOption, versionOption});
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << kUsage;
        return admin::Ok;
    }
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << "vigil-admin " << QCoreApplication::applicationVersion() << '\n';
        return admin::Ok;
    }

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(QStringLiteral("no command given"));
    const QString command = args.first();
    const QString dataDir =
        parser.isSet(dataDirOption) ? parser.value(dataDirOption) : defaultDataDir();
    if (dataDir.isEmpty())
        return usageError(QStringLiteral("--data-dir must not be empty"));

    const bool isImport = command == u"import-site";
    const bool isExport = command == u"export-site";
    if (!isImport && parser.isSet(replaceOption))
        return usageError(QStringLiteral("--replace only applies to import-site"));
    if (!isExport && (parser.isSet(credentialsOption) || parser.isSet(outputOption)))
        return usageError(
            QStringLiteral("--include-credentials and --output only apply to export-site"));

    if (isImport) {
        if (args.size() != 2)
            return usageError(QStringLiteral("import-site takes one FILE.json or CSV-DIR"));
        return admin::importSiteCommand(dataDir, args.at(1), parser.isSet(replaceOption));
    }
    if (args.size() != 1)
        return usageError(QStringLiteral("unexpected argument \"%1\"").arg(args.at(1)));
    if (isExport)
        return admin::exportSiteCommand(dataDir, parser.isSet(credentialsOption),
                                        parser.value(outputOption));
    if (command == u"check-store")
        return admin::checkStoreCommand(dataDir);
    if (command == u"list-cameras")
        return admin::listCamerasCommand(dataDir);
    return usageError(QStringLiteral("unknown command \"%1\"").arg(command));
}
