#pragma once
// AlertDetailPanel: the selected alert — snapshot with its detection box, facts (camera, time,
// repeats, unit, operator, SLA), the action history and quick-action buttons. It only shows and
// asks; AlertQueueDock turns its requests into AlertService calls.
//
// Thread contract: GUI thread only.

#include "alerts/alert.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace vigil {

class AlertDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AlertDetailPanel(QWidget *parent = nullptr);

    void showAlert(const std::optional<Alert> &alert);
    void setHistory(qint64 alertId, const QList<ActionLogEntry> &entries);
    void appendHistory(const ActionLogEntry &entry);
    qint64 alertId() const { return m_alert ? m_alert->id : 0; }
    // Adds a view next to the snapshot (live view of the source camera, mini-map); several
    // views share the place as tabs. The panel owns them.
    void addMediaView(QWidget *view, const QString &title);

signals:
    void actionRequested(vigil::AlertAction action);
    void falseAlarmRequested();
    void playClipRequested(qint64 alertId); // recorded clip of the alert (pre/post event)
    // A hotlist_hit alert's vehicle: its reads up to `at` on the map (passages track view).
    void showTrackRequested(const QString &plate, const QDateTime &at);

private:
    void updateButtons();
    QString historyLine(const ActionLogEntry &entry) const;

    std::optional<Alert> m_alert;
    QLabel *m_title = nullptr;
    QLabel *m_snapshot = nullptr;
    QLabel *m_facts = nullptr;
    QHBoxLayout *m_media = nullptr;    // snapshot, media views
    QTabWidget *m_mediaTabs = nullptr; // live view, mini-map
    QListWidget *m_history = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_dispatch = nullptr;
    QPushButton *m_onScene = nullptr;
    QPushButton *m_resolve = nullptr;
    QPushButton *m_falseAlarm = nullptr;
    QPushButton *m_playClip = nullptr;
    QPushButton *m_showTrack = nullptr; // hotlist_hit alerts only
};

} // namespace vigil
