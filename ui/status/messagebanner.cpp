#include "status/messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace vigil {

MessageBanner::MessageBanner(QWidget *parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setTextFormat(Qt::PlainText);
    layout->addWidget(m_label);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_label->setText(text);
    // The theme styles [kind="error"] / [kind="info"]; re-polish so the property takes effect.
    setProperty("kind", kind == Kind::Error ? QStringLiteral("error") : QStringLiteral("info"));
    style()->unpolish(this);
    style()->polish(this);
    show();
}

void MessageBanner::clear()
{
    m_label->clear();
    hide();
}

QString MessageBanner::text() const
{
    return m_label->text();
}

} // namespace vigil
