#include "alerts/alertqueuemodel.h"

#include "alerts/alertcellformat.h"
#include "alerts/alertlabels.h"

#include <QBrush>
#include <QFont>

namespace vigil {

namespace {
// The SLA column is the queue's own (a countdown); its slot here is never read.
constexpr AlertField kColumnFields[AlertQueueModel::ColumnCount] = {
    AlertField::Priority,   AlertField::State,      AlertField::Type,
    AlertField::Camera,     AlertField::Summary,    AlertField::EventCount,
    AlertField::RaisedTime, AlertField::RaisedTime, AlertField::Operator};
} // namespace

AlertQueueModel::AlertQueueModel(SlaPolicy policy, QObject *parent)
    : QAbstractTableModel(parent), m_policy(policy), m_now(QDateTime::currentDateTimeUtc())
{}

int AlertQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertQueueModel::slaText(const Alert &alert) const
{
    const SlaStatus status = slaStatus(m_policy, alert, m_now);
    if (status.stage == SlaStage::None)
        return {};
    const qint64 secs = std::abs(status.remainingMs) / 1000;
    const QString clock = QStringLiteral("%1:%2")
                              .arg(secs / 60, 2, 10, QLatin1Char('0'))
                              .arg(secs % 60, 2, 10, QLatin1Char('0'));
    return status.breached ? tr("overdue %1").arg(clock) : clock;
}

QVariant AlertQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size())
        return {};
    const Alert &alert = m_alerts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == SlaColumn)
            return slaText(alert);
        return alertFieldDisplay(alert, kColumnFields[index.column()]);
    case Qt::BackgroundRole:
        if (index.column() == PriorityColumn)
            return QBrush(priorityColor(alert.priority));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == PriorityColumn)
            return QBrush(Qt::white);
        if (index.column() == SlaColumn && slaStatus(m_policy, alert, m_now).breached)
            return QBrush(priorityColor(Priority::P1));
        return {};
    case Qt::FontRole:
        if (alert.state == AlertState::New) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PriorityColumn || index.column() == CountColumn)
            return int(Qt::AlignCenter);
        return {};
    case AlertIdRole:
        return alert.id;
    case PriorityRole:
        return int(alert.priority);
    case StateRole:
        return int(alert.state);
    case CreatedRole:
        return alert.createdAt;
    case TypeKeyRole:
        return alert.type;
    case CameraIdRole:
        return alert.cameraId;
    case AreaRole:
        return alert.area;
    case SearchTextRole:
        return QStringList{
            alert.summary, alert.cameraId, alert.checkpointId, alertTypeLabel(alert.type),
            alert.type,    alert.unit,     alert.assignedTo}
            .join(QLatin1Char('\n'));
    }
    return {};
}

QVariant AlertQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PriorityColumn:
        return tr("Priority");
    case StateColumn:
        return tr("State");
    case TypeColumn:
        return tr("Type");
    case CameraColumn:
        return tr("Camera");
    case SummaryColumn:
        return tr("Summary");
    case CountColumn:
        return tr("Count");
    case TimeColumn:
        return tr("Time");
    case SlaColumn:
        return tr("Due in");
    case AssigneeColumn:
        return tr("Operator");
    }
    return {};
}

void AlertQueueModel::setAlerts(const QList<Alert> &alerts)
{
    beginResetModel();
    m_alerts.clear();
    m_rowById.clear();
    m_stateCounts.fill(0);
    for (const Alert &alert : alerts) {
        if (!isOpen(alert.state))
            continue;
        m_rowById.insert(alert.id, int(m_alerts.size()));
        m_alerts.append(alert);
        ++m_stateCounts[size_t(alert.state)];
    }
    endResetModel();
}

void AlertQueueModel::upsert(const Alert &alert)
{
    const auto it = m_rowById.constFind(alert.id);
    if (it == m_rowById.cend()) {
        if (!isOpen(alert.state))
            return;
        const int row = int(m_alerts.size());
        beginInsertRows({}, row, row);
        m_rowById.insert(alert.id, row);
        m_alerts.append(alert);
        ++m_stateCounts[size_t(alert.state)];
        endInsertRows();
        return;
    }
    const int row = *it;
    --m_stateCounts[size_t(m_alerts[row].state)];
    ++m_stateCounts[size_t(alert.state)];
    if (isOpen(alert.state)) {
        // The queue is sorted on the priority column (priority, then age). A change that keeps
        // that key (state, repeats, assignee, escalation within P1) leaves the column out of the
        // signal, so the proxy does not re-sort the row — the bulk of updates under load.
        const bool sortKeyChanged =
            m_alerts[row].priority != alert.priority || m_alerts[row].createdAt != alert.createdAt;
        m_alerts[row] = alert;
        emit dataChanged(index(row, sortKeyChanged ? PriorityColumn : PriorityColumn + 1),
                         index(row, ColumnCount - 1));
        return;
    }
    // Closed: the row leaves the queue; later rows shift up by one.
    beginRemoveRows({}, row, row);
    m_alerts.removeAt(row);
    m_rowById.remove(alert.id);
    for (int i = row; i < m_alerts.size(); ++i)
        m_rowById[m_alerts[i].id] = i;
    endRemoveRows();
}

void AlertQueueModel::upsertMany(const QList<Alert> &alerts)
{
    QList<Alert> added;
    QHash<qint64, int> addedIndex; // an alert raised and updated in the same batch
    for (const Alert &alert : alerts) {
        if (m_rowById.contains(alert.id)) {
            upsert(alert);
        } else if (const auto it = addedIndex.constFind(alert.id); it != addedIndex.cend()) {
            added[*it] = alert;
        } else {
            addedIndex.insert(alert.id, int(added.size()));
            added.append(alert);
        }
    }
    added.removeIf([](const Alert &alert) { return !isOpen(alert.state); });
    if (added.isEmpty())
        return;
    const int first = int(m_alerts.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const Alert &alert : std::as_const(added)) {
        m_rowById.insert(alert.id, int(m_alerts.size()));
        m_alerts.append(alert);
        ++m_stateCounts[size_t(alert.state)];
    }
    endInsertRows();
}

std::optional<Alert> AlertQueueModel::alertAt(int row) const
{
    if (row < 0 || row >= m_alerts.size())
        return std::nullopt;
    return m_alerts.at(row);
}

std::optional<Alert> AlertQueueModel::alertById(qint64 id) const
{
    const auto it = m_rowById.constFind(id);
    if (it == m_rowById.cend())
        return std::nullopt;
    return m_alerts.at(*it);
}

int AlertQueueModel::countInState(AlertState state) const
{
    return m_stateCounts[size_t(state)];
}

} // namespace vigil
