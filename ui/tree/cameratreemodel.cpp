#include "tree/cameratreemodel.h"

#include "common/cameramime.h"
#include "tree/cameraicons.h"

#include <QMimeData>

namespace vigil {

namespace {

QStandardItem *makeNodeItem(const QString &id, const QString &name, SiteLevel level)
{
    auto *item = new QStandardItem(siteNodeIcon(level), name);
    item->setData(id, CameraTreeModel::IdRole);
    item->setData(name, CameraTreeModel::NameRole);
    item->setData(false, CameraTreeModel::IsCameraRole);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

int countCameras(QStandardItem *item)
{
    int count = 0;
    for (int row = 0; row < item->rowCount(); ++row) {
        QStandardItem *child = item->child(row);
        count += child->data(CameraTreeModel::IsCameraRole).toBool() ? 1 : countCameras(child);
    }
    return count;
}

void appendCounts(QStandardItem *item)
{
    if (item->data(CameraTreeModel::IsCameraRole).toBool())
        return;
    item->setText(QStringLiteral("%1  (%2)")
                      .arg(item->data(CameraTreeModel::NameRole).toString())
                      .arg(countCameras(item)));
    for (int row = 0; row < item->rowCount(); ++row)
        appendCounts(item->child(row));
}

} // namespace

CameraTreeModel::CameraTreeModel(QObject *parent) : QStandardItemModel(parent) {}

void CameraTreeModel::setSite(const Site &site)
{
    clear();
    m_cameraItems.clear();
    m_cameraTypes.clear();

    QHash<QString, QStandardItem *> nodeItems;
    for (const SiteNode &node : site.nodes)
        nodeItems.insert(node.id, makeNodeItem(node.id, node.name, node.level));
    for (const SiteNode &node : site.nodes) {
        QStandardItem *parentItem = nodeItems.value(node.parentId);
        if (parentItem && node.parentId != node.id)
            parentItem->appendRow(nodeItems.value(node.id));
        else
            invisibleRootItem()->appendRow(nodeItems.value(node.id));
    }

    QStandardItem *unassigned = nullptr;
    for (const Camera &camera : site.cameras) {
        auto *item =
            new QStandardItem(cameraIcon(camera.type, CameraDisplayState::NotShown), camera.name);
        item->setData(camera.id, IdRole);
        item->setData(camera.name, NameRole);
        item->setData(true, IsCameraRole);
        item->setData(static_cast<int>(CameraDisplayState::NotShown), DisplayStateRole);
        item->setToolTip(QStringLiteral("%1\n%2").arg(camera.name, camera.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
                       Qt::ItemNeverHasChildren);
        QStandardItem *parentItem = nodeItems.value(camera.siteNodeId);
        if (!parentItem) {
            if (!unassigned) {
                unassigned = makeNodeItem({}, tr("Unassigned cameras"), SiteLevel::Community);
                invisibleRootItem()->appendRow(unassigned);
            }
            parentItem = unassigned;
        }
        parentItem->appendRow(item);
        m_cameraItems.insert(camera.id, item);
        m_cameraTypes.insert(camera.id, camera.type);
    }
    appendCounts(invisibleRootItem());
}

void CameraTreeModel::setCameraDisplayState(const QString &cameraId, CameraDisplayState state)
{
    QStandardItem *item = m_cameraItems.value(cameraId);
    if (!item)
        return;
    item->setData(static_cast<int>(state), DisplayStateRole);
    item->setIcon(cameraIcon(m_cameraTypes.value(cameraId), state));
}

QModelIndex CameraTreeModel::indexOfCamera(const QString &cameraId) const
{
    QStandardItem *item = m_cameraItems.value(cameraId);
    return item ? item->index() : QModelIndex();
}

QStringList CameraTreeModel::mimeTypes() const
{
    return {cameraIdsMimeType()};
}

QMimeData *CameraTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        if (index.data(IsCameraRole).toBool())
            ids.append(index.data(IdRole).toString());
    }
    return ids.isEmpty() ? nullptr : encodeCameraIds(ids);
}

} // namespace vigil
