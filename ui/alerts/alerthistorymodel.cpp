#include "alerts/alerthistorymodel.h"

#include "alerts/alertcellformat.h"

namespace vigil {

namespace {
constexpr AlertField kColumnFields[AlertHistoryModel::ColumnCount] = {
    AlertField::RaisedDateTime,   AlertField::Priority, AlertField::Type,
    AlertField::Camera,           AlertField::Summary,  AlertField::Resolution,
    AlertField::ResolvedDateTime, AlertField::Unit,     AlertField::Operator};
} // namespace

int AlertHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size())
        return {};
    const Alert &alert = m_alerts.at(index.row());
    if (role == AlertIdRole)
        return alert.id;
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() < 0 || index.column() >= ColumnCount)
        return {};
    return alertFieldDisplay(alert, kColumnFields[index.column()]);
}

QVariant AlertHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn:
        return tr("Raised");
    case PriorityColumn:
        return tr("Priority");
    case TypeColumn:
        return tr("Type");
    case CameraColumn:
        return tr("Camera");
    case SummaryColumn:
        return tr("Summary");
    case ResolutionColumn:
        return tr("Resolution");
    case ResolvedColumn:
        return tr("Resolved");
    case UnitColumn:
        return tr("Unit");
    case OperatorColumn:
        return tr("Operator");
    }
    return {};
}

void AlertHistoryModel::setAlerts(QList<Alert> alerts)
{
    beginResetModel();
    m_alerts = std::move(alerts);
    endResetModel();
}

std::optional<Alert> AlertHistoryModel::alertAt(int row) const
{
    if (row < 0 || row >= m_alerts.size())
        return std::nullopt;
    return m_alerts.at(row);
}

void AlertHistoryModel::removeAlert(qint64 alertId)
{
    for (int row = 0; row < m_alerts.size(); ++row) {
        if (m_alerts[row].id != alertId)
            continue;
        beginRemoveRows({}, row, row);
        m_alerts.removeAt(row);
        endRemoveRows();
        return;
    }
}

} // namespace vigil
