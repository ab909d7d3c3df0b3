#pragma once
// ResolveDialog: asks how an alert ends — true alarm, false alarm or duplicate — and a note.
//
// Thread contract: GUI thread only.

#include "alerts/alert.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace vigil {

class ResolveDialog : public QDialog
{
    Q_OBJECT
public:
    ResolveDialog(const Alert &alert, Resolution preset, QWidget *parent = nullptr);
    Resolution resolution() const;
    QString note() const;

private:
    QComboBox *m_resolution = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace vigil
