#pragma once
// AlertHistoryModel: one page of closed alerts from the store, as a table (newest first, as the
// store returned them).
//
// Thread contract: GUI thread only.

#include "alerts/alert.h"

#include <QAbstractTableModel>

namespace vigil {

class AlertHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CreatedColumn,
        PriorityColumn,
        TypeColumn,
        CameraColumn,
        SummaryColumn,
        ResolutionColumn,
        ResolvedColumn,
        UnitColumn,
        OperatorColumn,
        ColumnCount
    };
    static constexpr int AlertIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setAlerts(QList<Alert> alerts);
    const QList<Alert> &alerts() const { return m_alerts; }
    std::optional<Alert> alertAt(int row) const;
    void removeAlert(qint64 alertId); // reopened: no longer part of the closed history

private:
    QList<Alert> m_alerts;
};

} // namespace vigil
