#pragma once
// SlaBreachBanner: the supervisor's notice that alerts missed their response-time targets — a
// red bar with the newest breach, a badge counting the breaches not yet seen, "Show" (selects
// the alert in the queue) and "Seen" (clears the count and hides the bar). The sound is played
// by whoever connects AlertService::slaBreached (AlertSession::playChime in the app).
//
// Thread contract: GUI thread only.

#include "alerts/alert.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace vigil {

class SlaBreachBanner : public QWidget
{
    Q_OBJECT
public:
    explicit SlaBreachBanner(QWidget *parent = nullptr);

    void addBreach(const Alert &alert, const QString &stageKey);
    void acknowledgeAll(); // "Seen"
    int unseenCount() const { return m_unseen; }
    QString text() const;

signals:
    void showAlertRequested(qint64 alertId);

private:
    QLabel *m_badge = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_show = nullptr;
    int m_unseen = 0;
    qint64 m_lastAlertId = 0;
};

} // namespace vigil
