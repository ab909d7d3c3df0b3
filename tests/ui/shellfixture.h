#pragma once
// A shown MainWindow on a given site, with the StreamManager it needs (declared first so that
// it outlives the window). Test thread only.

#include "mainwindow.h"
#include "media/streammanager.h"
#include "model/site.h"
#include "tree/cameratreedock.h"
#include "tree/cameratreemodel.h"
#include "wall/videotile.h"
#include "wall/wallcontroller.h"
#include "wall/wallgrid.h"

#include <QStringList>

#include <memory>

namespace vigil::test {

struct ShellFixture
{
    explicit ShellFixture(const Site &site, int layout = 4);

    VideoTile *tile(int index) const { return window->wallGrid()->tile(index); }
    // Ids of the cameras left visible by the tree's search filter, in tree order.
    QStringList visibleCameraIds() const;
    QModelIndex proxyIndexOfCamera(const QString &cameraId) const;

    std::unique_ptr<StreamManager> streams;
    std::unique_ptr<MainWindow> window;
};

} // namespace vigil::test
