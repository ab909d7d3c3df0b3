#pragma once
// CameraTreeModel: the site as district → town → community → cameras, with a type icon and a
// status dot per camera. Cameras whose site node is unknown are listed under "Unassigned" rather
// than dropped. Drags cameras as cameraIdsMimeType().
//
// Thread contract: GUI thread only (an item model used by views).

#include "common/cameradisplaystate.h"
#include "model/site.h"

#include <QHash>
#include <QStandardItemModel>

namespace vigil {

class CameraTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, // camera or site-node id
        NameRole,                  // plain name (display text may carry a count)
        IsCameraRole,
        DisplayStateRole, // int(CameraDisplayState), cameras only
    };

    explicit CameraTreeModel(QObject *parent = nullptr);

    void setSite(const Site &site);
    void setCameraDisplayState(const QString &cameraId, vigil::CameraDisplayState state);
    QModelIndex indexOfCamera(const QString &cameraId) const;
    int cameraCount() const { return m_cameraItems.size(); }

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

private:
    QHash<QString, QStandardItem *> m_cameraItems;
    QHash<QString, CameraType> m_cameraTypes;
};

} // namespace vigil
