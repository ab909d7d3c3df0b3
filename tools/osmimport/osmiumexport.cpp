#include "osmiumexport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>
#include <QStandardPaths>

namespace osmimport {

ExportResult exportFeatures(const QString &osmPath, const QString &tempDir,
                            const std::function<bool(const QJsonObject &, QString *)> &onFeature)
{
    ExportResult result;
    const QFileInfo input(osmPath);
    if (!input.exists() || !input.isFile()) {
        result.inputError = true;
        result.error = QStringLiteral("input file '%1' does not exist").arg(osmPath);
        return result;
    }
    if (!input.isReadable()) {
        result.inputError = true;
        result.error = QStringLiteral("input file '%1' is not readable").arg(osmPath);
        return result;
    }
    const QString osmium = QStandardPaths::findExecutable(QStringLiteral("osmium"));
    if (osmium.isEmpty()) {
        result.error = QStringLiteral("the 'osmium' program was not found; install the Debian "
                                      "package: apt-get install osmium-tool");
        return result;
    }
    const QString geojson = tempDir + QStringLiteral("/features.geojsonseq");
    QProcess process;
    process.start(osmium, {QStringLiteral("export"), QStringLiteral("--no-progress"),
                           QStringLiteral("-f"), QStringLiteral("geojsonseq"), QStringLiteral("-x"),
                           QStringLiteral("print_record_separator=false"), QStringLiteral("-O"),
                           QStringLiteral("-o"), geojson, osmPath});
    // Large city extracts take minutes; a tiny district a fraction of a second.
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        const QString reason = QString::fromUtf8(process.readAllStandardError()).trimmed();
        result.inputError = process.exitStatus() == QProcess::NormalExit;
        result.error = QStringLiteral("osmium cannot read '%1' as OSM data: %2")
                           .arg(osmPath, reason.isEmpty() ? process.errorString()
                                                          : reason.section(u'\n', 0, 2));
        return result;
    }
    QFile file(geojson);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error =
            QStringLiteral("cannot read osmium's output %1: %2").arg(geojson, file.errorString());
        return result;
    }
    int lineNo = 0;
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        ++lineNo;
        if (line.startsWith('\x1e')) // RFC 8142 record separator, in case it is printed
            line.remove(0, 1);
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        QString error;
        if (!doc.isObject())
            error = parseError.errorString();
        else if (!onFeature(doc.object(), &error) && error.isEmpty())
            error = QStringLiteral("rejected");
        if (!error.isEmpty()) {
            result.inputError = true;
            result.error =
                QStringLiteral("feature %1 exported from '%2': %3").arg(lineNo).arg(osmPath, error);
            return result;
        }
    }
    result.ok = true;
    return result;
}

} // namespace osmimport
