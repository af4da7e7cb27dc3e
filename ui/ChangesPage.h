#pragma once

#include "domain/BenefitChange.h"
#include "domain/Result.h"
#include "domain/Role.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sn {

class ChangeService;
class DocumentService;
class HouseholdService;

// Changes of payment and appeals at the desk (issue 22, item 5): the changes in the session's scope (proposed ones
// first) with Confirm for the bureau, Withdraw with a reason and the printed notice; the appeals with the form that
// records one against the selected change and the one that records its outcome. A change is proposed from the
// household's form (ProposeChangeDialog). ChangeService decides who may do what; a refusal is shown in the page's
// message line.
class ChangesPage : public QWidget
{
    Q_OBJECT
public:
    ChangesPage(ChangeService &changes, HouseholdService &households, DocumentService &documents,
        const Session &session, QWidget *parent = nullptr);

    void refresh();
    bool selectChange(const QString &id);
    bool selectAppeal(const QString &id);

    QTableWidget *changesTable() const { return m_changes; }
    QPushButton *confirmButton() const { return m_confirm; }
    QLineEdit *withdrawReason() const { return m_withdrawReason; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    QPushButton *noticeButton() const { return m_notice; }
    QComboBox *appealKind() const { return m_appealKind; }
    QLineEdit *appellant() const { return m_appellant; }
    QDateEdit *lodgedOn() const { return m_lodgedOn; }
    QLineEdit *grounds() const { return m_grounds; }
    QPushButton *recordAppealButton() const { return m_recordAppeal; }
    QTableWidget *appealsTable() const { return m_appeals; }
    QComboBox *outcome() const { return m_outcome; }
    QDateEdit *decidedOn() const { return m_decidedOn; }
    QLineEdit *outcomeNote() const { return m_outcomeNote; }
    QPushButton *decideButton() const { return m_decide; }
    QLabel *message() const { return m_message; }

private:
    QWidget *buildChanges();
    QWidget *buildAppeals();
    QString headName(const QString &householdId);
    QString currentChange() const;
    QString currentAppeal() const;
    void updateButtons();
    void confirm();
    void withdraw();
    void printNotice();
    void recordAppeal();
    void decideAppeal();
    void done(const Status &s, const QString &said);

    ChangeService &m_service;
    HouseholdService &m_households;
    DocumentService &m_documents;
    Session m_session;
    QHash<QString, QString> m_heads;
    QHash<QString, BenefitChange> m_changeRows;
    QTableWidget *m_changes = nullptr;
    QPushButton *m_confirm = nullptr;
    QLineEdit *m_withdrawReason = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_notice = nullptr;
    QComboBox *m_appealKind = nullptr;
    QLineEdit *m_appellant = nullptr;
    QDateEdit *m_lodgedOn = nullptr;
    QLineEdit *m_grounds = nullptr;
    QPushButton *m_recordAppeal = nullptr;
    QTableWidget *m_appeals = nullptr;
    QComboBox *m_outcome = nullptr;
    QDateEdit *m_decidedOn = nullptr;
    QLineEdit *m_outcomeNote = nullptr;
    QPushButton *m_decide = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace sn
