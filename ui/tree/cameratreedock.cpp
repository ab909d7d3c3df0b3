#include "tree/cameratreedock.h"

#include "tree/camerafilterproxy.h"
#include "tree/cameratreemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace vigil {

CameraTreeDock::CameraTreeDock(QWidget *parent)
    : QDockWidget(tr("Cameras"), parent), m_model(new CameraTreeModel(this)),
      m_proxy(new CameraFilterProxy(this))
{
    setObjectName(QStringLiteral("cameraTreeDock"));
    m_proxy->setSourceModel(m_model);

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    m_search = new QLineEdit(body);
    m_search->setObjectName(QStringLiteral("cameraSearch"));
    m_search->setPlaceholderText(tr("Search camera name or ID"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_view = new QTreeView(body);
    m_view->setObjectName(QStringLiteral("cameraTree"));
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setIconSize(QSize(20, 20));
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setExpandsOnDoubleClick(true);
    layout->addWidget(m_view, 1);

    m_count = new QLabel(body);
    m_count->setObjectName(QStringLiteral("cameraCount"));
    layout->addWidget(m_count);

    setWidget(body);

    connect(m_search, &QLineEdit::textChanged, this, &CameraTreeDock::applySearch);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.data(CameraTreeModel::IsCameraRole).toBool())
            emit cameraActivated(index.data(CameraTreeModel::IdRole).toString());
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.data(CameraTreeModel::IsCameraRole).toBool())
            return;
        QMenu menu(m_view);
        QAction *playback = menu.addAction(tr("Playback (last minute)"));
        if (menu.exec(m_view->viewport()->mapToGlobal(pos)) == playback)
            emit playbackRequested(index.data(CameraTreeModel::IdRole).toString());
    });
    updateCountLabel();
}

void CameraTreeDock::setSite(const Site &site)
{
    m_model->setSite(site);
    // A township-sized site fits expanded, so every camera's status dot is in sight; a large
    // one opens at town level.
    constexpr int kExpandAllUpTo = 60;
    if (m_model->cameraCount() <= kExpandAllUpTo)
        m_view->expandAll();
    else
        m_view->expandToDepth(1);
    applySearch(m_search->text());
}

void CameraTreeDock::setCameraDisplayState(const QString &cameraId, CameraDisplayState state)
{
    m_model->setCameraDisplayState(cameraId, state);
}

void CameraTreeDock::applySearch(const QString &text)
{
    m_proxy->setSearchText(text);
    if (!m_proxy->searchText().isEmpty())
        m_view->expandAll();
    updateCountLabel();
}

void CameraTreeDock::updateCountLabel()
{
    int visibleCameras = 0;
    std::function<void(const QModelIndex &)> count = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex index = m_proxy->index(row, 0, parent);
            if (index.data(CameraTreeModel::IsCameraRole).toBool())
                ++visibleCameras;
            else
                count(index);
        }
    };
    count({});
    m_count->setText(
        m_proxy->searchText().isEmpty()
            ? tr("%n camera(s)", nullptr, m_model->cameraCount())
            : tr("%1 of %n camera(s) match", nullptr, m_model->cameraCount()).arg(visibleCameras));
}

} // namespace vigil
