#pragma once

#include "PolicyChecklist.h"

#include "domain/Lead.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace sn {

class LeadService;


// One step of a lead's funnel with a note; the "Decided" step also asks for the decision, and for "referred"
// the policies the person is referred to (the referral and its one-time notification are made with the
// decision). OK hands it to LeadService::advance; a refusal is shown and the dialog stays open.
class LeadStepDialog : public QDialog
{
    Q_OBJECT
public:
    LeadStepDialog(LeadService &service, const Lead &lead, LeadState to, QWidget *parent = nullptr);

    QComboBox *decisionCombo() const { return m_decision; } // null unless the step is Decided
    // The catalogue's policies, checkable; shown when the decision is "referred" (null unless Decided).
    PolicyChecklist *policyList() const { return m_policies; }
    // Checks the policy of that id; false when it is not listed.
    bool choosePolicy(const QString &policyId);
    QPlainTextEdit *noteEdit() const { return m_note; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    void updatePolicies();
    LeadService &m_service;
    Lead m_lead;
    LeadState m_to;
    QComboBox *m_decision = nullptr;
    QLabel *m_policiesLabel = nullptr;
    PolicyChecklist *m_policies = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sn
