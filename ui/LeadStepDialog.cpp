#include "LeadStepDialog.h"

#include "MessageBox.h"
#include "PolicyChecklist.h"

#include "services/LeadService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sn {

LeadStepDialog::LeadStepDialog(LeadService &service, const Lead &lead, LeadState to, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_lead(lead)
    , m_to(to)
{
    setObjectName(QStringLiteral("leadStepDialog"));
    setWindowTitle(tr("%1: %2").arg(lead.personName, LeadRules::display(to)));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("From \"%1\" to \"%2\"").arg(LeadRules::display(lead.state), LeadRules::display(to)), this));
    auto *form = new QFormLayout;
    if (to == LeadState::Decided) {
        m_decision = new QComboBox(this);
        m_decision->setObjectName(QStringLiteral("leadDecision"));
        m_decision->setAccessibleName(tr("Decision"));
        for (LeadDecision d : {LeadDecision::Granted, LeadDecision::Referred, LeadDecision::NotEligible, LeadDecision::Duplicate})
            m_decision->addItem(LeadRules::display(d), int(d));
        m_decision->setToolTip(tr("Referring needs the lead linked to a household first; a duplicate may be recognised at any step"));
        form->addRow(tr("&Decision:"), m_decision);

        m_policies = new PolicyChecklist(this);
        m_policies->setObjectName(QStringLiteral("leadReferralPolicies"));
        m_policies->setToolTip(tr("Tick every policy the person is referred to (Space ticks): the one-time notification lists "
                                  "each one's conditions, materials, place and contact"));
        if (auto policies = service.referralPolicies())
            m_policies->setPolicies(policies.value());
        m_policiesLabel = new QLabel(tr("&Policies:"), this);
        m_policiesLabel->setBuddy(m_policies);
        form->addRow(m_policiesLabel, m_policies);
        connect(m_decision, &QComboBox::currentIndexChanged, this, &LeadStepDialog::updatePolicies);
    }
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("leadStepNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(70);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LeadStepDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LeadStepDialog::reject);
    updatePolicies();
    resize(480, sizeHint().height());
}

void LeadStepDialog::updatePolicies()
{
    if (!m_policies)
        return;
    const bool referring = LeadDecision(m_decision->currentData().toInt()) == LeadDecision::Referred;
    m_policies->setVisible(referring);
    m_policiesLabel->setVisible(referring);
}

bool LeadStepDialog::choosePolicy(const QString &policyId)
{
    return m_policies && m_policies->check(policyId);
}

void LeadStepDialog::accept()
{
    const LeadDecision decision = m_decision ? LeadDecision(m_decision->currentData().toInt()) : LeadDecision::None;
    const QStringList policies = decision == LeadDecision::Referred ? m_policies->checkedIds() : QStringList();
    if (auto s = m_service.advance(m_lead.id, m_to, m_note->toPlainText(), decision, policies); !s) {
        MessageBox::warning(this, windowTitle(), s.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace sn
