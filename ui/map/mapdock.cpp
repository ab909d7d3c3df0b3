#include "map/mapdock.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace vigil {

namespace {
constexpr int kMaxResults = 50;
}

MapDock::MapDock(QWidget *parent) : QWidget(parent), m_view(new MapView(this))
{
    setObjectName(QStringLiteral("mapDock"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("mapSearch"));
    m_search->setPlaceholderText(tr("Search camera name or ID"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("mapSearchResults"));
    m_results->setMaximumHeight(140);
    m_results->hide();

    auto *toggles = new QHBoxLayout;
    toggles->addWidget(addLayerToggle(tr("Cameras"), MapLayer::Cameras));
    toggles->addWidget(addLayerToggle(tr("Checkpoint rings"), MapLayer::Checkpoints));
    toggles->addWidget(addLayerToggle(tr("Communities"), MapLayer::Communities));
    toggles->addWidget(addLayerToggle(tr("Alerts"), MapLayer::Alerts));
    toggles->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    layout->addLayout(toggles);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) { search(text); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0)
            showCamera(m_results->item(0)->data(Qt::UserRole).toString());
    });
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showCamera(item->data(Qt::UserRole).toString()); });
    connect(m_results, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { showCamera(item->data(Qt::UserRole).toString()); });
    connect(m_view, &MapView::cameraActivated, this, &MapDock::cameraActivated);
    connect(m_view, &MapView::alertSelected, this, &MapDock::alertSelected);
    connect(m_view, &MapView::showCamerasRequested, this, &MapDock::showCamerasRequested);
}

QCheckBox *MapDock::addLayerToggle(const QString &label, MapLayer layer)
{
    auto *box = new QCheckBox(label, this);
    box->setChecked(true);
    connect(box, &QCheckBox::toggled, this,
            [this, layer](bool on) { m_view->setLayerVisible(layer, on); });
    return box;
}

void MapDock::setSite(const Site &site)
{
    m_view->setSite(site);
    search(m_search->text());
}

void MapDock::setTileSource(std::shared_ptr<geo::TileSource> source)
{
    m_view->setTileSource(std::move(source));
}

QStringList MapDock::search(const QString &text)
{
    if (m_search->text() != text) {
        m_search->setText(text); // re-enters through textChanged
        return search(text);
    }
    m_results->clear();
    QStringList ids;
    const SiteOverlay &overlay = m_view->overlay();
    for (int k : overlay.search().find(text, kMaxResults)) {
        const Camera &c = overlay.cameras()[k].camera;
        auto *item = new QListWidgetItem(QStringLiteral("%1  (%2)").arg(c.name, c.id), m_results);
        item->setData(Qt::UserRole, c.id);
        ids.append(c.id);
    }
    m_results->setVisible(!text.trimmed().isEmpty());
    return ids;
}

void MapDock::showCamera(const QString &cameraId)
{
    m_view->highlightCamera(cameraId);
}

void MapDock::setAlertActive(const QString &cameraId, bool active)
{
    m_view->setAlertActive(cameraId, active);
}

void MapDock::setCameraDisplayState(const QString &cameraId, CameraDisplayState state)
{
    m_view->setCameraDisplayState(cameraId, state);
}

} // namespace vigil
