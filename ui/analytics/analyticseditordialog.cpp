#include "analytics/analyticseditordialog.h"

#include "analytics/analyticsconfiglibrary.h"
#include "analytics/settingsform.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace vigil {

namespace {

constexpr int kPluginIdRole = Qt::UserRole;

QString uiLanguage()
{
    return QLocale().name();
}

} // namespace

AnalyticsEditorDialog::AnalyticsEditorDialog(const Input &input, AnalyticsConfigLibrary *library,
                                             QWidget *parent)
    : QDialog(parent), m_input(input), m_library(library)
{
    setObjectName(QStringLiteral("analyticsEditor"));
    setWindowTitle(tr("Analytics for camera %1")
                       .arg(input.cameraName.isEmpty() ? input.cameraId : input.cameraName));
    resize(1100, 720);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("pluginList"));
    m_pages = new QStackedWidget(this);
    for (const PluginManifest &manifest : input.plugins) {
        const CameraAnalyticsConfig *stored = storedConfig(manifest.id);
        auto *entry = new QListWidgetItem(manifest.name.text(uiLanguage()), m_list);
        entry->setData(kPluginIdRole, manifest.id);
        entry->setFlags(entry->flags() | Qt::ItemIsUserCheckable);
        entry->setCheckState(stored && stored->enabled ? Qt::Checked : Qt::Unchecked);
        m_pages->addWidget(makePage(manifest, stored));
        entry->setToolTip(tr("Check to run this plugin on the camera"));
    }
    if (input.plugins.isEmpty()) {
        auto *none = new QLabel(
            tr("No analytics plugins were found on this PC. Plugins are looked for in the "
               "directories of VIGIL_PLUGIN_PATH and next to the program."),
            this);
        none->setWordWrap(true);
        none->setAlignment(Qt::AlignCenter);
        m_pages->addWidget(none);
    }
    connect(m_list, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_list, &QListWidget::itemChanged, this, &AnalyticsEditorDialog::updateState);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 880});

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("editorStatus"));
    m_status->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    connect(m_save, &QPushButton::clicked, this, &AnalyticsEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    if (m_library) {
        connect(m_library, &AnalyticsConfigLibrary::saved, this, [this](const QString &camera) {
            if (!m_saving || camera != m_input.cameraId)
                return;
            m_saving = false;
            emit configsChanged(camera, m_library->configs(camera));
            accept();
        });
        connect(m_library, &AnalyticsConfigLibrary::saveFailed, this,
                [this](const QString &camera, const QString &message) {
                    if (!m_saving || camera != m_input.cameraId)
                        return;
                    m_saving = false;
                    updateState();
                    m_status->setText(tr("Not saved: %1").arg(message));
                });
    }
    updateState();
}

QWidget *AnalyticsEditorDialog::makePage(const PluginManifest &manifest,
                                         const CameraAnalyticsConfig *stored)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(
        QStringLiteral("<b>%1</b>").arg(manifest.name.text(uiLanguage()).toHtmlEscaped()), page);
    layout->addWidget(title);
    QStringList raises;
    for (const EventTypeDescriptor &type : manifest.eventTypes)
        raises << type.name.text(uiLanguage());
    auto *description =
        new QLabel(tr("Raises: %1 · %2 %3 · analyses the %4 stream at %5 fps")
                       .arg(raises.join(QStringLiteral(", ")), manifest.id, manifest.version,
                            manifest.stream.profile == StreamProfile::Main ? tr("main") : tr("sub"))
                       .arg(manifest.stream.frameRate),
                   page);
    description->setObjectName(QStringLiteral("pluginDescription"));
    description->setWordWrap(true);
    layout->addWidget(description);

    auto *form = new SettingsForm(manifest.settings, stored ? stored->settings : QJsonObject(),
                                  m_input.still, m_input.sourceSize, page);
    form->setObjectName(manifest.id);
    if (manifest.settings.fields.isEmpty())
        layout->addWidget(new QLabel(tr("This plugin has no settings."), page));
    layout->addWidget(form, 1);
    m_forms.insert(manifest.id, form);
    connect(form, &SettingsForm::changed, this, &AnalyticsEditorDialog::updateState);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    return scroll;
}

const CameraAnalyticsConfig *AnalyticsEditorDialog::storedConfig(const QString &pluginId) const
{
    for (const CameraAnalyticsConfig &config : m_input.configs) {
        if (config.pluginId == pluginId)
            return &config;
    }
    return nullptr;
}

QListWidgetItem *AnalyticsEditorDialog::item(const QString &pluginId) const
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kPluginIdRole).toString() == pluginId)
            return m_list->item(i);
    }
    return nullptr;
}

void AnalyticsEditorDialog::selectPlugin(const QString &pluginId)
{
    if (QListWidgetItem *entry = item(pluginId))
        m_list->setCurrentItem(entry);
}

void AnalyticsEditorDialog::setPluginEnabled(const QString &pluginId, bool enabled)
{
    if (QListWidgetItem *entry = item(pluginId))
        entry->setCheckState(enabled ? Qt::Checked : Qt::Unchecked);
}

bool AnalyticsEditorDialog::isPluginEnabled(const QString &pluginId) const
{
    const QListWidgetItem *entry = item(pluginId);
    return entry && entry->checkState() == Qt::Checked;
}

bool AnalyticsEditorDialog::isSaved(const QString &pluginId) const
{
    return isPluginEnabled(pluginId) || storedConfig(pluginId) != nullptr;
}

CameraAnalyticsConfigList AnalyticsEditorDialog::editedConfigs() const
{
    CameraAnalyticsConfigList result;
    for (const PluginManifest &manifest : m_input.plugins) {
        if (!isSaved(manifest.id))
            continue;
        result.append({m_input.cameraId, manifest.id, isPluginEnabled(manifest.id),
                       m_forms.value(manifest.id)->settings()});
    }
    for (const CameraAnalyticsConfig &config : m_input.configs) {
        if (!m_forms.contains(config.pluginId))
            result.append(config); // plugin not installed here: kept untouched
    }
    return result;
}

bool AnalyticsEditorDialog::canSave() const
{
    if (m_saving)
        return false;
    for (auto it = m_forms.begin(); it != m_forms.end(); ++it) {
        if (isSaved(it.key()) && !it.value()->isValid())
            return false;
    }
    return true;
}

void AnalyticsEditorDialog::updateState()
{
    QStringList invalid;
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QSignalBlocker block(m_list);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *entry = m_list->item(i);
        const QString id = entry->data(kPluginIdRole).toString();
        const bool bad = !m_forms.value(id)->isValid();
        entry->setIcon(bad ? warning : QIcon());
        if (bad && isSaved(id))
            invalid << entry->text();
    }
    m_save->setEnabled(canSave());
    if (m_saving)
        m_status->setText(tr("Saving…"));
    else if (!invalid.isEmpty())
        m_status->setText(
            tr("Correct the marked settings of: %1").arg(invalid.join(QStringLiteral(", "))));
    else
        m_status->clear();
}

void AnalyticsEditorDialog::save()
{
    if (!canSave())
        return;
    const CameraAnalyticsConfigList configs = editedConfigs();
    if (!m_library) {
        emit configsChanged(m_input.cameraId, configs);
        accept();
        return;
    }
    m_saving = true;
    updateState();
    m_library->saveCamera(m_input.cameraId, configs);
}

} // namespace vigil
