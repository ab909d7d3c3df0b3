#pragma once
// A dock body for features that are not built yet: says so plainly instead of faking content.
// GUI thread only.

#include <QWidget>

namespace vigil {

class PlaceholderPanel : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPanel(const QString &title, const QString &message, QWidget *parent = nullptr);
};

} // namespace vigil
