#pragma once
// Shared helpers of the analytics UI tests: the shipped plugin manifests, read from the source
// tree (the same JSON the plugins embed).

#include "analytics/pluginmanifest.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>

namespace vigil::test {

inline PluginManifest shippedManifest(const QString &folder)
{
    const QString path = qEnvironmentVariable("VIGIL_SOURCE_DIR") +
                         QStringLiteral("/plugins/%1/%1.json").arg(folder);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const ManifestParse parse =
        parsePluginManifest(QJsonDocument::fromJson(file.readAll()).object());
    INFO(joinFieldErrors(parse.errors, QStringLiteral("; ")).toStdString());
    REQUIRE(parse.ok());
    return parse.manifest;
}

} // namespace vigil::test
