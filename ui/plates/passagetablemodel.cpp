#include "plates/passagetablemodel.h"

namespace vigil {

PassageTableModel::PassageTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PassageTableModel::setRecords(const QList<PassageRecord> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

void PassageTableModel::setCheckpointNames(const QHash<QString, QString> &names)
{
    beginResetModel();
    m_checkpointNames = names;
    endResetModel();
}

const PassageRecord *PassageTableModel::recordAt(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int PassageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int PassageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PassageTableModel::data(const QModelIndex &index, int role) const
{
    const PassageRecord *r = recordAt(index.row());
    if (!r || role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return r->time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Plate:
        return r->plateDisplay.isEmpty() ? r->plate : r->plateDisplay;
    case Kind:
        return r->flag.isEmpty() ? r->kind : r->kind + QStringLiteral(" / ") + r->flag;
    case Checkpoint:
        return m_checkpointNames.value(r->checkpointId, r->checkpointId);
    case Lane:
        return r->lane;
    case Direction:
        return r->direction == QLatin1String("in")    ? tr("in")
               : r->direction == QLatin1String("out") ? tr("out")
                                                      : QString();
    case Confidence:
        return QStringLiteral("%1%").arg(qRound(r->confidence * 100));
    case Source:
        return r->source;
    default:
        return {};
    }
}

QVariant PassageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Plate:
        return tr("Plate");
    case Kind:
        return tr("Kind");
    case Checkpoint:
        return tr("Checkpoint");
    case Lane:
        return tr("Lane");
    case Direction:
        return tr("Direction");
    case Confidence:
        return tr("Confidence");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace vigil
