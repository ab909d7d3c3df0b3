#include "shellfixture.h"

#include "tree/camerafilterproxy.h"

#include <QTreeView>

#include <functional>

namespace vigil::test {

ShellFixture::ShellFixture(const Site &site, int layout)
    : streams(std::make_unique<StreamManager>()), window(std::make_unique<MainWindow>(*streams))
{
    window->setWallLayout(layout);
    window->showSite(site);
    window->show();
}

QStringList ShellFixture::visibleCameraIds() const
{
    QStringList ids;
    const QAbstractItemModel *proxy = window->cameraTree()->proxy();
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < proxy->rowCount(parent); ++row) {
            const QModelIndex index = proxy->index(row, 0, parent);
            if (index.data(CameraTreeModel::IsCameraRole).toBool())
                ids << index.data(CameraTreeModel::IdRole).toString();
            walk(index);
        }
    };
    walk({});
    return ids;
}

QModelIndex ShellFixture::proxyIndexOfCamera(const QString &cameraId) const
{
    CameraTreeDock *tree = window->cameraTree();
    return tree->proxy()->mapFromSource(tree->model()->indexOfCamera(cameraId));
}

} // namespace vigil::test
