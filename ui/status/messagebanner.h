#pragma once
// A one-line banner above the wall for loading progress and errors (e.g. the site database could
// not be opened). Errors stay until replaced; the text is selectable so it can be copied.
// GUI thread only.

#include <QFrame>

class QLabel;

namespace vigil {

class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Info,
        Error
    };
    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_label = nullptr;
    Kind m_kind = Kind::Info;
};

} // namespace vigil
