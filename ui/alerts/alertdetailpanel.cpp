#include "alerts/alertdetailpanel.h"

#include "alerts/alertlabels.h"
#include "alerts/alertlifecycle.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace vigil {

namespace {
constexpr QSize kSnapshotSize(320, 180);
// What the panel can shrink to, so the dock still fits a 900-pixel-high window.
constexpr QSize kMediaMinimumSize(160, 90);
} // namespace

AlertDetailPanel::AlertDetailPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("alertDetailPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("alertDetailTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto *middle = new QHBoxLayout;
    m_media = middle;
    m_snapshot = new QLabel(this);
    m_snapshot->setObjectName(QStringLiteral("alertSnapshot"));
    m_snapshot->setMinimumSize(kMediaMinimumSize);
    m_snapshot->setMaximumSize(kSnapshotSize);
    m_snapshot->setAlignment(Qt::AlignCenter);
    m_snapshot->setFrameShape(QFrame::StyledPanel);
    middle->addWidget(m_snapshot);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("alertFacts"));
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::PlainText);
    middle->addWidget(m_facts, 1);
    layout->addLayout(middle);

    auto *buttons = new QHBoxLayout;
    const auto addButton = [&](const QString &text, const QString &name) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setFocusPolicy(Qt::NoFocus); // keys belong to the queue's shortcuts
        buttons->addWidget(button);
        return button;
    };
    m_acknowledge = addButton(tr("Acknowledge (Space)"), QStringLiteral("acknowledgeButton"));
    m_dispatch = addButton(tr("Dispatch (D)"), QStringLiteral("dispatchButton"));
    m_onScene = addButton(tr("On scene"), QStringLiteral("onSceneButton"));
    m_resolve = addButton(tr("Resolve (R)"), QStringLiteral("resolveButton"));
    m_falseAlarm = addButton(tr("False alarm (F)"), QStringLiteral("falseAlarmButton"));
    m_playClip = addButton(tr("Play clip"), QStringLiteral("playClipButton"));
    connect(m_playClip, &QPushButton::clicked, this, [this] {
        if (m_alert)
            emit playClipRequested(m_alert->id);
    });
    m_showTrack = addButton(tr("Show track"), QStringLiteral("showTrackButton"));
    connect(m_showTrack, &QPushButton::clicked, this, [this] {
        if (m_alert)
            emit showTrackRequested(m_alert->details.value(QStringLiteral("plate")).toString(),
                                    m_alert->lastEventAt);
    });
    layout->addLayout(buttons);
    connect(m_acknowledge, &QPushButton::clicked, this,
            [this] { emit actionRequested(AlertAction::Acknowledge); });
    connect(m_dispatch, &QPushButton::clicked, this,
            [this] { emit actionRequested(AlertAction::Dispatch); });
    connect(m_onScene, &QPushButton::clicked, this,
            [this] { emit actionRequested(AlertAction::OnScene); });
    connect(m_resolve, &QPushButton::clicked, this,
            [this] { emit actionRequested(AlertAction::Resolve); });
    connect(m_falseAlarm, &QPushButton::clicked, this, [this] { emit falseAlarmRequested(); });

    auto *historyTitle = new QLabel(tr("Action history"), this);
    layout->addWidget(historyTitle);
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("alertHistory"));
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->setMinimumHeight(44);
    layout->addWidget(m_history, 1);
    showAlert(std::nullopt);
}

void AlertDetailPanel::showAlert(const std::optional<Alert> &alert)
{
    const bool sameAlert = alert && m_alert && alert->id == m_alert->id;
    m_alert = alert;
    if (!sameAlert)
        m_history->clear();
    updateButtons();
    if (!alert) {
        m_title->setText(tr("No alert selected"));
        m_snapshot->setText(tr("No snapshot"));
        m_facts->clear();
        return;
    }
    m_title->setText(QStringLiteral("%1  %2 · %3")
                         .arg(priorityLabel(alert->priority), alertTypeLabel(alert->type),
                              alert->cameraId.isEmpty() ? alert->checkpointId : alert->cameraId));

    QStringList facts;
    facts << tr("State: %1").arg(alertStateLabel(alert->state))
          << tr("Time: %1")
                 .arg(
                     alert->createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
          << tr("Events: %1").arg(alert->eventCount);
    if (!alert->summary.isEmpty())
        facts << alert->summary;
    if (!alert->unit.isEmpty())
        facts << tr("Unit: %1").arg(alert->unit);
    if (!alert->assignedTo.isEmpty())
        facts << tr("Operator: %1").arg(alert->assignedTo);
    if (alert->escalations > 0)
        facts << tr("Escalated %n time(s)", nullptr, alert->escalations);
    m_facts->setText(facts.join(QLatin1Char('\n')));

    if (sameAlert)
        return; // keep the snapshot: it does not change with the state
    QPixmap snapshot(kSnapshotSize);
    if (!alert->snapshotPath.isEmpty() && QFileInfo::exists(alert->snapshotPath)) {
        snapshot = QPixmap(alert->snapshotPath)
                       .scaled(kSnapshotSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    } else {
        snapshot.fill(QColor(0x26, 0x32, 0x38));
    }
    if (!alert->detectionBox.isNull()) {
        QPainter painter(&snapshot);
        painter.setPen(QPen(priorityColor(alert->priority), 2));
        const QRectF box = alert->detectionBox;
        painter.drawRect(QRectF(box.x() * snapshot.width(), box.y() * snapshot.height(),
                                box.width() * snapshot.width(), box.height() * snapshot.height()));
    }
    if (alert->snapshotPath.isEmpty() || !QFileInfo::exists(alert->snapshotPath)) {
        QPainter painter(&snapshot);
        painter.setPen(Qt::lightGray);
        painter.drawText(snapshot.rect(), Qt::AlignBottom | Qt::AlignHCenter, tr("No snapshot"));
    }
    m_snapshot->setPixmap(snapshot);
}

void AlertDetailPanel::addMediaView(QWidget *view, const QString &title)
{
    if (!m_mediaTabs) {
        m_mediaTabs = new QTabWidget(this);
        m_mediaTabs->setObjectName(QStringLiteral("alertMediaTabs"));
        m_mediaTabs->setTabPosition(QTabWidget::South);
        m_mediaTabs->setDocumentMode(true);
        m_media->insertWidget(1, m_mediaTabs);
    }
    view->setMinimumSize(kMediaMinimumSize);
    view->setMaximumHeight(kSnapshotSize.height() + 40); // room for the tab bar
    m_mediaTabs->addTab(view, title);
}

void AlertDetailPanel::updateButtons()
{
    const auto allowed = [this](AlertAction action) {
        return m_alert && isActionAllowed(m_alert->state, action);
    };
    m_acknowledge->setEnabled(allowed(AlertAction::Acknowledge));
    m_dispatch->setEnabled(allowed(AlertAction::Dispatch));
    m_onScene->setEnabled(allowed(AlertAction::OnScene));
    m_resolve->setEnabled(allowed(AlertAction::Resolve));
    m_falseAlarm->setEnabled(allowed(AlertAction::Resolve));
    m_playClip->setEnabled(m_alert && !m_alert->cameraId.isEmpty());
    m_showTrack->setVisible(m_alert && m_alert->type == QLatin1String("hotlist_hit"));
}

QString AlertDetailPanel::historyLine(const ActionLogEntry &entry) const
{
    QString line = QStringLiteral("%1  %2  %3")
                       .arg(entry.time.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                            entry.operatorLogin, alertActionLabel(entry.action));
    if (!entry.detail.isEmpty())
        line += QStringLiteral(" — ") + entry.detail;
    return line;
}

void AlertDetailPanel::setHistory(qint64 alertId, const QList<ActionLogEntry> &entries)
{
    if (alertId != this->alertId())
        return;
    m_history->clear();
    for (const ActionLogEntry &entry : entries)
        m_history->addItem(historyLine(entry));
}

void AlertDetailPanel::appendHistory(const ActionLogEntry &entry)
{
    if (entry.alertId == alertId())
        m_history->addItem(historyLine(entry));
}

} // namespace vigil
