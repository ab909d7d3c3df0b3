#include "alerts/alertfilterproxy.h"

#include "alerts/alertqueuemodel.h"

namespace vigil {

AlertFilterProxy::AlertFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

void AlertFilterProxy::setFilter(const AlertFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool AlertFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto value = [&](int role) { return index.data(role); };
    if (!m_filter.states.isEmpty() &&
        !m_filter.states.contains(AlertState(value(AlertQueueModel::StateRole).toInt())))
        return false;
    if (m_filter.priority &&
        value(AlertQueueModel::PriorityRole).toInt() != int(*m_filter.priority))
        return false;
    if (!m_filter.type.isEmpty() && value(AlertQueueModel::TypeKeyRole).toString() != m_filter.type)
        return false;
    if (!m_filter.cameraId.isEmpty() &&
        value(AlertQueueModel::CameraIdRole).toString() != m_filter.cameraId)
        return false;
    if (!m_filter.area.isEmpty() && value(AlertQueueModel::AreaRole).toString() != m_filter.area)
        return false;
    if (m_filter.from.isValid() || m_filter.until.isValid()) {
        const QDateTime created = value(AlertQueueModel::CreatedRole).toDateTime();
        if ((m_filter.from.isValid() && created < m_filter.from) ||
            (m_filter.until.isValid() && created >= m_filter.until))
            return false;
    }
    if (!m_filter.text.isEmpty() && !value(AlertQueueModel::SearchTextRole)
                                         .toString()
                                         .contains(m_filter.text, Qt::CaseInsensitive))
        return false;
    return true;
}

bool AlertFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Whatever column is "sorted", the queue order is priority then age: the most urgent, oldest
    // alert is always on top.
    const int leftPriority = left.data(AlertQueueModel::PriorityRole).toInt();
    const int rightPriority = right.data(AlertQueueModel::PriorityRole).toInt();
    if (leftPriority != rightPriority)
        return leftPriority < rightPriority;
    const QDateTime leftCreated = left.data(AlertQueueModel::CreatedRole).toDateTime();
    const QDateTime rightCreated = right.data(AlertQueueModel::CreatedRole).toDateTime();
    if (leftCreated != rightCreated)
        return leftCreated < rightCreated;
    return left.data(AlertQueueModel::AlertIdRole).toLongLong() <
           right.data(AlertQueueModel::AlertIdRole).toLongLong();
}

} // namespace vigil
