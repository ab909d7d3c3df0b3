#pragma once
// PassageTableModel: one page of passage records for the passages dock (time, plate, kind,
// checkpoint, lane, direction, confidence, source).
//
// Thread contract: GUI thread only.

#include "plates/passagerecord.h"

#include <QAbstractTableModel>
#include <QHash>

namespace vigil {

class PassageTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Plate,
        Kind,
        Checkpoint,
        Lane,
        Direction,
        Confidence,
        Source,
        ColumnCount
    };

    explicit PassageTableModel(QObject *parent = nullptr);

    void setRecords(const QList<PassageRecord> &records);
    void setCheckpointNames(const QHash<QString, QString> &names);
    const PassageRecord *recordAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<PassageRecord> m_records;
    QHash<QString, QString> m_checkpointNames;
};

} // namespace vigil
