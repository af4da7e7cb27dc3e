#pragma once

#include "domain/Lead.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace sn {

class LeadService;

// One step of a lead's funnel with a note; the "Decided" step also asks for the decision. OK hands it
// to LeadService::advance; a refusal is shown and the dialog stays open.
class LeadStepDialog : public QDialog
{
    Q_OBJECT
public:
    LeadStepDialog(LeadService &service, const Lead &lead, LeadState to, QWidget *parent = nullptr);

    QComboBox *decisionCombo() const { return m_decision; } // null unless the step is Decided
    QPlainTextEdit *noteEdit() const { return m_note; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    LeadService &m_service;
    Lead m_lead;
    LeadState m_to;
    QComboBox *m_decision = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sn
