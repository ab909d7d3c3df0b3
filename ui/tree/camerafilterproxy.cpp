#include "tree/camerafilterproxy.h"

#include "tree/cameratreemodel.h"

namespace vigil {

CameraFilterProxy::CameraFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
}

void CameraFilterProxy::setSearchText(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateFilter();
}

bool CameraFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(CameraTreeModel::NameRole)
               .toString()
               .contains(m_needle, Qt::CaseInsensitive) ||
           index.data(CameraTreeModel::IdRole).toString().contains(m_needle, Qt::CaseInsensitive);
}

} // namespace vigil
