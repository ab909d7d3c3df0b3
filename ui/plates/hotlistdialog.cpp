#include "plates/hotlistdialog.h"

#include "plates/passageservice.h"
#include "plates/platepattern.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigil {

HotlistDialog::HotlistDialog(PassageService &service, QWidget *parent)
    : QDialog(parent), m_service(service)
{
    setObjectName(QStringLiteral("hotlistDialog"));
    setWindowTitle(tr("Hotlist"));
    resize(760, 520);
    auto *layout = new QVBoxLayout(this);

    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels({tr("Plate or pattern"), tr("Reason"), tr("Priority"),
                                        tr("Valid until"), tr("Added by"), tr("Added at")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HotlistDialog::loadSelected);
    layout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    m_pattern = new QLineEdit(this);
    m_pattern->setPlaceholderText(tr("e.g. 鄂C12345 or 鄂C*12?5"));
    form->addRow(tr("Plate or pattern"), m_pattern);
    m_reason = new QLineEdit(this);
    form->addRow(tr("Reason"), m_reason);
    m_priority = new QComboBox(this);
    for (int p = 1; p <= 4; ++p)
        m_priority->addItem(QStringLiteral("P%1").arg(p), p);
    m_priority->setCurrentIndex(1);
    form->addRow(tr("Priority"), m_priority);
    auto *validity = new QHBoxLayout;
    m_validUntil = new QDateTimeEdit(QDateTime::currentDateTime().addDays(7), this);
    m_validUntil->setCalendarPopup(true);
    m_validUntil->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_noEnd = new QCheckBox(tr("No end"), this);
    connect(m_noEnd, &QCheckBox::toggled, m_validUntil, &QWidget::setDisabled);
    validity->addWidget(m_validUntil, 1);
    validity->addWidget(m_noEnd);
    form->addRow(tr("Valid until"), validity);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("hotlistError"));
    m_error->setStyleSheet(QStringLiteral("color: #f87171"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *add = buttons->addButton(tr("New"), QDialogButtonBox::ActionRole);
    QPushButton *save = buttons->addButton(tr("Save"), QDialogButtonBox::ApplyRole);
    m_remove = buttons->addButton(tr("Remove"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_remove->setEnabled(false);
    connect(add, &QPushButton::clicked, this, &HotlistDialog::clearForm);
    connect(save, &QPushButton::clicked, this, &HotlistDialog::saveForm);
    connect(m_remove, &QPushButton::clicked, this, &HotlistDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(&m_service, &PassageService::hotlistChanged, this, &HotlistDialog::showEntries);
    connect(&m_service, &PassageService::problem, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    showEntries(m_service.hotlist());
}

void HotlistDialog::showEntries(const QList<HotlistEntry> &entries)
{
    m_entries = entries;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(entries.size()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < entries.size(); ++row) {
        const HotlistEntry &e = entries.at(row);
        const QStringList cells{
            e.pattern,
            e.reason,
            QStringLiteral("P%1").arg(e.priority),
            e.validUntil.isValid()
                ? e.validUntil.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
                      (e.isValidAt(now) ? QString() : tr(" (expired)"))
                : tr("no end"),
            e.addedBy,
            e.addedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

void HotlistDialog::loadSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size()) {
        m_remove->setEnabled(false);
        return;
    }
    const HotlistEntry &e = m_entries.at(row);
    m_editingId = e.id;
    m_pattern->setText(e.pattern);
    m_reason->setText(e.reason);
    m_priority->setCurrentIndex(std::clamp(e.priority, 1, 4) - 1);
    m_noEnd->setChecked(!e.validUntil.isValid());
    if (e.validUntil.isValid())
        m_validUntil->setDateTime(e.validUntil.toLocalTime());
    m_remove->setEnabled(true);
    m_error->hide();
}

void HotlistDialog::clearForm()
{
    m_table->clearSelection();
    m_editingId = 0;
    m_pattern->clear();
    m_reason->clear();
    m_priority->setCurrentIndex(1);
    m_noEnd->setChecked(false);
    m_remove->setEnabled(false);
    m_error->hide();
    m_pattern->setFocus();
}

std::optional<HotlistEntry> HotlistDialog::formEntry()
{
    const auto fail = [this](const QString &message, QWidget *field) {
        m_error->setText(message);
        m_error->show();
        field->setFocus();
        return std::nullopt;
    };
    HotlistEntry entry;
    entry.id = m_editingId;
    entry.pattern = normalizePlate(m_pattern->text().trimmed());
    const PlatePatternCheck check = checkPlatePattern(entry.pattern, true);
    if (!check.ok) {
        if (check.position > 0)
            m_pattern->setCursorPosition(check.position - 1);
        return fail(tr("Plate or pattern: %1").arg(check.error), m_pattern);
    }
    entry.reason = m_reason->text().trimmed();
    if (entry.reason.isEmpty())
        return fail(tr("Reason: say why the vehicle is wanted."), m_reason);
    entry.priority = m_priority->currentData().toInt();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_noEnd->isChecked()) {
        entry.validUntil = m_validUntil->dateTime().toUTC();
        if (entry.validUntil <= now)
            return fail(tr("Valid until: the time is already past."), m_validUntil);
    }
    entry.addedBy = m_service.operatorLogin();
    entry.addedAt = now;
    m_error->hide();
    return entry;
}

bool HotlistDialog::saveForm()
{
    const auto entry = formEntry();
    if (!entry)
        return false;
    m_service.saveHotlistEntry(*entry);
    return true;
}

bool HotlistDialog::removeSelected()
{
    if (m_editingId == 0)
        return false;
    m_service.removeHotlistEntry(m_editingId);
    clearForm();
    return true;
}

} // namespace vigil
