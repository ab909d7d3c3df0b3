#pragma once
// CameraTreeDock: the left dock with a search field and the district/town/community/camera tree.
// Double-click (or Enter) on a camera emits cameraActivated; cameras can be dragged onto tiles.
//
// Thread contract: GUI thread only.

#include "common/cameradisplaystate.h"
#include "model/site.h"

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QTreeView;

namespace vigil {

class CameraFilterProxy;
class CameraTreeModel;

class CameraTreeDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit CameraTreeDock(QWidget *parent = nullptr);

    void setSite(const Site &site);
    void setCameraDisplayState(const QString &cameraId, vigil::CameraDisplayState state);

    QLineEdit *searchField() const { return m_search; }
    QTreeView *view() const { return m_view; }
    CameraTreeModel *model() const { return m_model; }
    CameraFilterProxy *proxy() const { return m_proxy; }

signals:
    void cameraActivated(const QString &cameraId);
    void playbackRequested(const QString &cameraId); // context menu: recorded video of it

private:
    void applySearch(const QString &text);
    void updateCountLabel();

    CameraTreeModel *m_model = nullptr;
    CameraFilterProxy *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace vigil
