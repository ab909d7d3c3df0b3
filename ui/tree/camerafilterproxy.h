#pragma once
// Filters the camera tree by a search text matching a camera's name or id (case-insensitive,
// substring). Parents of matches stay visible; a matching town or community shows all its
// cameras. GUI thread only.

#include <QSortFilterProxyModel>

namespace vigil {

class CameraFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CameraFilterProxy(QObject *parent = nullptr);
    void setSearchText(const QString &text);
    QString searchText() const { return m_needle; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_needle;
};

} // namespace vigil
