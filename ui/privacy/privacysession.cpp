#include "privacy/privacysession.h"

#include "media/streammanager.h"
#include "privacy/modelregiondetector.h"
#include "privacy/privacymaskdialog.h"
#include "privacy/privacymasklibrary.h"
#include "privacy/privacyregistry.h"
#include "privacy/publicview.h"
#include "wall/videotile.h"
#include "wall/wallcontroller.h"
#include "wall/wallgrid.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace vigil {

PrivacySession::PrivacySession(StreamManager &streams, DetectorFactory detectorFactory,
                               QObject *parent)
    : QObject(parent), m_streams(streams),
      m_detectorFactory(detectorFactory ? std::move(detectorFactory)
                                        : DetectorFactory([](QString *error) {
                                              return createModelRegionDetector(error);
                                          })),
      m_registry(std::make_unique<PrivacyRegistry>(m_detectorFactory)),
      m_library(new PrivacyMaskLibrary(this))
{
    PrivacyRegistry *registry = m_registry.get();
    m_streams.setDisplayFilterProvider(
        [registry](const StreamRequest &request, const QObject *owner) {
            return registry->filterFor(request, owner);
        });
    connect(m_library, &PrivacyMaskLibrary::masksChanged, this, &PrivacySession::applyMasks);
    connect(m_library, &PrivacyMaskLibrary::problem, this, &PrivacySession::problem);
}

PrivacySession::~PrivacySession()
{
    // Displays keep the filters they have (they own them); only new ones stop asking us.
    m_streams.setDisplayFilterProvider({});
}

void PrivacySession::setDatabasePath(const QString &path)
{
    m_library->setDatabasePath(path);
}

void PrivacySession::setLegacyMasks(const QHash<QString, QList<QRectF>> &masks)
{
    m_legacy = masks;
    applyMasks();
}

QHash<QString, QList<QPolygonF>> PrivacySession::storedPolygons() const
{
    return combinePrivacyMasks(m_library->masks(), {});
}

void PrivacySession::setAllPublic(bool allPublic, QWidget *window)
{
    m_registry->setAllPublic(allPublic);
    if (window) {
        setPublicView(window, allPublic);
    }
    m_streams.refreshDisplayFilters();
}

void PrivacySession::applyMasks()
{
    m_registry->setMasks(combinePrivacyMasks(m_library->masks(), m_legacy));
    m_streams.refreshDisplayFilters();
}

PrivacyMaskDialog *PrivacySession::openMaskEditor(WallController &wall, int tileIndex)
{
    VideoTile *tile = wall.grid().tile(tileIndex);
    if (!tile || tile->cameraId().isEmpty())
        return nullptr;
    if (m_editor && m_editor->cameraId() == tile->cameraId()) {
        m_editor->raise();
        m_editor->activateWindow();
        return m_editor;
    }
    if (m_editor)
        m_editor->close();
    PrivacyMaskDialog::Input input;
    input.cameraId = tile->cameraId();
    input.cameraName = tile->cameraName();
    input.still = tile->displayedFrame().image;
    input.sourceSize = tile->displayedFrame().sourceSize;
    input.masks = m_library->masksOf(input.cameraId);
    auto *dialog = new PrivacyMaskDialog(input, m_library, wall.grid().window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = dialog;
    dialog->show();
    return dialog;
}

QAction *PrivacySession::addMaskEditorAction(QMenu *menu, WallController &wall)
{
    QAction *action = menu->addAction(tr("Privacy masks of the selected camera…"));
    action->setObjectName(QStringLiteral("privacyMasksAction"));
    connect(action, &QAction::triggered, this, [this, &wall] {
        if (!openMaskEditor(wall, wall.selectedTile()))
            emit problem(tr("Select a tile that shows a camera to edit its privacy masks."));
    });
    return action;
}

QAction *PrivacySession::addPublicViewAction(QMenu *menu, QWidget *window, StreamManager &streams)
{
    QAction *action = menu->addAction(tr("Public view (blur faces and plates)"));
    action->setObjectName(QStringLiteral("publicViewAction"));
    action->setCheckable(true);
    action->setChecked(isPublicView(window));
    const QString title = window->windowTitle();
    QObject::connect(action, &QAction::toggled, window, [window, &streams, title](bool on) {
        setPublicView(window, on);
        window->setWindowTitle(on ? tr("%1 — PUBLIC VIEW").arg(title) : title);
        streams.refreshDisplayFilters(window);
    });
    return action;
}

} // namespace vigil
