#pragma once

#include "PolicyChecklist.h"

#include "services/ReferralService.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace sn {

class HouseholdService;


// Refers a household to policies of the catalogue: find the household (or it is given, from its form), tick
// the policies, write a note. OK hands it to ReferralService::refer; a refusal is shown and the dialog
// stays open. The referral's one-time notification and slip are printed from the Policies page.
class ReferralDialog : public QDialog
{
    Q_OBJECT
public:
    ReferralDialog(ReferralService &referrals, HouseholdService &households, const QString &householdId,
        const QString &householdName, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *householdList() const { return m_households; }
    PolicyChecklist *policyList() const { return m_policies; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    bool choosePolicy(const QString &policyId);
    QString referralId() const { return m_referralId; } // after accept()

    void accept() override;

private:
    void findHouseholds();

    ReferralService &m_referrals;
    HouseholdService &m_householdService;
    QString m_fixedHousehold;
    QString m_referralId;
    QLineEdit *m_search = nullptr;
    QListWidget *m_households = nullptr;
    PolicyChecklist *m_policies = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sn
