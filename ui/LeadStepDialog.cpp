#include "LeadStepDialog.h"

#include "MessageBox.h"

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
    resize(420, sizeHint().height());
}

void LeadStepDialog::accept()
{
    const LeadDecision decision = m_decision ? LeadDecision(m_decision->currentData().toInt()) : LeadDecision::None;
    if (auto s = m_service.advance(m_lead.id, m_to, m_note->toPlainText(), decision); !s) {
        MessageBox::warning(this, windowTitle(), s.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace sn
