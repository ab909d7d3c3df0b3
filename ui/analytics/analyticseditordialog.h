#pragma once
// AnalyticsEditorDialog: "Analytics for camera X". Lists the analytics plugins found on this PC
// (name in the UI language, what they raise), each with an enable check box, and shows the
// settings form generated from the selected plugin's schema, with zones and lines drawn over a
// still of the camera. Save stays disabled while a form that would be saved is invalid; saving
// goes through AnalyticsConfigLibrary (off the GUI thread) and then emits configsChanged.
//
// Configurations of plugins that are not installed here are kept as they are.
//
// Thread contract: GUI thread only.

#include "analytics/cameraanalyticsconfig.h"
#include "analytics/pluginmanifest.h"

#include <QDialog>
#include <QHash>
#include <QImage>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QStackedWidget;

namespace vigil {

class AnalyticsConfigLibrary;
class SettingsForm;

class AnalyticsEditorDialog : public QDialog
{
    Q_OBJECT
public:
    struct Input
    {
        QString cameraId;
        QString cameraName;
        QImage still;     // last displayed frame of the camera, or null (grey placeholder)
        QSize sourceSize; // the camera picture's size (aspect ratio); empty = the still's
        QList<PluginManifest> plugins;
        CameraAnalyticsConfigList configs; // the camera's stored configuration
    };

    // `library` may be null (nothing is stored; Save only emits configsChanged).
    AnalyticsEditorDialog(const Input &input, AnalyticsConfigLibrary *library,
                          QWidget *parent = nullptr);

    QString cameraId() const { return m_input.cameraId; }
    // What Save would store: every enabled or previously configured plugin, plus the kept
    // configurations of plugins not installed here.
    CameraAnalyticsConfigList editedConfigs() const;
    bool canSave() const;

    QListWidget *pluginList() const { return m_list; }
    QPushButton *saveButton() const { return m_save; }
    SettingsForm *form(const QString &pluginId) const { return m_forms.value(pluginId); }
    void selectPlugin(const QString &pluginId);
    void setPluginEnabled(const QString &pluginId, bool enabled);
    bool isPluginEnabled(const QString &pluginId) const;

signals:
    void configsChanged(const QString &cameraId, const vigil::CameraAnalyticsConfigList &configs);

private:
    QWidget *makePage(const PluginManifest &manifest, const CameraAnalyticsConfig *stored);
    const CameraAnalyticsConfig *storedConfig(const QString &pluginId) const;
    QListWidgetItem *item(const QString &pluginId) const;
    bool isSaved(const QString &pluginId) const;
    void updateState();
    void save();

    Input m_input;
    AnalyticsConfigLibrary *m_library = nullptr;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_pages = nullptr;
    QHash<QString, SettingsForm *> m_forms;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    bool m_saving = false;
};

} // namespace vigil
