#include "alerts/alerthistorydock.h"

#include "alerts/alertcsv.h"
#include "alerts/alerthistorymodel.h"
#include "alerts/alertlabels.h"
#include "alerts/alertservice.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vigil {

namespace {
// History request ids live in their own range so they never meet another caller's.
constexpr quint64 kFirstRequestId = quint64(1) << 40;
} // namespace

AlertHistoryDock::AlertHistoryDock(AlertService &service, QString operatorLogin, QWidget *parent)
    : QDockWidget(tr("Alert history"), parent), m_service(service),
      m_operator(std::move(operatorLogin)), m_nextRequest(kFirstRequestId)
{
    setObjectName(QStringLiteral("alertHistoryDock"));
    m_model = new AlertHistoryModel(this);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(createFilterBar());

    auto *splitter = new QSplitter(Qt::Vertical, content);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("alertHistoryView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(22);
    m_view->horizontalHeader()->setSectionResizeMode(AlertHistoryModel::SummaryColumn,
                                                     QHeaderView::Stretch);
    m_view->setColumnWidth(AlertHistoryModel::CreatedColumn, 140);
    m_view->setColumnWidth(AlertHistoryModel::ResolvedColumn, 140);
    m_actions = new QListWidget(splitter);
    m_actions->setObjectName(QStringLiteral("alertHistoryActions"));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto *bottom = new QHBoxLayout;
    m_previous = new QPushButton(tr("Previous"), content);
    m_previous->setObjectName(QStringLiteral("historyPreviousButton"));
    m_next = new QPushButton(tr("Next"), content);
    m_next->setObjectName(QStringLiteral("historyNextButton"));
    m_pageLabel = new QLabel(content);
    m_reopen = new QPushButton(tr("Reopen…"), content);
    m_reopen->setObjectName(QStringLiteral("historyReopenButton"));
    auto *exportButton = new QPushButton(tr("Export CSV…"), content);
    exportButton->setObjectName(QStringLiteral("historyExportButton"));
    bottom->addWidget(m_previous);
    bottom->addWidget(m_pageLabel);
    bottom->addWidget(m_next);
    bottom->addStretch(1);
    bottom->addWidget(m_reopen);
    bottom->addWidget(exportButton);
    layout->addLayout(bottom);
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    setWidget(content);

    connect(m_previous, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_reopen, &QPushButton::clicked, this, &AlertHistoryDock::reopenSelected);
    connect(exportButton, &QPushButton::clicked, this, &AlertHistoryDock::exportCsv);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AlertHistoryDock::onSelectionChanged);
    connect(&service, &AlertService::historyLoaded, this, &AlertHistoryDock::onHistoryLoaded);
    connect(&service, &AlertService::actionLogLoaded, this,
            [this](qint64 alertId, const QList<ActionLogEntry> &entries, const QString &error) {
                const auto selected = selectedAlert();
                if (!selected || selected->id != alertId)
                    return;
                m_actions->clear();
                if (!error.isEmpty())
                    showStatus(tr("Cannot load the action history: %1").arg(error), true);
                for (const ActionLogEntry &entry : entries) {
                    QString line = QStringLiteral("%1  %2  %3")
                                       .arg(entry.time.toLocalTime().toString(
                                                QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                            entry.operatorLogin, alertActionLabel(entry.action));
                    if (!entry.detail.isEmpty())
                        line += QStringLiteral(" — ") + entry.detail;
                    m_actions->addItem(line);
                }
            });
    // A reopened alert is back in the queue: it leaves the closed history.
    connect(&service, &AlertService::alertUpdated, this, [this](const Alert &alert) {
        if (isOpen(alert.state))
            m_model->removeAlert(alert.id);
    });
    connect(&service, &AlertService::actionRefused, this,
            [this](qint64 alertId, const QString &reason) {
                showStatus(tr("Alert %1: %2").arg(alertId).arg(reason), true);
            });
    connect(&m_exportWatcher, &QFutureWatcher<ExportOutcome>::finished, this, [this] {
        const ExportOutcome outcome = m_exportWatcher.result();
        if (outcome.error.isEmpty())
            showStatus(tr("Exported %n alert(s) to %1", nullptr, outcome.rows)
                           .arg(QDir::toNativeSeparators(outcome.path)),
                       false);
        else
            showStatus(tr("Export failed: %1").arg(outcome.error), true);
        emit exportFinished(outcome.path, outcome.rows, outcome.error);
    });

    m_pathPrompt = [this]() -> std::optional<QString> {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export alerts"), QStringLiteral("alerts.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return std::nullopt;
        return path;
    };
    m_reasonPrompt = [this](const Alert &alert) -> std::optional<QString> {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Reopen alert"),
                                                     tr("Why is alert %1 reopened?").arg(alert.id),
                                                     QLineEdit::Normal, QString(), &ok);
        if (!ok || reason.trimmed().isEmpty())
            return std::nullopt;
        return reason.trimmed();
    };
    onSelectionChanged();
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
}

AlertHistoryDock::~AlertHistoryDock()
{
    m_exportWatcher.waitForFinished(); // never leave a file half written behind
}

QWidget *AlertHistoryDock::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *grid = new QGridLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);
    m_text = new QLineEdit(bar);
    m_text->setObjectName(QStringLiteral("historyTextFilter"));
    m_text->setPlaceholderText(tr("Search summary, type, camera, unit"));
    m_text->setClearButtonEnabled(true);
    m_camera = new QLineEdit(bar);
    m_camera->setObjectName(QStringLiteral("historyCameraFilter"));
    m_camera->setPlaceholderText(tr("Camera"));
    m_camera->setMaximumWidth(90);
    m_type = new QComboBox(bar);
    m_type->setObjectName(QStringLiteral("historyTypeFilter"));
    m_type->addItem(tr("All types"), QString());
    for (const QString &type : knownAlertTypes())
        m_type->addItem(alertTypeLabel(type), type);
    m_resolution = new QComboBox(bar);
    m_resolution->setObjectName(QStringLiteral("historyResolutionFilter"));
    m_resolution->addItem(tr("All resolutions"), QString());
    for (Resolution resolution :
         {Resolution::TrueAlarm, Resolution::FalseAlarm, Resolution::Duplicate})
        m_resolution->addItem(resolutionLabel(resolution), resolutionKey(resolution));
    const QDateTime now = QDateTime::currentDateTime();
    m_from = new QDateTimeEdit(now.addDays(-7), bar);
    m_from->setObjectName(QStringLiteral("historyFrom"));
    m_until = new QDateTimeEdit(now.addDays(1), bar);
    m_until->setObjectName(QStringLiteral("historyUntil"));
    for (QDateTimeEdit *edit : {m_from, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    auto *searchButton = new QPushButton(tr("Search"), bar);
    searchButton->setObjectName(QStringLiteral("historySearchButton"));
    grid->addWidget(m_text, 0, 0, 1, 3);
    grid->addWidget(m_camera, 0, 3);
    grid->addWidget(searchButton, 0, 4);
    grid->addWidget(new QLabel(tr("From"), bar), 1, 0);
    grid->addWidget(m_from, 1, 1);
    grid->addWidget(new QLabel(tr("to"), bar), 1, 2);
    grid->addWidget(m_until, 1, 3);
    auto *combos = new QHBoxLayout;
    combos->addWidget(m_type);
    combos->addWidget(m_resolution);
    grid->addLayout(combos, 2, 0, 1, 5);
    connect(searchButton, &QPushButton::clicked, this, &AlertHistoryDock::search);
    connect(m_text, &QLineEdit::returnPressed, this, &AlertHistoryDock::search);
    connect(m_camera, &QLineEdit::returnPressed, this, &AlertHistoryDock::search);
    return bar;
}

AlertQuery AlertHistoryDock::currentQuery() const
{
    AlertQuery query;
    query.states = {AlertState::Resolved};
    query.text = m_text->text().trimmed();
    query.cameraId = m_camera->text().trimmed();
    query.type = m_type->currentData().toString();
    query.resolution = resolutionFromKey(m_resolution->currentData().toString());
    if (query.resolution == Resolution::None)
        query.resolution.reset();
    query.from = m_from->dateTime().toUTC();
    query.until = m_until->dateTime().toUTC();
    query.newestFirst = true;
    query.limit = kPageSize + 1; // one more tells whether a next page exists
    query.offset = m_page * kPageSize;
    return query;
}

void AlertHistoryDock::search()
{
    showPage(0);
}

void AlertHistoryDock::showPage(int page)
{
    m_page = std::max(0, page);
    m_pageRequest = m_nextRequest++;
    const quint64 id = m_pageRequest;
    const AlertQuery query = currentQuery();
    showStatus(tr("Searching…"), false);
    QMetaObject::invokeMethod(&m_service,
                              [this, id, query] { m_service.requestHistory(id, query); });
}

void AlertHistoryDock::onHistoryLoaded(quint64 requestId, const QList<Alert> &alerts,
                                       const QString &error)
{
    if (requestId == m_exportRequest && m_exportRequest != 0) {
        m_exportRequest = 0;
        if (!error.isEmpty()) {
            showStatus(tr("Export failed: %1").arg(error), true);
            emit exportFinished(m_exportPath, 0, error);
            return;
        }
        const QString path = m_exportPath;
        m_exportWatcher.setFuture(QtConcurrent::run([path, alerts] {
            ExportOutcome outcome{path, int(alerts.size()), {}};
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                outcome.error = QStringLiteral("%1: %2").arg(path, file.errorString());
                return outcome;
            }
            if (!writeAlertsCsv(alerts, file, &outcome.error)) {
                file.cancelWriting();
                return outcome;
            }
            if (!file.commit())
                outcome.error = QStringLiteral("%1: %2").arg(path, file.errorString());
            return outcome;
        }));
        return;
    }
    if (requestId != m_pageRequest)
        return; // an older search, overtaken
    if (!error.isEmpty()) {
        showStatus(tr("Search failed: %1").arg(error), true);
        return;
    }
    QList<Alert> page = alerts;
    m_hasNext = page.size() > kPageSize;
    if (m_hasNext)
        page.resize(kPageSize);
    const int rows = int(page.size());
    m_model->setAlerts(std::move(page));
    m_actions->clear();
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_hasNext);
    m_pageLabel->setText(tr("Page %1").arg(m_page + 1));
    showStatus(rows == 0
                   ? tr("No closed alerts match.")
                   : tr("Alerts %1–%2").arg(m_page * kPageSize + 1).arg(m_page * kPageSize + rows),
               false);
    onSelectionChanged();
    emit pageLoaded(m_page, rows);
}

std::optional<Alert> AlertHistoryDock::selectedAlert() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->alertAt(current.row()) : std::nullopt;
}

void AlertHistoryDock::selectRow(int row)
{
    m_view->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void AlertHistoryDock::onSelectionChanged()
{
    const std::optional<Alert> alert = selectedAlert();
    m_reopen->setEnabled(alert.has_value());
    m_actions->clear();
    if (!alert)
        return;
    const qint64 id = alert->id;
    QMetaObject::invokeMethod(&m_service, [this, id] { m_service.requestActionLog(id); });
}

void AlertHistoryDock::reopenSelected()
{
    const std::optional<Alert> alert = selectedAlert();
    if (!alert)
        return;
    const std::optional<QString> reason = m_reasonPrompt(*alert);
    if (!reason)
        return;
    ActionRequest request;
    request.action = AlertAction::Reopen;
    request.operatorLogin = m_operator;
    request.note = *reason;
    const qint64 id = alert->id;
    QMetaObject::invokeMethod(&m_service,
                              [this, id, request] { m_service.requestAction(id, request); });
    showStatus(tr("Reopening alert %1…").arg(id), false);
}

void AlertHistoryDock::exportCsv()
{
    if (m_exportRequest != 0 || m_exportWatcher.isRunning()) {
        showStatus(tr("An export is already running."), true);
        return;
    }
    const std::optional<QString> path = m_pathPrompt();
    if (!path)
        return;
    m_exportPath = *path;
    AlertQuery query = currentQuery();
    query.offset = 0;
    query.limit = kMaxExportRows;
    m_exportRequest = m_nextRequest++;
    const quint64 id = m_exportRequest;
    showStatus(tr("Exporting…"), false);
    QMetaObject::invokeMethod(&m_service,
                              [this, id, query] { m_service.requestHistory(id, query); });
}

void AlertHistoryDock::showStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color:#ef5350") : QString());
    m_status->setText(text);
}

QString AlertHistoryDock::statusText() const
{
    return m_status->text();
}

} // namespace vigil
