#include "docks/placeholderpanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace vigil {

PlaceholderPanel::PlaceholderPanel(const QString &title, const QString &message, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("placeholderPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("placeholderTitle"));
    titleLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(titleLabel);
    auto *messageLabel = new QLabel(message, this);
    messageLabel->setObjectName(QStringLiteral("placeholderMessage"));
    messageLabel->setAlignment(Qt::AlignCenter);
    messageLabel->setWordWrap(true);
    layout->addWidget(messageLabel);
    layout->addStretch(1);
}

} // namespace vigil
