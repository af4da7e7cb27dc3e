#pragma once

#include "domain/Result.h"
#include "domain/Role.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace sn {

namespace doc {
class Document;
} // namespace doc

class AppServices;
class CardService;
class DocumentService;
class HouseholdService;
class ReferralDialog;
class ReferralService;

// Policies and referrals (plan 三.(四), 四.(四)). The catalogue: each department's policies with who qualifies,
// the materials, where to go, the contact and when it was last reviewed, and per department whether it was
// reviewed by 30 April; printable. The referrals: every referral with its status and follow-up date, the
// follow-ups due, a referral of a household, and its one-time notification letter and slip. Editing the
// catalogue needs Permission::EditStandards (the district); ReferralService refuses anyway.
class PoliciesPage : public QWidget
{
    Q_OBJECT
public:
    enum PolicyColumn {
        DepartmentColumn,
        NameColumn,
        EligibilityColumn,
        MaterialsColumn,
        WhereColumn,
        ContactColumn,
        ReviewedColumn,
        PolicyColumnCount
    };
    enum ReferralColumn {
        SentColumn,
        HouseholdColumn,
        PoliciesColumn,
        StatusColumn,
        FollowUpColumn,
        NoteColumn,
        ReferralColumnCount
    };

    explicit PoliciesPage(AppServices &services, QWidget *parent = nullptr);
    ~PoliciesPage() override;

    void refresh();
    // Saves the policy in the editor (new when none is selected); false (and the reason shown) when refused.
    bool savePolicy();
    bool markReviewed();
    void newPolicy();
    // The referral dialog, open (modeless in tests); `householdId` empty: the clerk finds the household.
    ReferralDialog *referHousehold(const QString &householdId = {}, const QString &householdName = {});
    bool updateReferral();
    Status saveCatalogue(const QString &path) const;
    Status saveLetter(const QString &path) const;

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *policyTable() const { return m_policies; }
    QTableWidget *departmentTable() const { return m_departments; }
    QTableWidget *referralTable() const { return m_referrals; }
    QLineEdit *departmentEdit() const { return m_department; }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *eligibilityEdit() const { return m_eligibility; }
    QPlainTextEdit *materialsEdit() const { return m_materials; }
    QLineEdit *whereEdit() const { return m_where; }
    QLineEdit *contactEdit() const { return m_contact; }
    QPushButton *saveButton() const { return m_save; }
    QCheckBox *dueOnlyBox() const { return m_dueOnly; }
    QComboBox *statusCombo() const { return m_status; }
    QDateEdit *followUpEdit() const { return m_followUp; }
    QLineEdit *statusNoteEdit() const { return m_statusNote; }
    QPushButton *updateButton() const { return m_update; }
    QString selectedReferral() const;
    QString selectedPolicy() const;

signals:
    void householdRequested(const QString &householdId);

private:
    QWidget *buildCatalogue();
    QWidget *buildReferrals();
    void loadPolicies();
    void loadReferrals();
    void showPolicy();
    void showReferral();
    void printCatalogue();
    void printReferralDocument(bool slip);
    void saveLetterAs();
    void saveCatalogueAs();
    void removePolicy();
    // The print log entry of a referral's letter or slip that was printed or saved (CardService).
    Status recordReferralDocument(const QString &kind, const QString &referralId, const doc::Document &document) const;

    Session m_session;
    ReferralService &m_service;
    HouseholdService &m_households;
    DocumentService &m_documents;
    CardService &m_cards;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_reviewNote = nullptr;
    QTableWidget *m_departments = nullptr;
    QTableWidget *m_policies = nullptr;
    QLineEdit *m_department = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_serviceCombo = nullptr;
    QPlainTextEdit *m_eligibility = nullptr;
    QPlainTextEdit *m_materials = nullptr;
    QLineEdit *m_where = nullptr;
    QLineEdit *m_contact = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_reviewed = nullptr;
    QPushButton *m_remove = nullptr;
    QCheckBox *m_dueOnly = nullptr;
    QTableWidget *m_referrals = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_followUp = nullptr;
    QLineEdit *m_statusNote = nullptr;
    QPushButton *m_update = nullptr;
    QList<QPushButton *> m_referralButtons;
};

} // namespace sn
