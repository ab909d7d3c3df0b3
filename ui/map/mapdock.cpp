#include "map/mapdock.h"

#include "geo/cameraplacementwriter.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

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

    m_lassoButton = addToolButton(
        QStringLiteral("mapLasso"), tr("Lasso"),
        tr("Draw around cameras to show them on the wall (also Ctrl+drag; Shift+drag: circle)"));
    m_editButton =
        addToolButton(QStringLiteral("mapEdit"), tr("Edit"),
                      tr("Edit mode: drag a camera to move it, drag the cone tip to turn it and "
                         "set its range, drag the cone edge to widen its view"));
    toggles->addWidget(m_lassoButton);
    toggles->addWidget(m_editButton);
    // Ctrl+Z / Ctrl+Shift+Z anywhere in the dock, plus buttons. The buttons keep a fixed text
    // (the command's name goes to the tooltip) so that the layout, and the map under the
    // cursor, do not move when an edit is made.
    QUndoStack *stack = m_view->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    for (QAction *action : {undo, redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        auto *button = new QToolButton(this);
        button->setText(action == undo ? tr("Undo") : tr("Redo"));
        button->setEnabled(false);
        connect(button, &QToolButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [button, action] {
            button->setEnabled(action->isEnabled());
            button->setToolTip(action->text());
        });
        toggles->addWidget(button);
    }
    m_clearTrackButton = addToolButton(QStringLiteral("mapClearTrack"), tr("Clear track"),
                                       tr("Remove the vehicle track from the map"));
    m_clearTrackButton->setCheckable(false);
    m_clearTrackButton->hide();
    toggles->addWidget(m_clearTrackButton);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mapStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    layout->addLayout(toggles);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(m_lassoButton, &QToolButton::toggled, m_view, &MapView::setLassoTool);
    connect(m_editButton, &QToolButton::toggled, m_view, &MapView::setEditMode);
    connect(m_view, &MapView::editModeChanged, m_editButton, &QToolButton::setChecked);
    connect(m_clearTrackButton, &QToolButton::clicked, this, &MapDock::clearTrack);
    connect(m_view, &MapView::cameraPlacementEdited, this, &MapDock::cameraPlacementEdited);
    connect(m_view, &MapView::cameraPlacementEdited, this,
            [this](const QString &cameraId, const geo::CameraPlacement &placement) {
                if (m_writer)
                    m_writer->save(cameraId, placement);
            });

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

QToolButton *MapDock::addToolButton(const QString &objectName, const QString &text,
                                    const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setCheckable(true);
    return button;
}

void MapDock::setSiteDatabase(const QString &databasePath)
{
    delete m_writer; // finishes its pending writes
    m_writer = nullptr;
    if (databasePath.isEmpty())
        return;
    m_writer = new geo::CameraPlacementWriter(databasePath, this);
    connect(m_writer, &geo::CameraPlacementWriter::saved, this, [this](const QString &cameraId) {
        m_status->hide();
        emit placementSaved(cameraId);
    });
    connect(m_writer, &geo::CameraPlacementWriter::failed, this,
            [this](const QString &cameraId, const QString &error) {
                m_status->setText(tr("Camera %1 was not saved: %2").arg(cameraId, error));
                m_status->show();
                emit placementSaveFailed(cameraId, error);
            });
}

void MapDock::showTrack(const geo::VehicleTrack &track)
{
    m_view->setTrack(track);
    m_clearTrackButton->setVisible(true);
    if (track.points.isEmpty())
        return;
    // Fit: the zoom at which the track's extent fills about 80 % of the view.
    double minLon = 180, maxLon = -180, minLat = 90, maxLat = -90;
    for (const geo::TrackPoint &p : track.points) {
        minLon = std::min(minLon, p.longitude);
        maxLon = std::max(maxLon, p.longitude);
        minLat = std::min(minLat, p.latitude);
        maxLat = std::max(maxLat, p.latitude);
    }
    const QPointF a = geo::lonLatToWorld({minLon, maxLat}, 0);
    const QPointF b = geo::lonLatToWorld({maxLon, minLat}, 0);
    const double spanX = std::max(1e-9, b.x() - a.x()), spanY = std::max(1e-9, b.y() - a.y());
    const QSize size = m_view->size();
    const double zoom =
        std::log2(std::min(size.width() * 0.8 / spanX, size.height() * 0.8 / spanY));
    m_view->centerOn({(minLon + maxLon) / 2, (minLat + maxLat) / 2},
                     std::clamp(zoom, MapViewport::kMinZoom, 17.0));
}

void MapDock::clearTrack()
{
    m_view->clearTrack();
    m_clearTrackButton->hide();
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
