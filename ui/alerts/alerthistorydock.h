#pragma once
// AlertHistoryDock: the closed alerts — search (text, time range, camera, type, resolution) over
// the store one page at a time, the action history of the selected alert, reopen with a reason,
// and CSV export of everything the search matches (the file is written on a worker thread).
//
// Thread contract: GUI thread only. The AlertService must live on the GUI thread and outlive the
// dock; store reads go through it (its writer thread does the I/O).

#include "alerts/alert.h"
#include "alerts/alertstore.h"

#include <QDockWidget>
#include <QFutureWatcher>

#include <functional>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace vigil {

class AlertHistoryModel;
class AlertService;

class AlertHistoryDock : public QDockWidget
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;
    static constexpr int kMaxExportRows = 1000000;

    AlertHistoryDock(AlertService &service, QString operatorLogin, QWidget *parent = nullptr);
    ~AlertHistoryDock() override;

    void setOperator(const QString &login) { m_operator = login; }
    // Prompts (dialogs by default); tests replace them. Empty optional = cancelled.
    using PathPrompt = std::function<std::optional<QString>()>;
    using ReasonPrompt = std::function<std::optional<QString>(const Alert &)>;
    void setExportPathPrompt(PathPrompt prompt) { m_pathPrompt = std::move(prompt); }
    void setReopenReasonPrompt(ReasonPrompt prompt) { m_reasonPrompt = std::move(prompt); }

    // The search as the filter fields describe it (closed alerts, newest first, this page).
    AlertQuery currentQuery() const;
    void search(); // first page
    void showPage(int page);
    void reopenSelected();
    void exportCsv();
    void selectRow(int row);

    AlertHistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QListWidget *actionHistory() const { return m_actions; }
    QLineEdit *textFilter() const { return m_text; }
    QLineEdit *cameraFilter() const { return m_camera; }
    QComboBox *typeFilter() const { return m_type; }
    QComboBox *resolutionFilter() const { return m_resolution; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *untilEdit() const { return m_until; }
    int page() const { return m_page; }
    bool hasNextPage() const { return m_hasNext; }
    QString statusText() const;

signals:
    void pageLoaded(int page, int rows);
    void exportFinished(const QString &path, int rows, const QString &error);

private:
    struct ExportOutcome
    {
        QString path;
        int rows = 0;
        QString error;
    };
    QWidget *createFilterBar();
    void onHistoryLoaded(quint64 requestId, const QList<Alert> &alerts, const QString &error);
    void onSelectionChanged();
    void showStatus(const QString &text, bool error);
    std::optional<Alert> selectedAlert() const;

    AlertService &m_service;
    QString m_operator;
    AlertHistoryModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QListWidget *m_actions = nullptr;
    QLineEdit *m_text = nullptr;
    QLineEdit *m_camera = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_resolution = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_until = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_reopen = nullptr;
    QLabel *m_pageLabel = nullptr;
    QLabel *m_status = nullptr;
    PathPrompt m_pathPrompt;
    ReasonPrompt m_reasonPrompt;

    int m_page = 0;
    bool m_hasNext = false;
    quint64 m_pageRequest = 0;   // newest page request; older answers are dropped
    quint64 m_exportRequest = 0; // pending export read
    QString m_exportPath;
    quint64 m_nextRequest = 1;
    QFutureWatcher<ExportOutcome> m_exportWatcher;
};

} // namespace vigil
