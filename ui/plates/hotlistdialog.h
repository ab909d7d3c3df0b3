#pragma once
// HotlistDialog: the hotlist (布控) — list of entries, and a form to add, edit or remove one:
// plate or pattern (checked with the offending character's position), reason, priority P1–P4,
// valid until (or no end). Changes go through PassageService (stored and audited with the
// operator on the writer thread); the list follows PassageService::hotlistChanged.
//
// Thread contract: GUI thread only. The service must outlive the dialog.

#include "plates/passagerecord.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace vigil {

class PassageService;

class HotlistDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HotlistDialog(PassageService &service, QWidget *parent = nullptr);

    // Validates the form; the entry to save, or nullopt with the located error shown.
    std::optional<HotlistEntry> formEntry();
    // Saves the form (new entry when none is selected); false when the form is invalid.
    bool saveForm();
    bool removeSelected();

    QTableWidget *table() const { return m_table; }
    QLineEdit *patternField() const { return m_pattern; }
    QLineEdit *reasonField() const { return m_reason; }
    QComboBox *priorityBox() const { return m_priority; }
    QCheckBox *noEndBox() const { return m_noEnd; }
    QDateTimeEdit *validUntilEdit() const { return m_validUntil; }
    QLabel *errorLabel() const { return m_error; }

private:
    void showEntries(const QList<HotlistEntry> &entries);
    void loadSelected();
    void clearForm();

    PassageService &m_service;
    QList<HotlistEntry> m_entries;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_pattern = nullptr;
    QLineEdit *m_reason = nullptr;
    QComboBox *m_priority = nullptr;
    QCheckBox *m_noEnd = nullptr;
    QDateTimeEdit *m_validUntil = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_remove = nullptr;
    qint64 m_editingId = 0;
};

} // namespace vigil
