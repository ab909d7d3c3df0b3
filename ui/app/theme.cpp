#include "app/theme.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QStyleFactory>

namespace vigil {

void applyDarkTheme(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);

    QPalette palette;
    const QColor window(0x0b, 0x12, 0x20);
    const QColor base(0x0f, 0x1a, 0x2b);
    const QColor text(0xdb, 0xe4, 0xf0);
    const QColor accent(0x22, 0xd3, 0xee);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x16, 0x23, 0x38));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, QColor(0x0e, 0x74, 0x90));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, accent);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x7f, 0x99));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x7f, 0x99));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6b, 0x7f, 0x99));
    QApplication::setPalette(palette);

    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("sans-serif")});
    font.setPointSize(11); // read from a few metres away on a control-room desk
    QApplication::setFont(font);

    QFile qss(QStringLiteral(":/theme/dark.qss"));
    if (qss.open(QIODevice::ReadOnly | QIODevice::Text))
        app.setStyleSheet(QString::fromUtf8(qss.readAll()));

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vigil.svg")));
}

} // namespace vigil
