#pragma once
// PrivacySession: the application's privacy wiring. Owns the PrivacyRegistry (display filters:
// static masks on every view, face/plate blurring on public views) and plugs it into the
// StreamManager; keeps the masks from the store (PrivacyMaskLibrary, the source of truth)
// combined with recording.json's legacy rectangles; opens the mask editor for a wall tile; makes
// windows public ("Public view" action, --public).
//
// Thread contract: GUI thread only. Must be destroyed before the StreamManager.

#include "privacy/privacymask.h"
#include "privacy/privacyregion.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRectF>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace vigil {

class PrivacyMaskDialog;
class PrivacyMaskLibrary;
class PrivacyRegistry;
class StreamManager;
class WallController;

class PrivacySession : public QObject
{
    Q_OBJECT
public:
    using DetectorFactory = std::function<std::unique_ptr<PrivacyRegionDetector>(QString *error)>;

    // `detectorFactory` empty = the model detector (BlazeFace + CenterNet).
    explicit PrivacySession(StreamManager &streams, DetectorFactory detectorFactory = {},
                            QObject *parent = nullptr);
    ~PrivacySession() override;

    PrivacyRegistry &registry() const { return *m_registry; }
    PrivacyMaskLibrary &library() const { return *m_library; }
    const DetectorFactory &detectorFactory() const { return m_detectorFactory; }

    void setDatabasePath(const QString &path);
    // recording.json's rectangles, still applied together with the store's polygons.
    void setLegacyMasks(const QHash<QString, QList<QRectF>> &masks);
    // The store's polygons per camera (for exports; the legacy rectangles travel separately).
    QHash<QString, QList<QPolygonF>> storedPolygons() const;

    // --public: every view blurs faces and plates; `window` gets the public mark too.
    void setAllPublic(bool allPublic, QWidget *window = nullptr);

    // The mask editor for the camera of a wall tile (nullptr when the tile is empty).
    PrivacyMaskDialog *openMaskEditor(WallController &wall, int tileIndex);
    // "Privacy masks of the selected camera…" in `menu`, for `wall`.
    QAction *addMaskEditorAction(QMenu *menu, WallController &wall);
    // A checkable "Public view" action marking `window` public (its displays blur faces and
    // plates from then on); the title shows it.
    static QAction *addPublicViewAction(QMenu *menu, QWidget *window, StreamManager &streams);

signals:
    void problem(const QString &message);

private:
    void applyMasks();

    StreamManager &m_streams;
    DetectorFactory m_detectorFactory;
    std::unique_ptr<PrivacyRegistry> m_registry;
    PrivacyMaskLibrary *m_library = nullptr;
    QHash<QString, QList<QRectF>> m_legacy;
    QPointer<PrivacyMaskDialog> m_editor;
};

} // namespace vigil
