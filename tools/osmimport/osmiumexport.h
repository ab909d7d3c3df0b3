#pragma once
// Runs Debian's `osmium export` on an .osm / .osm.pbf file and streams the GeoJSON features it
// writes, so the importer never parses OSM XML or PBF itself.
//
// Thread contract: blocking; call from one (non-GUI) thread — it is a command-line tool's main.

#include <QJsonObject>
#include <QString>

#include <functional>

namespace osmimport {

struct ExportResult
{
    bool ok = false;
    bool inputError = false; // the input is missing or unreadable (exit status 2), not a crash
    QString error;
};

// Calls `onFeature` for every feature of `osmPath`; stops at the first false it returns (its
// error is reported with the GeoJSON line number). `tempDir` holds the intermediate file.
ExportResult exportFeatures(const QString &osmPath, const QString &tempDir,
                            const std::function<bool(const QJsonObject &, QString *)> &onFeature);

} // namespace osmimport
