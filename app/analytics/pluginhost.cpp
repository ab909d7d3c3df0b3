#include "analytics/pluginhost.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLibrary>
#include <QLoggingCategory>
#include <QPluginLoader>

namespace vigil {

Q_LOGGING_CATEGORY(lcPluginHost, "vigil.analytics.host")

namespace {

const QString kIidPrefix = QStringLiteral("org.vigil.AnalyticsPlugin/");

QString sdkMismatchReason(const QString &theirs, int theirMajor)
{
    return QStringLiteral(
               "built for SDK %1, this Vigil speaks SDK %2.x — rebuild it against SDK %2")
        .arg(theirs.isEmpty() ? QString::number(theirMajor) : theirs)
        .arg(VIGIL_PLUGIN_SDK_VERSION_MAJOR);
}

} // namespace

struct PluginHost::Entry
{
    LoadedPluginInfo info;
    std::unique_ptr<QPluginLoader> loader;
    AnalyticsPlugin *plugin = nullptr;
};

PluginHost::PluginHost() = default;

// Loaders are destroyed without unload(): agents handed out may still run code of the library.
PluginHost::~PluginHost() = default;

QStringList PluginHost::defaultSearchDirectories()
{
    QStringList directories;
    const QString fromEnv = qEnvironmentVariable("VIGIL_PLUGIN_PATH");
    for (const QString &dir : fromEnv.split(u':', Qt::SkipEmptyParts))
        directories << dir;
    directories << QStringLiteral(VIGIL_PLUGIN_BUILD_DIR)
                << QStringLiteral(VIGIL_PLUGIN_INSTALL_DIR);
    return directories;
}

PluginScanReport PluginHost::scan(const QStringList &directories)
{
    for (const QString &directory : directories) {
        const QDir dir(directory);
        if (!dir.exists())
            continue;
        const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &file : files) {
            if (!QLibrary::isLibrary(file.fileName()))
                continue;
            const QString canonical = file.canonicalFilePath();
            if (m_seenFiles.contains(canonical))
                continue;
            m_seenFiles << canonical;
            consider(file.absoluteFilePath());
        }
    }
    return report();
}

void PluginHost::consider(const QString &filePath)
{
    auto loader = std::make_unique<QPluginLoader>(filePath);
    const QJsonObject meta = loader->metaData();
    if (meta.isEmpty()) {
        refuse(filePath, {},
               QStringLiteral("not a Qt plugin, no embedded manifest (%1)")
                   .arg(loader->errorString()));
        return;
    }
    const QJsonObject json = meta.value(QStringLiteral("MetaData")).toObject();
    const QString iid = meta.value(QStringLiteral("IID")).toString();
    const QString id = json.value(QStringLiteral("id")).toString();

    // The SDK generation decides how the rest is read, so it is judged first.
    int major = -1;
    int minor = -1;
    const QString sdkVersion = json.value(QStringLiteral("sdkVersion")).toString();
    if (parseSdkVersion(sdkVersion, &major, &minor) && major != VIGIL_PLUGIN_SDK_VERSION_MAJOR) {
        refuse(filePath, id, sdkMismatchReason(sdkVersion, major));
        return;
    }
    if (iid.startsWith(kIidPrefix) && iid != QStringLiteral(VIGIL_ANALYTICS_PLUGIN_IID)) {
        bool numeric = false;
        const int iidMajor = iid.mid(kIidPrefix.size()).toInt(&numeric);
        refuse(filePath, id,
               numeric ? sdkMismatchReason({}, iidMajor)
                       : QStringLiteral("unknown interface \"%1\"").arg(iid));
        return;
    }
    if (iid != QStringLiteral(VIGIL_ANALYTICS_PLUGIN_IID)) {
        refuse(filePath, id,
               QStringLiteral("not a Vigil analytics plugin (interface \"%1\", expected \"%2\")")
                   .arg(iid, QStringLiteral(VIGIL_ANALYTICS_PLUGIN_IID)));
        return;
    }

    ManifestParse parsed = parsePluginManifest(json);
    if (!parsed.ok()) {
        refuse(filePath, id,
               QStringLiteral("invalid manifest: ") +
                   joinFieldErrors(parsed.errors, QStringLiteral("; ")));
        return;
    }
    if (const Entry *earlier = find(parsed.manifest.id)) {
        refuse(filePath, id,
               QStringLiteral("duplicate id, already loaded from %1").arg(earlier->info.filePath));
        return;
    }

    if (!loader->load()) {
        refuse(filePath, id, QStringLiteral("failed to load: ") + loader->errorString());
        return;
    }
    auto *plugin = qobject_cast<AnalyticsPlugin *>(loader->instance());
    if (!plugin) {
        refuse(filePath, id,
               QStringLiteral("does not implement vigil::AnalyticsPlugin (%1)")
                   .arg(loader->errorString()));
        return;
    }
    auto entry = std::make_unique<Entry>();
    entry->info = {filePath, std::move(parsed.manifest)};
    entry->loader = std::move(loader);
    entry->plugin = plugin;
    qCInfo(lcPluginHost, "loaded plugin %s (id \"%s\", version %s, SDK %s)",
           qUtf8Printable(QFileInfo(filePath).fileName()), qUtf8Printable(entry->info.manifest.id),
           qUtf8Printable(entry->info.manifest.version),
           qUtf8Printable(entry->info.manifest.sdkVersion));
    m_entries.push_back(std::move(entry));
}

void PluginHost::refuse(const QString &filePath, const QString &pluginId, const QString &reason)
{
    const QString idPart = pluginId.isEmpty() ? QStringLiteral(" (id unknown)")
                                              : QStringLiteral(" (id \"%1\")").arg(pluginId);
    PluginRefusal refusal{filePath, pluginId,
                          QStringLiteral("refused plugin %1%2: %3")
                              .arg(QFileInfo(filePath).fileName(), idPart, reason)};
    qCWarning(lcPluginHost, "%s [%s]", qUtf8Printable(refusal.message), qUtf8Printable(filePath));
    m_refusals.append(std::move(refusal));
}

const PluginHost::Entry *PluginHost::find(const QString &pluginId) const
{
    for (const auto &entry : m_entries) {
        if (entry->info.manifest.id == pluginId)
            return entry.get();
    }
    return nullptr;
}

PluginScanReport PluginHost::report() const
{
    PluginScanReport report;
    for (const auto &entry : m_entries)
        report.loaded.append(entry->info);
    report.refused = m_refusals;
    return report;
}

const PluginManifest *PluginHost::manifest(const QString &pluginId) const
{
    const Entry *entry = find(pluginId);
    return entry ? &entry->info.manifest : nullptr;
}

std::unique_ptr<AnalyticsAgent> PluginHost::createAgent(const QString &pluginId,
                                                        AgentContext context, QString *error)
{
    const Entry *entry = find(pluginId);
    if (!entry) {
        *error = QStringLiteral("no analytics plugin with id \"%1\" is loaded").arg(pluginId);
        return nullptr;
    }
    const SettingsValidation validation =
        validateSettings(entry->info.manifest.settings, context.settings);
    if (!validation.ok()) {
        *error = QStringLiteral("invalid settings for plugin \"%1\" on camera \"%2\": %3")
                     .arg(pluginId, context.cameraId,
                          joinFieldErrors(validation.errors, QStringLiteral("; ")));
        return nullptr;
    }
    context.settings = validation.effective;
    QString pluginError;
    std::unique_ptr<AnalyticsAgent> agent = entry->plugin->createAgent(context, &pluginError);
    if (!agent) {
        *error = QStringLiteral("plugin \"%1\" could not create an agent for camera \"%2\": %3")
                     .arg(pluginId, context.cameraId,
                          pluginError.isEmpty() ? QStringLiteral("no reason given") : pluginError);
    }
    return agent;
}

} // namespace vigil
