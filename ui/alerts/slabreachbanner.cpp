#include "alerts/slabreachbanner.h"

#include "alerts/alertlabels.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace vigil {

namespace {

QString stageLabel(const QString &stageKey)
{
    if (stageKey == QLatin1String("acknowledge"))
        return SlaBreachBanner::tr("acknowledge");
    if (stageKey == QLatin1String("dispatch"))
        return SlaBreachBanner::tr("dispatch");
    if (stageKey == QLatin1String("on_scene"))
        return SlaBreachBanner::tr("on scene");
    return stageKey;
}

} // namespace

SlaBreachBanner::SlaBreachBanner(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("slaBreachBanner"));
    setAttribute(Qt::WA_StyledBackground, true);
    setStyleSheet(QStringLiteral("#slaBreachBanner{background:#b71c1c}"
                                 "#slaBreachBanner QLabel{color:white;font-weight:bold}"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("slaBreachBadge"));
    m_badge->setStyleSheet(QStringLiteral(
        "background:white;color:#b71c1c;border-radius:9px;padding:1px 7px;font-weight:bold"));
    layout->addWidget(m_badge);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("slaBreachText"));
    m_text->setWordWrap(true);
    layout->addWidget(m_text, 1);
    m_show = new QPushButton(tr("Show"), this);
    m_show->setObjectName(QStringLiteral("slaBreachShowButton"));
    layout->addWidget(m_show);
    auto *seen = new QPushButton(tr("Seen"), this);
    seen->setObjectName(QStringLiteral("slaBreachSeenButton"));
    layout->addWidget(seen);
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (m_lastAlertId != 0)
            emit showAlertRequested(m_lastAlertId);
    });
    connect(seen, &QPushButton::clicked, this, &SlaBreachBanner::acknowledgeAll);
    hide();
}

void SlaBreachBanner::addBreach(const Alert &alert, const QString &stageKey)
{
    ++m_unseen;
    m_lastAlertId = alert.id;
    m_badge->setText(QString::number(m_unseen));
    m_text->setText(tr("Supervisor: alert %1 (%2, %3) missed its %4 target and was escalated "
                       "to %5.")
                        .arg(alert.id)
                        .arg(alertTypeLabel(alert.type),
                             alert.cameraId.isEmpty() ? alert.checkpointId : alert.cameraId,
                             stageLabel(stageKey), priorityLabel(alert.priority)));
    show();
}

void SlaBreachBanner::acknowledgeAll()
{
    m_unseen = 0;
    hide();
}

QString SlaBreachBanner::text() const
{
    return m_text->text();
}

} // namespace vigil
