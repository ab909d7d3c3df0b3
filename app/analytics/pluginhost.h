#pragma once
// Finds, checks and loads analytics plugins (shared libraries built against plugins/sdk).
//
// For every library in the search directories the host reads the embedded manifest with
// QPluginLoader::metaData() BEFORE loading any code, and refuses — with a message naming the file,
// the plugin id and the reason — a plugin built for another SDK major version, a manifest with a
// missing or invalid field, an id already taken by an earlier plugin, and a library that fails to
// load or does not implement vigil::AnalyticsPlugin. Refused plugins are never loaded (except the
// last two cases, where loading is what failed).
//
// Thread contract: a PluginHost belongs to one thread, which is never the GUI thread (scan()
// touches the disk and runs library constructors). Calls must not overlap. The scan report it
// returns is plain data and may be handed to the GUI. Libraries stay loaded until the process
// exits, so agents may outlive the host object, but not the process.

#include "analytics/pluginmanifest.h"

#include <vigil/analyticsplugin.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QPluginLoader;

namespace vigil {

struct LoadedPluginInfo
{
    QString filePath;
    PluginManifest manifest;
};

struct PluginRefusal
{
    QString filePath;
    QString pluginId; // empty when the manifest did not say
    QString message;  // complete, user-facing: "refused plugin libfoo.so (id "foo"): ..."
};

struct PluginScanReport
{
    QList<LoadedPluginInfo> loaded;
    QList<PluginRefusal> refused;
};

class PluginHost
{
public:
    PluginHost();
    ~PluginHost();
    PluginHost(const PluginHost &) = delete;
    PluginHost &operator=(const PluginHost &) = delete;

    // $VIGIL_PLUGIN_PATH (colon-separated), then the build tree's plugin directory, then the
    // installed one. Earlier directories win when two plugins share an id.
    static QStringList defaultSearchDirectories();

    // Scans the directories in order (files sorted by name within each; missing directories are
    // skipped) and loads every acceptable plugin. May be called again to add more directories.
    PluginScanReport scan(const QStringList &directories);

    PluginScanReport report() const;
    const PluginManifest *manifest(const QString &pluginId) const;

    // Validates context.settings against the plugin's schema (defaults filled in) and asks the
    // plugin for an agent. On failure returns nullptr and sets *error, listing every settings
    // error by field.
    std::unique_ptr<AnalyticsAgent> createAgent(const QString &pluginId, AgentContext context,
                                                QString *error);

private:
    struct Entry;
    void consider(const QString &filePath);
    void refuse(const QString &filePath, const QString &pluginId, const QString &reason);
    const Entry *find(const QString &pluginId) const;

    std::vector<std::unique_ptr<Entry>> m_entries;
    QList<PluginRefusal> m_refusals;
    QStringList m_seenFiles; // canonical paths, so a directory listed twice is not a duplicate
};

} // namespace vigil
