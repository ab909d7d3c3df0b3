#pragma once
// AnalyticsWallHook: wires analytics into one wall — every tile draws the shared
// AnalyticsOverlay and offers "Analytics…" in its context menu, the wall's menu gets the
// "Analytics of selected tile…" entry and the overlay toggles, and both open the
// AnalyticsEditorDialog for the tile's camera with the tile's last picture as the still.
//
//   auto *hook = new AnalyticsWallHook(wall, overlay, configs, window);
//   hook->setPlugins(AnalyticsWallHook::manifestsOf(scanReport));
//   hook->attachMenu(wallMenu);
//
// Thread contract: GUI thread only.

#include "analytics/pluginhost.h"

#include <QObject>
#include <QPointer>

namespace vigil {

class AnalyticsConfigLibrary;
class AnalyticsEditorDialog;
class AnalyticsOverlay;
class WallController;
class WallMenu;

class AnalyticsWallHook : public QObject
{
    Q_OBJECT
public:
    AnalyticsWallHook(WallController &wall, AnalyticsOverlay &overlay,
                      AnalyticsConfigLibrary &configs, QObject *parent = nullptr);

    static QList<PluginManifest> manifestsOf(const PluginScanReport &report);
    void setPlugins(const QList<PluginManifest> &plugins) { m_plugins = plugins; }
    void attachMenu(WallMenu &menu);

    // Opens (non-modal, deleted on close) the editor for the camera of tile `tileIndex`;
    // nullptr for an empty tile. An editor already open for that camera is raised instead.
    AnalyticsEditorDialog *openEditor(int tileIndex);
    AnalyticsEditorDialog *openEditor() const { return m_editor; }

signals:
    void editorOpened(vigil::AnalyticsEditorDialog *dialog);

private:
    WallController &m_wall;
    AnalyticsOverlay &m_overlay;
    AnalyticsConfigLibrary &m_configs;
    QList<PluginManifest> m_plugins;
    QPointer<AnalyticsEditorDialog> m_editor;
};

} // namespace vigil
