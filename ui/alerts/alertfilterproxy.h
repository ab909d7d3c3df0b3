#pragma once
// AlertFilterProxy: filters the alert queue (states, type, priority, camera, area, time range,
// free text) and sorts it by priority, then age (oldest first within a priority).
//
// Thread contract: GUI thread only.

#include "alerts/alert.h"

#include <QDateTime>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace vigil {

struct AlertFilter
{
    QSet<AlertState> states; // empty = all
    QString type;
    std::optional<Priority> priority;
    QString cameraId;
    QString area;
    QDateTime from;
    QDateTime until;
    QString text;
};

class AlertFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AlertFilterProxy(QObject *parent = nullptr);

    void setFilter(const AlertFilter &filter);
    const AlertFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    AlertFilter m_filter;
};

} // namespace vigil
