#pragma once
// AlertQueueDock: the operator's alert queue — counters by state, filters, the queue sorted by
// priority then age with priority colours and one shared 1 s countdown tick, multi-select bulk
// acknowledge, and the detail panel with quick-action keys (Space acknowledge, D dispatch,
// R resolve, F false alarm). Every action goes to AlertService; rows change only when the
// service reports the action committed.
//
// Wiring (MainWindow): construct with the AlertService and the logged-in operator; connect
// alertSelected(alertId, cameraId) to show the camera live, flashCameraRequested(cameraId) to
// flash its wall tile / pulse it on the map.
//
// Thread contract: GUI thread only. The AlertService must live on the GUI thread or be reached
// through queued calls (this dock uses QMetaObject::invokeMethod) and must outlive the dock.

#include "alerts/alert.h"
#include "alerts/alertlifecycle.h"

#include <QDockWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace vigil {

class AlertAlarm;
class AlertDetailPanel;
class AlertFilterProxy;
class AlertQueueModel;
class AlertService;

class AlertQueueDock : public QDockWidget
{
    Q_OBJECT
public:
    AlertQueueDock(AlertService &service, QString operatorLogin, QWidget *parent = nullptr);
    ~AlertQueueDock() override;

    void setOperator(const QString &login) { m_operator = login; }
    // Shows the mute button for this alarm (which must outlive the dock).
    void setAlarm(AlertAlarm *alarm);

    // Prompts (dialogs by default); tests and kiosk modes replace them. Empty optional = cancel.
    using DispatchPrompt = std::function<std::optional<QString>(const Alert &)>;
    struct ResolveChoice
    {
        Resolution resolution = Resolution::TrueAlarm;
        QString note;
    };
    using ResolvePrompt = std::function<std::optional<ResolveChoice>(const Alert &)>;
    void setDispatchPrompt(DispatchPrompt prompt) { m_dispatchPrompt = std::move(prompt); }
    void setResolvePrompt(ResolvePrompt prompt) { m_resolvePrompt = std::move(prompt); }

    AlertQueueModel *model() const { return m_model; }
    AlertFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    AlertDetailPanel *detailPanel() const { return m_detail; }
    QString countersText() const;
    QString lastMessage() const;

    void acknowledgeSelected();
    void dispatchCurrent();
    void resolveCurrent(std::optional<Resolution> preset = std::nullopt);
    void selectAlert(qint64 alertId);
    // Selects the newest open alert of the camera (map → queue); false when it has none.
    bool selectNewestAlertOfCamera(const QString &cameraId);

signals:
    void alertSelected(qint64 alertId, const QString &cameraId);
    void flashCameraRequested(const QString &cameraId);

private:
    QWidget *createFilterBar();
    void applyFilter();
    void updateCounters();
    void onCurrentChanged();
    void onAlertChanged(const Alert &alert, bool raised);
    void applyPendingChanges();
    std::optional<Alert> currentAlert() const;
    void send(qint64 alertId, const ActionRequest &request);
    void showMessage(const QString &text, bool error);

    AlertService &m_service;
    QString m_operator;
    AlertQueueModel *m_model = nullptr;
    AlertFilterProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    AlertDetailPanel *m_detail = nullptr;
    QLabel *m_counters = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_storeBanner = nullptr;
    QPushButton *m_muteButton = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QComboBox *m_priorityFilter = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QComboBox *m_timeFilter = nullptr;
    QLineEdit *m_cameraFilter = nullptr;
    QLineEdit *m_areaFilter = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_coalesce = nullptr; // collects alert changes: one model update per 50 ms
    QList<Alert> m_pendingChanges;
    DispatchPrompt m_dispatchPrompt;
    ResolvePrompt m_resolvePrompt;
};

} // namespace vigil
