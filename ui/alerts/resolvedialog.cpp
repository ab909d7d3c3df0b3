#include "alerts/resolvedialog.h"

#include "alerts/alertlabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace vigil {

ResolveDialog::ResolveDialog(const Alert &alert, Resolution preset, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Resolve alert %1").arg(alert.id));
    auto *layout = new QFormLayout(this);
    m_resolution = new QComboBox(this);
    for (Resolution resolution :
         {Resolution::TrueAlarm, Resolution::FalseAlarm, Resolution::Duplicate})
        m_resolution->addItem(resolutionLabel(resolution), int(resolution));
    m_resolution->setCurrentIndex(m_resolution->findData(int(preset)));
    layout->addRow(tr("Resolution"), m_resolution);
    m_note = new QPlainTextEdit(this);
    m_note->setPlaceholderText(tr("What was found, what was done"));
    layout->addRow(tr("Note"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
}

Resolution ResolveDialog::resolution() const
{
    return Resolution(m_resolution->currentData().toInt());
}

QString ResolveDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace vigil
