#include "analytics/analyticswallhook.h"

#include "analytics/analyticsconfiglibrary.h"
#include "analytics/analyticseditordialog.h"
#include "analytics/analyticsoverlay.h"
#include "wall/videotile.h"
#include "wall/wallcontroller.h"
#include "wall/wallgrid.h"
#include "wall/wallmenu.h"

namespace vigil {

AnalyticsWallHook::AnalyticsWallHook(WallController &wall, AnalyticsOverlay &overlay,
                                     AnalyticsConfigLibrary &configs, QObject *parent)
    : QObject(parent), m_wall(wall), m_overlay(overlay), m_configs(configs)
{
    connect(&configs, &AnalyticsConfigLibrary::configsChanged, &overlay,
            &AnalyticsOverlay::setConfigs, Qt::UniqueConnection);
    for (const QString &cameraId : configs.configuredCameras())
        overlay.setConfigs(cameraId, configs.configs(cameraId));
    for (VideoTile *tile : wall.grid().tiles()) {
        tile->setAnalyticsOverlay(&overlay);
        connect(tile, &VideoTile::analyticsRequested, this,
                [this](int index) { openEditor(index); });
    }
}

QList<PluginManifest> AnalyticsWallHook::manifestsOf(const PluginScanReport &report)
{
    QList<PluginManifest> manifests;
    for (const LoadedPluginInfo &plugin : report.loaded)
        manifests.append(plugin.manifest);
    return manifests;
}

void AnalyticsWallHook::attachMenu(WallMenu &menu)
{
    menu.setAnalyticsAvailable(true);
    connect(&menu, &WallMenu::analyticsRequested, this, [this](int index) { openEditor(index); });
    connect(&menu, &WallMenu::analyticsDetectionsToggled, &m_overlay,
            &AnalyticsOverlay::setObjectsVisible);
    connect(&menu, &WallMenu::analyticsZonesToggled, &m_overlay,
            &AnalyticsOverlay::setZonesVisible);
}

AnalyticsEditorDialog *AnalyticsWallHook::openEditor(int tileIndex)
{
    VideoTile *tile = m_wall.grid().tile(tileIndex);
    if (!tile || tile->cameraId().isEmpty())
        return nullptr;
    if (m_editor && m_editor->cameraId() == tile->cameraId()) {
        m_editor->raise();
        m_editor->activateWindow();
        return m_editor;
    }
    if (m_editor)
        m_editor->close();
    AnalyticsEditorDialog::Input input;
    input.cameraId = tile->cameraId();
    input.cameraName = tile->cameraName();
    input.still = tile->displayedFrame().image;
    input.sourceSize = tile->displayedFrame().sourceSize;
    input.plugins = m_plugins;
    input.configs = m_configs.configs(input.cameraId);
    auto *dialog = new AnalyticsEditorDialog(input, &m_configs, m_wall.grid().window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = dialog;
    dialog->show();
    emit editorOpened(dialog);
    return dialog;
}

} // namespace vigil
