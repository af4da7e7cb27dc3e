#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sn {

class ChangeService;

// 增发 / 减发 / 停发 of one household, proposed from its form (issue 22, item 5): the kind, the effective month, the
// new amount (and category, when it moves between 特困 and 低保) and the reasons. OK hands it to
// ChangeService::propose, which checks the role, the township and the rules; a refusal is shown in the dialog,
// which stays open. The bureau confirms it on the Changes page.
class ProposeChangeDialog : public QDialog
{
    Q_OBJECT
public:
    ProposeChangeDialog(
        ChangeService &changes, const QString &householdId, const QString &headName, QWidget *parent = nullptr);

    QComboBox *kindBox() const { return m_kind; }
    QDateEdit *monthEdit() const { return m_month; }
    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *categoryBox() const { return m_category; }
    QPlainTextEdit *reasonsEdit() const { return m_reasons; }
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QString changeId() const { return m_changeId; } // after accept()

    void accept() override;

private:
    void updateFields();

    ChangeService &m_changes;
    QString m_householdId;
    QString m_changeId;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_month = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_category = nullptr;
    QPlainTextEdit *m_reasons = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sn
