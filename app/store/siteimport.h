#pragma once
// Reading a site from the exchange formats described in docs/site-format.md: one JSON file, or a
// directory of CSV files. A file with any error is rejected as a whole: the result then holds no
// site and lists every error found, each with file, 1-based line and field.
//
// Thread contract: free functions without shared state; call from any thread (they read files,
// so not from the GUI thread), concurrently if you like.

#include "model/site.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace vigil {

struct ImportError
{
    QString file;
    int line = 0;  // 1-based; 0 when the error concerns the file as a whole
    QString field; // e.g. "cameras[3].latitude" (JSON) or "latitude" (CSV column); may be empty
    QString message;
    int column = 0; // 1-based; set for syntax errors only
    // "FILE:LINE: field: message" (parts that are empty/zero are left out)
    QString toString() const;
    bool operator==(const ImportError &) const = default;
};

struct SiteImportResult
{
    std::optional<Site> site; // set only when errors is empty
    QList<ImportError> errors;
    bool ok() const { return site.has_value() && errors.isEmpty(); }
};

SiteImportResult importSiteJson(const QString &path);
SiteImportResult importSiteJsonData(const QByteArray &json, const QString &fileNameForErrors);
// `dir` holds site.csv, nodes.csv, cameras.csv, checkpoints.csv and optionally credentials.csv.
SiteImportResult importSiteCsvDir(const QString &dir);
// JSON file or CSV directory, chosen by what `path` is.
SiteImportResult importSite(const QString &path);

} // namespace vigil
