#include "alerts/alertqueuedock.h"

#include "alerts/alertalarm.h"
#include "alerts/alertdetailpanel.h"
#include "alerts/alertfilterproxy.h"
#include "alerts/alertlabels.h"
#include "alerts/alertqueuemodel.h"
#include "alerts/alertservice.h"
#include "alerts/resolvedialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace vigil {

namespace {
// Queue refresh rate under load: 20 per second is more than an operator can read, and each
// refresh re-lays out and repaints the visible rows (the GUI-thread cost that dominates at
// 1,000 events/s); the worst case adds 50 ms to event → visible (target 100 ms).
constexpr int kCoalesceMs = 50;
} // namespace

AlertQueueDock::AlertQueueDock(AlertService &service, QString operatorLogin, QWidget *parent)
    : QDockWidget(tr("Alerts"), parent), m_service(service), m_operator(std::move(operatorLogin))
{
    setObjectName(QStringLiteral("alertDock"));
    m_model = new AlertQueueModel(service.slaPolicy(), this);
    connect(&service, &AlertService::slaPolicyChanged, m_model, &AlertQueueModel::setSlaPolicy);
    m_proxy = new AlertFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    m_storeBanner = new QLabel(content);
    m_storeBanner->setObjectName(QStringLiteral("alertStoreBanner"));
    m_storeBanner->setWordWrap(true);
    m_storeBanner->setStyleSheet(
        QStringLiteral("background:#b71c1c;color:white;padding:4px;font-weight:bold"));
    m_storeBanner->hide();
    layout->addWidget(m_storeBanner);

    auto *top = new QHBoxLayout;
    m_counters = new QLabel(content);
    m_counters->setObjectName(QStringLiteral("alertCounters"));
    top->addWidget(m_counters, 1);
    auto *bulk = new QPushButton(tr("Acknowledge selected"), content);
    bulk->setObjectName(QStringLiteral("bulkAcknowledgeButton"));
    bulk->setFocusPolicy(Qt::NoFocus);
    connect(bulk, &QPushButton::clicked, this, &AlertQueueDock::acknowledgeSelected);
    top->addWidget(bulk);
    m_muteButton = new QPushButton(content);
    m_muteButton->setObjectName(QStringLiteral("muteAlarmButton"));
    m_muteButton->setFocusPolicy(Qt::NoFocus);
    m_muteButton->hide(); // until setAlarm()
    top->addWidget(m_muteButton);
    layout->addLayout(top);
    layout->addWidget(createFilterBar());

    auto *splitter = new QSplitter(Qt::Vertical, content);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("alertQueueView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(22);
    m_view->setMinimumHeight(4 * 22); // a few rows always visible next to the detail panel
    // Fixed widths: ResizeToContents would measure every row on every change.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(AlertQueueModel::SummaryColumn, QHeaderView::Stretch);
    const int widths[] = {44, 64, 120, 64, 0, 44, 72, 84, 72};
    for (int column = 0; column < AlertQueueModel::ColumnCount; ++column) {
        if (widths[column] > 0)
            header->resizeSection(column, widths[column]);
    }
    m_view->setAlternatingRowColors(true);
    m_detail = new AlertDetailPanel(splitter);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({3000, 2000}); // by ratio; the panel's size hint would crowd the queue out
    layout->addWidget(splitter, 1);
    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("alertMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    setWidget(content);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AlertQueueDock::onCurrentChanged);
    connect(m_detail, &AlertDetailPanel::actionRequested, this, [this](AlertAction action) {
        if (action == AlertAction::Acknowledge)
            acknowledgeSelected();
        else if (action == AlertAction::Dispatch)
            dispatchCurrent();
        else if (action == AlertAction::Resolve)
            resolveCurrent();
        else if (const auto alert = currentAlert()) {
            ActionRequest request;
            request.action = action;
            request.operatorLogin = m_operator;
            send(alert->id, request);
        }
    });
    connect(m_detail, &AlertDetailPanel::falseAlarmRequested, this,
            [this] { resolveCurrent(Resolution::FalseAlarm); });

    // Quick-action keys work anywhere inside the dock (not while typing in a filter box: the
    // line edit consumes the key first).
    const auto shortcut = [this](QKeySequence key, auto slot) {
        auto *s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Space), [this] { acknowledgeSelected(); });
    shortcut(QKeySequence(Qt::Key_D), [this] { dispatchCurrent(); });
    shortcut(QKeySequence(Qt::Key_R), [this] { resolveCurrent(); });
    shortcut(QKeySequence(Qt::Key_F), [this] { resolveCurrent(Resolution::FalseAlarm); });

    connect(&service, &AlertService::ready, this, [this](const QList<Alert> &alerts) {
        m_model->setAlerts(alerts);
        updateCounters();
    });
    connect(&service, &AlertService::alertRaised, this,
            [this](const Alert &alert) { onAlertChanged(alert, true); });
    connect(&service, &AlertService::alertUpdated, this,
            [this](const Alert &alert) { onAlertChanged(alert, false); });
    connect(&service, &AlertService::actionLogged, m_detail, &AlertDetailPanel::appendHistory);
    connect(&service, &AlertService::actionLogLoaded, this,
            [this](qint64 alertId, const QList<ActionLogEntry> &entries, const QString &error) {
                if (!error.isEmpty())
                    showMessage(tr("Cannot load the action history: %1").arg(error), true);
                m_detail->setHistory(alertId, entries);
            });
    connect(&service, &AlertService::actionRefused, this,
            [this](qint64 alertId, const QString &reason) {
                showMessage(tr("Alert %1: %2").arg(alertId).arg(reason), true);
            });
    connect(&service, &AlertService::slaBreached, this,
            [this](const Alert &alert, const QString &) {
                showMessage(tr("Alert %1 missed its response target and was escalated to %2")
                                .arg(alert.id)
                                .arg(priorityLabel(alert.priority)),
                            true);
            });
    connect(&service, &AlertService::storeFailed, this, [this](const QString &error) {
        m_storeBanner->setText(tr("Alerts cannot be saved: %1. New alerts are kept in memory "
                                  "and saved as soon as the disk is writable again.")
                                   .arg(error));
        m_storeBanner->show();
    });
    connect(&service, &AlertService::storeRecovered, m_storeBanner, &QWidget::hide);
    if (service.isReady())
        m_model->setAlerts(service.openAlerts());

    m_dispatchPrompt = [this](const Alert &alert) -> std::optional<QString> {
        bool ok = false;
        const QString unit = QInputDialog::getText(
            this, tr("Dispatch"),
            tr("Unit sent to %1 (%2):").arg(alert.cameraId, alertTypeLabel(alert.type)),
            QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return std::nullopt;
        return unit;
    };
    m_resolvePrompt = [this](const Alert &alert) -> std::optional<ResolveChoice> {
        ResolveDialog dialog(alert, Resolution::TrueAlarm, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return ResolveChoice{dialog.resolution(), dialog.note()};
    };

    // Alert changes arriving in a burst (committed batches) reach the model together.
    m_coalesce = new QTimer(this);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(kCoalesceMs);
    connect(m_coalesce, &QTimer::timeout, this, &AlertQueueDock::applyPendingChanges);

    // One timer for every countdown in the queue.
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        m_model->tick(m_service.clock().now());
        m_view->viewport()->update(); // only the visible countdowns are re-read
    });
    m_tick->start();
    m_model->tick(m_service.clock().now());
    updateCounters();
}

AlertQueueDock::~AlertQueueDock() = default;

void AlertQueueDock::setAlarm(AlertAlarm *alarm)
{
    constexpr int kMuteSecs = 5 * 60;
    const auto refresh = [this](bool muted) {
        m_muteButton->setText(muted ? tr("Alarm muted — unmute") : tr("Mute alarm (5 min)"));
    };
    refresh(alarm->isMuted());
    m_muteButton->show();
    connect(alarm, &AlertAlarm::mutedChanged, m_muteButton, refresh);
    connect(m_muteButton, &QPushButton::clicked, alarm, [alarm] {
        if (alarm->isMuted())
            alarm->unmute();
        else
            alarm->mute(kMuteSecs);
    });
}

QWidget *AlertQueueDock::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stateFilter = new QComboBox(bar);
    m_stateFilter->setObjectName(QStringLiteral("alertStateFilter"));
    m_stateFilter->addItem(tr("All states"), -1);
    for (AlertState state : allAlertStates()) {
        if (isOpen(state))
            m_stateFilter->addItem(alertStateLabel(state), int(state));
    }
    m_priorityFilter = new QComboBox(bar);
    m_priorityFilter->setObjectName(QStringLiteral("alertPriorityFilter"));
    m_priorityFilter->addItem(tr("All priorities"), 0);
    for (int p = 1; p <= 4; ++p)
        m_priorityFilter->addItem(priorityLabel(Priority(p)), p);
    m_typeFilter = new QComboBox(bar);
    m_typeFilter->setObjectName(QStringLiteral("alertTypeFilter"));
    m_typeFilter->addItem(tr("All types"), QString());
    for (const QString &type : knownAlertTypes())
        m_typeFilter->addItem(alertTypeLabel(type), type);
    m_timeFilter = new QComboBox(bar);
    m_timeFilter->setObjectName(QStringLiteral("alertTimeFilter"));
    m_timeFilter->addItem(tr("Any time"), 0);
    m_timeFilter->addItem(tr("Last hour"), 3600);
    m_timeFilter->addItem(tr("Last 24 hours"), 24 * 3600);
    m_cameraFilter = new QLineEdit(bar);
    m_cameraFilter->setObjectName(QStringLiteral("alertCameraFilter"));
    m_cameraFilter->setPlaceholderText(tr("Camera"));
    m_cameraFilter->setMaximumWidth(80);
    m_areaFilter = new QLineEdit(bar);
    m_areaFilter->setObjectName(QStringLiteral("alertAreaFilter"));
    m_areaFilter->setPlaceholderText(tr("Area"));
    m_areaFilter->setToolTip(tr("Site area (town or community id), as in alerts.json"));
    m_areaFilter->setMaximumWidth(80);
    m_textFilter = new QLineEdit(bar);
    m_textFilter->setObjectName(QStringLiteral("alertTextFilter"));
    m_textFilter->setPlaceholderText(tr("Search alerts"));
    m_textFilter->setClearButtonEnabled(true);
    for (QComboBox *combo : {m_stateFilter, m_priorityFilter, m_typeFilter, m_timeFilter}) {
        layout->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &AlertQueueDock::applyFilter);
    }
    layout->addWidget(m_cameraFilter);
    layout->addWidget(m_areaFilter);
    layout->addWidget(m_textFilter, 1);
    connect(m_cameraFilter, &QLineEdit::textChanged, this, &AlertQueueDock::applyFilter);
    connect(m_areaFilter, &QLineEdit::textChanged, this, &AlertQueueDock::applyFilter);
    connect(m_textFilter, &QLineEdit::textChanged, this, &AlertQueueDock::applyFilter);
    return bar;
}

void AlertQueueDock::applyFilter()
{
    AlertFilter filter;
    if (const int state = m_stateFilter->currentData().toInt(); state >= 0)
        filter.states = {AlertState(state)};
    filter.priority = priorityFromInt(m_priorityFilter->currentData().toInt());
    filter.type = m_typeFilter->currentData().toString();
    if (const int secs = m_timeFilter->currentData().toInt(); secs > 0)
        filter.from = m_service.clock().now().addSecs(-secs);
    filter.cameraId = m_cameraFilter->text().trimmed();
    filter.area = m_areaFilter->text().trimmed();
    filter.text = m_textFilter->text().trimmed();
    m_proxy->setFilter(filter);
    updateCounters();
}

QString AlertQueueDock::countersText() const
{
    return m_counters->text();
}

QString AlertQueueDock::lastMessage() const
{
    return m_message->text();
}

void AlertQueueDock::updateCounters()
{
    QStringList parts;
    for (AlertState state : allAlertStates()) {
        if (isOpen(state))
            parts << QStringLiteral("%1 %2")
                         .arg(alertStateLabel(state))
                         .arg(m_model->countInState(state));
    }
    m_counters->setText(parts.join(QStringLiteral(" · ")));
}

void AlertQueueDock::onAlertChanged(const Alert &alert, bool raised)
{
    m_pendingChanges.append(alert);
    if (!m_coalesce->isActive())
        m_coalesce->start();
    if (raised && alert.priority == Priority::P1 && !alert.cameraId.isEmpty())
        emit flashCameraRequested(alert.cameraId);
}

void AlertQueueDock::applyPendingChanges()
{
    const QList<Alert> changes = std::exchange(m_pendingChanges, {});
    const qint64 current = m_detail->alertId();
    m_model->upsertMany(changes);
    updateCounters();
    if (current != 0) {
        for (const Alert &alert : changes) {
            if (alert.id == current) {
                m_detail->showAlert(m_model->alertById(current).value_or(alert));
                break;
            }
        }
    }
}

std::optional<Alert> AlertQueueDock::currentAlert() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->alertAt(m_proxy->mapToSource(current).row());
}

void AlertQueueDock::onCurrentChanged()
{
    const std::optional<Alert> alert = currentAlert();
    m_detail->showAlert(alert);
    if (!alert)
        return;
    const qint64 id = alert->id;
    QMetaObject::invokeMethod(&m_service, [this, id] { m_service.requestActionLog(id); });
    emit alertSelected(alert->id, alert->cameraId);
}

void AlertQueueDock::selectAlert(qint64 alertId)
{
    const int row = m_model->rowOf(alertId);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (row >= 0 && index.isValid())
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
}

bool AlertQueueDock::selectNewestAlertOfCamera(const QString &cameraId)
{
    qint64 newest = 0;
    QDateTime newestTime;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(AlertQueueModel::CameraIdRole).toString() != cameraId)
            continue;
        const QDateTime created = index.data(AlertQueueModel::CreatedRole).toDateTime();
        if (newest == 0 || created > newestTime) {
            newest = index.data(AlertQueueModel::AlertIdRole).toLongLong();
            newestTime = created;
        }
    }
    if (newest == 0)
        return false;
    if (!m_proxy->mapFromSource(m_model->index(m_model->rowOf(newest), 0)).isValid()) {
        m_textFilter->clear(); // hidden by the filters: show everything so it can be selected
        m_cameraFilter->clear();
        m_areaFilter->clear();
        m_stateFilter->setCurrentIndex(0);
        m_priorityFilter->setCurrentIndex(0);
        m_typeFilter->setCurrentIndex(0);
        m_timeFilter->setCurrentIndex(0);
    }
    selectAlert(newest);
    return true;
}

void AlertQueueDock::send(qint64 alertId, const ActionRequest &request)
{
    QMetaObject::invokeMethod(
        &m_service, [this, alertId, request] { m_service.requestAction(alertId, request); });
}

void AlertQueueDock::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color:#ef5350") : QString());
    m_message->setText(text);
}

void AlertQueueDock::acknowledgeSelected()
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const qint64 id = row.data(AlertQueueModel::AlertIdRole).toLongLong();
        const auto alert = m_model->alertById(id);
        if (alert && alert->state == AlertState::New) // bulk: skip what is already handled
            ids.append(id);
    }
    if (ids.isEmpty()) {
        if (const auto alert = currentAlert(); alert && alert->state == AlertState::New)
            ids.append(alert->id);
    }
    if (ids.isEmpty())
        return;
    const QString login = m_operator;
    QMetaObject::invokeMethod(&m_service,
                              [this, ids, login] { m_service.acknowledge(ids, login); });
    showMessage(tr("Acknowledging %n alert(s)", nullptr, int(ids.size())), false);
}

void AlertQueueDock::dispatchCurrent()
{
    const std::optional<Alert> alert = currentAlert();
    if (!alert)
        return;
    const std::optional<QString> unit = m_dispatchPrompt(*alert);
    if (!unit)
        return;
    ActionRequest request;
    request.action = AlertAction::Dispatch;
    request.operatorLogin = m_operator;
    request.unit = *unit;
    send(alert->id, request);
}

void AlertQueueDock::resolveCurrent(std::optional<Resolution> preset)
{
    const std::optional<Alert> alert = currentAlert();
    if (!alert)
        return;
    ActionRequest request;
    request.action = AlertAction::Resolve;
    request.operatorLogin = m_operator;
    if (preset) {
        request.resolution = *preset; // F: one key, no dialog — speed matters for false alarms
    } else {
        const std::optional<ResolveChoice> choice = m_resolvePrompt(*alert);
        if (!choice)
            return;
        request.resolution = choice->resolution;
        request.note = choice->note;
    }
    send(alert->id, request);
}

} // namespace vigil
