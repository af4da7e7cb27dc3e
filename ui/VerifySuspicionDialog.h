#pragma once

#include "services/SuspicionService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace sn {

// What the township found when it checked a row: excluded, taken into assistance, referred or adjusted, with
// the date and notes.
class VerifySuspicionDialog : public QDialog
{
    Q_OBJECT
public:
    VerifySuspicionDialog(const SuspicionRow &row, QWidget *parent = nullptr);
    Verification result() const;
    QDate date() const;
    QString notes() const;

    QComboBox *resultBox() const { return m_result; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *notesEdit() const { return m_notes; }
    QPushButton *okButton() const { return m_ok; }

private:
    QComboBox *m_result = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_notes = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace sn
